// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"
	"unicode/utf8"
)

// render writes tokens as "text/kind" separated by spaces.
func render(text string) string {
	var b strings.Builder
	for t := range Tokens(text) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[t.Start:t.End])
		b.WriteByte('/')
		b.WriteString(t.Kind.String())
	}
	return b.String()
}

func TestTokenKinds(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"   \n\t ", ""},
		{"قال الرئيس", "قال/arabic الرئيس/arabic"},
		{"مُحَمَّد", "مُحَمَّد/arabic"},
		{"جمـــيل", "جمـــيل/arabic"},
		{"می\u200cخواهم", "می\u200cخواهم/arabic"},
		{"كتاب\u200c ", "كتاب/arabic"},
		{"\u200fالعراق\u061c", "العراق/arabic"},
		{"iPhoneالجديد", "iPhone/latin الجديد/arabic"},
		{"كوفيد19", "كوفيد/arabic 19/number"},
		{"G20 MP3", "G20/latin MP3/latin"},
		{"5G 3D", "5G/latin 3D/latin"},
		{"don't l’État", "don't/latin l’État/latin"},
		{"'quoted'", "'/punct quoted/latin '/punct"},
		{"café", "café/latin"},
		{"Москва Αθήνα", "Москва/latin Αθήνα/latin"},
		{"3.5 1,200 ٢٠٢٥ 15% ٪٥٠", "3.5/number 1,200/number ٢٠٢٥/number 15%/number ٪٥٠/number"},
		{"%15 ٪٥٠ ‰3 (%2.5) 15 % a%20 15%20 %x %", "%15/number ٪٥٠/number ‰3/number (/punct %2.5/number )/punct 15/number %/punct a/latin %/punct 20/number 15%/number 20/number %/punct x/latin %/punct"},
		{"%15% %5G", "%15/number %/punct %5/number G/latin"},
		{"10:30 10:30:15 2:1 ١٠:٣٠ 12: 3 :4", "10:30/number 10:30:15/number 2:1/number ١٠:٣٠/number 12/number :/punct 3/number :/punct 4/number"},
		{"2025/03/04 04-03-2025 4/3/2025 4/3/25 ٢٠٢٥/٣/٤ 12/31/2024 04.03.2025", "2025/03/04/number 04-03-2025/number 4/3/2025/number 4/3/25/number ٢٠٢٥/٣/٤/number 12/31/2024/number 04.03.2025/number"},
		{"2015/2016 1990-2000 71-12-34-56 2025/13/01 32/12/2025 13/13/2025 4/3/2025/1 4/3/250 4/3/2025م", "2015/number //punct 2016/number 1990/number -/punct 2000/number 71/number -/punct 12/number -/punct 34/number -/punct 56/number 2025/number //punct 13/number //punct 01/number 32/number //punct 12/number //punct 2025/number 13/number //punct 13/number //punct 2025/number 4/number //punct 3/number //punct 2025/number //punct 1/number 4/number //punct 3/number //punct 250/number 4/3/2025/number م/arabic"},
		{"٣٫٥ ١٬٢٠٠ ۱۴۰۳ ٥٠٪", "٣٫٥/number ١٬٢٠٠/number ۱۴۰۳/number ٥٠٪/number"},
		{"عام 2025.", "عام/arabic 2025/number ./punct"},
		{"1,2,", "1,2/number ,/punct"},
		{"3.5GHz", "3.5/number GHz/latin"},
		{"½ ²", "½/number ²/number"},
		{"«السلام» “hi” \"x\" (ب)", "«/punct السلام/arabic »/punct “/punct hi/latin ”/punct \"/punct x/latin \"/punct (/punct ب/arabic )/punct"},
		{"قال: نعم، لا؛ لماذا؟", "قال/arabic :/punct نعم/arabic ،/punct لا/arabic ؛/punct لماذا/arabic ؟/punct"},
		{"وبعد... انتهى…", "وبعد/arabic .../punct انتهى/arabic …/punct"},
		{"a-b", "a/latin -/punct b/latin"},
		{"$5 + 3 = ﷼", "$/symbol 5/number +/symbol 3/number =/symbol ﷼/symbol"},
		{"ﷺ", "ﷺ/arabic"},
		{"\u0600١٢", "\u0600/symbol ١٢/number"},
		{"https://example.com/a?b=1.", "https://example.com/a?b=1/url ./punct"},
		{"(see www.aljazeera.net/news)", "(/punct see/latin www.aljazeera.net/news/url )/punct"},
		{"https://ar.wikipedia.org/wiki/مصر_(توضيح)، ثم", "https://ar.wikipedia.org/wiki/مصر_(توضيح)/url ،/punct ثم/arabic"},
		{"HTTP://X.ORG", "HTTP://X.ORG/url"},
		{"موقع aljazeera.net، وموقع Mosaiquefm.net/ar/news/1.html.", "موقع/arabic aljazeera.net/url ،/punct وموقع/arabic Mosaiquefm.net/ar/news/1.html/url ./punct"},
		{"e.g. U.S.A Node.js a.b.c.d x.com@ y.comz", "e/latin ./punct g/latin ./punct U/latin ./punct S/latin ./punct A/latin Node/latin ./punct js/latin a/latin ./punct b/latin ./punct c/latin ./punct d/latin x/latin ./punct com/latin @/punct y/latin ./punct comz/latin"},
		{"bbc.co.uk.", "bbc.co.uk/url ./punct"},
		{"http:// x", "http/latin :/punct //punct //punct x/latin"},
		{"www.", "www/latin ./punct"},
		{"راسلنا: info@example.com.", "راسلنا/arabic :/punct info@example.com/email ./punct"},
		{"a.b-c+d@mail.gov.tn", "a.b-c+d@mail.gov.tn/email"},
		{"user@localhost", "user/latin @/punct localhost/latin"},
		{"x@1.2 (@y)", "x/latin @/punct 1.2/number (/punct @y/mention )/punct"},
		{"#مصر #COP28 #1 #_ C# #كأس_العالم_2022", "#مصر/hashtag #COP28/hashtag #/punct 1/number #/punct _/punct C/latin #/punct #كأس_العالم_2022/hashtag"},
		{"@UN_News @ahmed.ali. a@ @", "@UN_News/mention @ahmed.ali/mention ./punct a/latin @/punct @/punct"},
		{"😀 👍🏽 👨\u200d👩\u200d👧 🇪🇬🇹🇳 1\ufe0f\u20e3 ❤\ufe0f", "😀/emoji 👍🏽/emoji 👨\u200d👩\u200d👧/emoji 🇪🇬/emoji 🇹🇳/emoji 1\ufe0f\u20e3/emoji ❤\ufe0f/emoji"},
		{"© ©\ufe0f ™", "©/symbol ©\ufe0f/emoji ™/symbol"},
		{"🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F!", "🏴\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F/emoji !/punct"},
		{"😀\u200d", "😀/emoji"},
		{"\u064e ب", "\u064e/symbol ب/arabic"},
		{"e\u0301", "e\u0301/latin"},
		{"x\xffy", "x/latin \xff/symbol y/latin"},
		{"ب\xd8", "ب/arabic \xd8/symbol"},
		{"\xe2\x82", "\xe2/symbol \x82/symbol"},
		{"\ufffd", "\ufffd/symbol"},
		{"a\u200bb", "a/latin b/latin"},
		{"١٢٣ abc ١٢٣abc", "١٢٣/number abc/latin ١٢٣abc/latin"},
	}
	for _, tt := range tests {
		if got := render(tt.in); got != tt.want {
			t.Errorf("Tokens(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	text := "في 2025، زار Trump\u200f مصر."
	want := []Token{
		{0, 4, ArabicWord},
		{5, 9, Number},
		{9, 11, Punct},
		{12, 18, ArabicWord},
		{19, 24, LatinWord},
		{28, 34, ArabicWord},
		{34, 35, Punct},
	}
	got := AppendTokens(nil, text)
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d: got %v %q, want %v", i, got[i], text[got[i].Start:got[i].End], want[i])
		}
	}
}

