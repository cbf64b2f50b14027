// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

// Command gencountries writes the countries gazetteer (data/countries.txt):
// every ISO 3166-1 region that CLDR names, with its Arabic name from
// golang.org/x/text/language/display, its English name, and the other
// names Arabic news uses for it, which are listed below in this file.
//
// Run it through go generate in the gazetteer package.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// reserved holds codes that CLDR names but that are not ISO 3166-1
// countries (exceptionally reserved or transitional).
var reserved = map[string]bool{
	"AC": true, "CP": true, "DG": true, "EA": true, "IC": true, "TA": true,
	"EU": true, "EZ": true, "UN": true, "QO": true, "UK": true,
}

// territory holds dependent territories and other regions that are not
// sovereign states.
var territory = map[string]bool{
	"AS": true, "AI": true, "AW": true, "AX": true, "BL": true, "BM": true,
	"BQ": true, "BV": true, "CC": true, "CK": true, "CW": true, "CX": true,
	"FK": true, "FO": true, "GF": true, "GG": true, "GI": true, "GL": true,
	"GP": true, "GS": true, "GU": true, "HK": true, "HM": true, "IM": true,
	"IO": true, "JE": true, "KY": true, "MF": true, "MO": true, "MP": true,
	"MQ": true, "MS": true, "NC": true, "NF": true, "NU": true, "PF": true,
	"PM": true, "PN": true, "PR": true, "RE": true, "SH": true, "SJ": true,
	"SX": true, "TC": true, "TF": true, "TK": true, "UM": true, "VG": true,
	"VI": true, "WF": true, "YT": true, "EH": true,
}

// english replaces CLDR's English short names where English-language news
// writes a country otherwise.
var english = map[string]string{
	"CD": "Democratic Republic of the Congo",
	"CG": "Republic of the Congo",
	"CI": "Ivory Coast",
	"HK": "Hong Kong",
	"CC": "Cocos Islands",
	"MK": "North Macedonia",
	"MM": "Myanmar",
	"MO": "Macau",
	"PS": "Palestine",
	"SZ": "Eswatini",
	"TL": "East Timor",
	"VA": "Vatican City",
	"AQ": "Antarctica",
}

// arabic replaces CLDR's Arabic name where it is not a name
// ("الكونغو - كينشاسا") or is out of date; the first name is preferred.
var arabic = map[string][]string{
	"CC": {"جزر كوكوس", "جزر كيلينغ"},
	"CD": {"جمهورية الكونغو الديمقراطية", "الكونغو الديمقراطية", "الكونغو كينشاسا"},
	"CG": {"جمهورية الكونغو", "الكونغو برازافيل", "الكونغو"},
	"HK": {"هونغ كونغ", "هونج كونج", "هونغ كونغ الصينية"},
	"MO": {"ماكاو", "مكاو"},
	"MM": {"ميانمار", "بورما", "ميانمار (بورما)"},
	"MK": {"مقدونيا الشمالية", "مقدونيا"},
	"SZ": {"إسواتيني", "سوازيلاند", "سوازيلند"},
	"TL": {"تيمور الشرقية", "تيمور ليشتي", "تيمور- ليشتي"},
	"PS": {"فلسطين", "الأراضي الفلسطينية"},
}