func TestKindString(t *testing.T) {
	want := []string{"arabic", "latin", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "emoji"}
	for k, w := range want {
		if got := Kind(k).String(); got != w {
			t.Errorf("Kind(%d) = %q, want %q", k, got, w)
		}
	}
	if got := Kind(200).String(); got != "Kind(200)" {
		t.Errorf("Kind(200) = %q", got)
	}
	b, err := json.Marshal([]Kind{ArabicWord, Emoji})
	if err != nil || string(b) != `["arabic","emoji"]` {
		t.Errorf("json.Marshal = %s, %v", b, err)
	}
	var ks []Kind
	if err := json.Unmarshal([]byte(`["url","mention"]`), &ks); err != nil || len(ks) != 2 || ks[0] != URL || ks[1] != Mention {
		t.Errorf("json.Unmarshal = %v, %v", ks, err)
	}
	if err := json.Unmarshal([]byte(`["word"]`), &ks); err == nil {
		t.Error("json.Unmarshal accepted an unknown kind")
	}
	if _, err := json.Marshal(Kind(99)); err == nil {
		t.Error("json.Marshal accepted Kind(99)")
	}
}

func TestTokensBytesMatchesTokens(t *testing.T) {
	text := "قال «الرئيس» 3.5% https://x.org #وسم 😀 \xff"
	var a, b []Token
	for tk := range Tokens(text) {
		a = append(a, tk)
	}
	for tk := range TokensBytes([]byte(text)) {
		b = append(b, tk)
	}
	if len(a) != len(b) {
		t.Fatalf("%v != %v", a, b)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("token %d: %v != %v", i, a[i], b[i])
		}
	}
}

// scanAll reads r with a Scanner and checks each token's Bytes against its
// offsets in text.
func scanAll(t *testing.T, text string, r io.Reader) []Token {
	t.Helper()
	var got []Token
	s := NewScanner(r)
	for s.Scan() {
		tk := s.Token()
		if tk.End > len(text) || string(s.Bytes()) != text[tk.Start:tk.End] {
			t.Fatalf("token %v: Bytes %q, text %q", tk, s.Bytes(), text[tk.Start:min(tk.End, len(text))])
		}
		got = append(got, tk)
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return got
}

func TestScannerMatchesTokens(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 3000; i++ {
		sb.WriteString("قال مُحَمَّد «نعم» 3.5% https://example.com/a_(b) info@example.com #مصر_اليوم 👨\u200d👩\u200d👧 🇪🇬 \xff\r\n")
	}
	text := sb.String()
	want := AppendTokens(nil, text)
	readers := map[string]io.Reader{
		"whole":    strings.NewReader(text),
		"onebyte":  iotest.OneByteReader(strings.NewReader(text)),
		"halfread": iotest.HalfReader(strings.NewReader(text)),
	}
	for name, r := range readers {
		got := scanAll(t, text, r)
		if len(got) != len(want) {
			t.Fatalf("%s: %d tokens, want %d", name, len(got), len(want))
		}
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("%s: token %d = %v, want %v", name, i, got[i], want[i])
			}
		}
	}
}

func TestScannerLongToken(t *testing.T) {
	text := strings.Repeat("ب", MaxTokenSize) + " x"
	got := scanAll(t, text, strings.NewReader(text))
	if len(got) < 3 {
		t.Fatalf("got %d tokens", len(got))
	}
	for _, tk := range got {
		if tk.End-tk.Start > MaxTokenSize {
			t.Errorf("token %v longer than MaxTokenSize", tk)
		}
		if !utf8.ValidString(text[tk.Start:tk.End]) {
			t.Errorf("token %v cuts a rune", tk)
		}
	}
	if last := got[len(got)-1]; text[last.Start:last.End] != "x" {
		t.Errorf("last token %q", text[last.Start:last.End])
	}
}