// extra holds further names used in Arabic news, after CLDR's.
var extra = map[string][]string{
	"US": {"أمريكا", "أميركا", "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "الولايات المتحدة الامريكيه"},
	"RU": {"روسيا الاتحادية", "الاتحاد الروسي"},
	"GB": {"بريطانيا", "بريطانيا العظمى", "المملكة المتحدة لبريطانيا العظمى وإيرلندا الشمالية"},
	"AE": {"الإمارات", "الإمارات العربية"},
	"SA": {"السعودية", "العربية السعودية"},
	"SY": {"سورية", "الجمهورية العربية السورية"},
	"EG": {"جمهورية مصر العربية"},
	"IR": {"الجمهورية الإسلامية الإيرانية", "جمهورية إيران الإسلامية"},
	"IQ": {"جمهورية العراق"},
	"JO": {"المملكة الأردنية الهاشمية", "المملكة الأردنية"},
	"LB": {"الجمهورية اللبنانية"},
	"MA": {"المملكة المغربية"},
	"DZ": {"الجمهورية الجزائرية"},
	"TN": {"الجمهورية التونسية"},
	"OM": {"سلطنة عمان"},
	"BH": {"مملكة البحرين"},
	"YE": {"الجمهورية اليمنية"},
	"SD": {"جمهورية السودان"},
	"ML": {"جمهورية مالي"},
	"KM": {"جزر القمر المتحدة"},
	"MR": {"الجمهورية الإسلامية الموريتانية"},
	"SO": {"جمهورية الصومال"},
	"KP": {"كوريا الديمقراطية", "جمهورية كوريا الديمقراطية الشعبية"},
	"KR": {"جمهورية كوريا"},
	"CN": {"جمهورية الصين الشعبية", "الصين الشعبية"},
	"TW": {"تايوان"},
	"CZ": {"جمهورية التشيك", "تشيكيا"},
	"DK": {"الدنمارك", "الدنمرك"},
	"HU": {"المجر", "هنغاريا"},
	"BY": {"بيلاروسيا", "روسيا البيضاء"},
	"MD": {"مولدافيا"},
	"KG": {"قرغيزستان", "قرغيزيا"},
	"BA": {"البوسنة"},
	"CI": {"كوت ديفوار", "الكوت ديفوار", "كوت دي فوار", "الكوت دي فوار"},
	"CV": {"كابو فيردي"},
	"ZA": {"جنوب إفريقيا"},
	"CF": {"أفريقيا الوسطى", "إفريقيا الوسطى", "جمهورية إفريقيا الوسطى"},
	"PL": {"بولونيا"},
	"CL": {"شيلي"},
	"BD": {"بنجلاديش", "بنغلادش"},
	"LK": {"سيريلانكا"},
	"VN": {"فيتنام"},
	"NL": {"هولاندا", "مملكة هولندا"},
	"DE": {"جمهورية ألمانيا الاتحادية"},
	"FR": {"الجمهورية الفرنسية"},
	"IE": {"إيرلندا", "جمهورية أيرلندا"},
	"IS": {"أيسلندا", "إيسلندا"},
	"AU": {"استراليا"},
	"PH": {"الفيليبين"},
	"CO": {"كولمبيا"},
	"GN": {"غينيا كوناكري"},
	"PG": {"بابوا نيو غينيا"},
	"VA": {"الكرسي الرسولي"},
	"AF": {"جمهورية أفغانستان"},
	"ET": {"أثيوبيا"},
	"ER": {"أريتريا"},
	"NE": {"جمهورية النيجر"},
	"KZ": {"قازاقستان"},
	"TM": {"تركمنستان"},
	"UZ": {"أوزباكستان", "أوزبكيستان"},
	"TJ": {"طاجكستان", "طاجاكستان"},
	"TR": {"تركيا", "الجمهورية التركية"},
	"AZ": {"آذربيجان"},
	"AQ": {"القارة القطبية الجنوبية"},
}

func main() {
	out := flag.String("o", "data/countries.txt", "output file")
	flag.Parse()
	arNames := display.Regions(language.Arabic)
	enNames := display.Regions(language.English)
	var b bytes.Buffer
	b.WriteString(`# Countries and territories: generated by internal/gencountries from CLDR
# (golang.org/x/text/language/display) and the names Arabic news uses.
# Do not edit; change internal/gencountries/main.go and run go generate.
#
# id | type | canonical | names | country | notes
`)
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for c := 'A'; c <= 'Z'; c++ {
			code := string([]rune{a, c})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || reserved[code] || r.Canonicalize().String() != code {
				continue
			}
			ar := arNames.Name(r)
			if ar == "" {
				continue
			}
			names := arabic[code]
			if names == nil {
				names = []string{ar}
			}
			for _, x := range extra[code] {
				if !slices.Contains(names, x) {
					names = append(names, x)
				}
			}
			var clean []string
			for _, x := range names {
				// CLDR writes "(بورما)"-style qualifiers and "- "; keep
				// only names a writer would use in running text.
				if strings.ContainsAny(x, "()-") {
					continue
				}
				if !slices.Contains(clean, x) {
					clean = append(clean, x)
				}
			}
			en := english[code]
			if en == "" {
				en = enNames.Name(r)
				en = strings.ReplaceAll(en, " & ", " and ")
				en = strings.ReplaceAll(en, "St. ", "Saint ")
			}
			sub := "country"
			switch {
			case code == "AQ":
				sub = "continent"
			case territory[code]:
				sub = "territory"
			}
			if len(clean) == 0 {
				log.Fatalf("%s: no usable Arabic name in %q; add one to the arabic table", code, names)
			}
			fmt.Fprintf(&b, "%s | LOCATION.%s | %s | %s | %s |\n",
				strings.ToLower(code), sub, en, strings.Join(clean, "; "), code)
			n++
		}
	}
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d regions to %s", n, *out)
}