func TestScannerReadError(t *testing.T) {
	s := NewScanner(iotest.TimeoutReader(iotest.OneByteReader(strings.NewReader("ab cd"))))
	n := 0
	for s.Scan() {
		n++
	}
	if s.Err() == nil || n != 1 {
		t.Errorf("got %d tokens, err %v; want 1 token and an error", n, s.Err())
	}
}

// isVisible reports the runes that must be inside some token.
func isVisible(r rune) bool {
	c := classify(r)
	return c != cSpace && c != cIgnorable
}

// checkTokens checks the invariants of the tokens of text.
func checkTokens(t *testing.T, text string) {
	prev := 0
	covered := make([]bool, len(text))
	for tk := range Tokens(text) {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(text) {
			t.Fatalf("%q: token %v out of order or range (previous end %d)", text, tk, prev)
		}
		s := text[tk.Start:tk.End]
		if tk.End-tk.Start == 1 && s[0] >= utf8.RuneSelf {
			if tk.Kind != Symbol {
				t.Fatalf("%q: invalid byte token %v not a symbol", text, tk)
			}
		} else if !utf8.ValidString(s) {
			t.Fatalf("%q: token %v %q is not valid UTF-8", text, tk, s)
		}
		for i := tk.Start; i < tk.End; i++ {
			covered[i] = true
		}
		prev = tk.End
	}
	for i, r := range text {
		if r == utf8.RuneError && !strings.HasPrefix(text[i:], "\ufffd") {
			if !covered[i] {
				t.Fatalf("%q: invalid byte at %d not in a token", text, i)
			}
			continue
		}
		if isVisible(r) && !covered[i] {
			t.Fatalf("%q: visible %U at %d not in a token", text, r, i)
		}
	}
	for i := range text {
		if i > 0 && covered[i] != covered[i-1] && !utf8.RuneStart(text[i]) && utf8.Valid([]byte(text[i-1:i+1])) {
			t.Fatalf("%q: token boundary inside a rune at %d", text, i)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{
		"قال الرئيس «نعم» في 3.5% من الحالات.",
		"https://x.org/a_(b)) a@b.cd #وسم_جديد @user 😀👍🏽 🇪🇬🇹",
		"\xff\xfe ب\u200c\u200d ١٬٢٠٠٫٥ x\u0301 1\ufe0f\u20e3",
		"www.a.b... C#. @@ ##",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkTokens(t, text)
		checkReference(t, text)
		want := AppendTokens(nil, text)
		i := 0
		for tk := range TokensBytes([]byte(text)) {
			if i >= len(want) || tk != want[i] {
				t.Fatalf("%q: TokensBytes token %d = %v, want %v", text, i, tk, want)
			}
			i++
		}
		// The stream gives the same tokens, whatever the read sizes.
		s := NewScanner(iotest.OneByteReader(bytes.NewReader([]byte(text))))
		i = 0
		for s.Scan() {
			if i >= len(want) || s.Token() != want[i] {
				t.Fatalf("%q: scanner token %d = %v, want %v", text, i, s.Token(), want)
			}
			i++
		}
		if i != len(want) {
			t.Fatalf("%q: scanner gave %d tokens, want %d", text, i, len(want))
		}
	})
}

// TestTokensLinear checks that inputs built to make look-ahead rescan the
// same text (dotted labels, many '@', long local parts) stay linear.
func TestTokensLinear(t *testing.T) {
	for _, unit := range []string{"a.", "a@", "a.b@", "ab-", "www.", "#a", "@a.", "1.", "x\u200c", "http://a", "😀\u200d"} {
		text := strings.Repeat(unit, 200000)
		start := time.Now()
		n := 0
		for range Tokens(text) {
			n++
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%q × 200000: %v for %d tokens", unit, d, n)
		}
	}
}

func TestScannerLongGap(t *testing.T) {
	text := "أ" + strings.Repeat(" \n", MaxTokenSize) + "ب" + strings.Repeat(" ", MaxTokenSize+3)
	got := scanAll(t, text, iotest.HalfReader(strings.NewReader(text)))
	if len(got) != 2 || text[got[1].Start:got[1].End] != "ب" {
		t.Fatalf("got %v", got)
	}
}
