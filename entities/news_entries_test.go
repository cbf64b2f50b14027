// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"testing"

	"github.com/qalam-nlp/qalam/entities/gazetteer"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNewsEntries checks entries of the default gazetteer that late-2025
// news needs, each in a sentence of its own, with the gazetteer alone (no
// learned tagger): the mention must be found with its span and entry id.
func TestNewsEntries(t *testing.T) {
	g, err := gazetteer.Default()
	require.NoError(t, err)
	x := New(g)
	for _, tc := range []struct {
		name, text, want string
	}{
		// Gaza ceasefire plan, 2025.
		{"Board of Peace", "أعلن مجلس السلام برئاسة ترامب", "مجلس السلام/ORGANIZATION/board-of-peace"},
		{"Board of Peace for Gaza", "أعضاء مجلس السلام الخاص بغزة", "مجلس السلام الخاص بغزة/ORGANIZATION/board-of-peace"},
		{"AU council is not the Board of Peace", "اجتماع مجلس السلام والأمن التابع للاتحاد الأفريقي", "مجلس السلام والأمن التابع للاتحاد الأفريقي/ORGANIZATION/au-psc"},
		{"stabilization force", "نشر قوة الاستقرار الدولية في القطاع", "قوة الاستقرار الدولية/ORGANIZATION/isf-gaza"},
		{"stabilization force, plural", "دخول قوات الاستقرار الدولية", "قوات الاستقرار الدولية/ORGANIZATION/isf-gaza"},
		{"stabilization force, the resolution's words", "أجاز القرار نشر قوة دولية مؤقتة لتحقيق الاستقرار", "قوة دولية مؤقتة لتحقيق الاستقرار/ORGANIZATION/isf-gaza"},
		{"coordination centre", "افتتح مركز التنسيق المدني العسكري في كريات غات", "مركز التنسيق المدني العسكري/ORGANIZATION/cmcc-gaza"},
		{"yellow line", "انسحب الجيش إلى الخط الأصفر", "الخط الأصفر/LOCATION/yellow-line-ps"},
		{"Mohammad Darwish", "وقال محمد درويش رئيس مجلس الشورى في حماس", "محمد درويش/PERSON/mohammad-darwish"},
		{"Yasser Abu Shabab", "مسلحو ياسر أبو شباب شرق رفح", "ياسر أبو شباب/PERSON/yasser-abu-shabab"},
		{"Bishara Bahbah", "نقل الرسالة بشارة بحبح", "بشارة بحبح/PERSON/bishara-bahbah"},
		{"Jared Kushner", "وصل جاريد كوشنر إلى تل أبيب", "جاريد كوشنر/PERSON/jared-kushner"},
		{"Jared Kushner, other spelling", "وصل جارد كوشنر إلى القاهرة", "جارد كوشنر/PERSON/jared-kushner"},
		{"Ron Dermer", "استقال رون درمر من الحكومة", "رون درمر/PERSON/ron-dermer"},
		{"Tony Blair", "دور توني بلير في غزة", "توني بلير/PERSON/tony-blair"},
		// Truth Social.
		{"Truth Social", "نشر ترامب على منصة تروث سوشيال", "تروث سوشيال/ORGANIZATION/truth-social"},
		{"Truth Social, short spelling", "كتب في منشور على تروث سوشال", "تروث سوشال/ORGANIZATION/truth-social"},
		// Sudan.
		{"Tasis government", "أعلنت حكومة تأسيس من نيالا", "حكومة تأسيس/ORGANIZATION/tasis-government-sd"},
		{"Tasis alliance", "اجتمع قادة تحالف تأسيس في نيروبي", "تحالف تأسيس/ORGANIZATION/tasis-sd"},
		{"Tasis alliance, full name", "وقع تحالف السودان التأسيسي ميثاقه", "تحالف السودان التأسيسي/ORGANIZATION/tasis-sd"},
		{"Tasis prime minister", "وقال محمد حسن التعايشي", "محمد حسن التعايشي/PERSON/mohamed-hassan-al-taayshi"},
		// Syria.
		{"General Security", "انتشر عناصر الأمن العام السوري في اللاذقية", "الأمن العام السوري/ORGANIZATION/general-security-sy"},
		{"General Security service", "أعلن جهاز الأمن العام القبض على خلية", "جهاز الأمن العام/ORGANIZATION/general-security-sy"},
		{"Shin Bet keeps its long name", "قال جهاز الأمن العام الإسرائيلي", "جهاز الأمن العام الإسرائيلي/ORGANIZATION/shin-bet"},
		{"finance minister", "قال وزير المالية محمد يسر برنية", "محمد يسر برنية/PERSON/mohammad-yisr-barnieh"},
		{"economy minister", "وزير الاقتصاد محمد نضال الشعار", "محمد نضال الشعار/PERSON/mohammad-nidal-al-shaar"},
		{"justice minister", "وزير العدل مظهر الويس", "مظهر الويس/PERSON/mazhar-al-wais"},
		{"health minister", "وزير الصحة مصعب العلي", "مصعب العلي/PERSON/musab-al-ali"},
		// Elsewhere.
		{"Lebanon's ceasefire mechanism", "اجتمعت لجنة الميكانيزم في الناقورة", "لجنة الميكانيزم/ORGANIZATION/lebanon-ceasefire-mechanism"},
		{"Sudani's list", "تصدر ائتلاف الإعمار والتنمية نتائج الانتخابات", "ائتلاف الإعمار والتنمية/ORGANIZATION/reconstruction-development-coalition-iq"},
		{"Houthi acting prime minister", "رئيس حكومة صنعاء محمد مفتاح", "محمد مفتاح/PERSON/mohammed-miftah"},
		{"Chile's president-elect", "فاز خوسيه أنطونيو كاست بالرئاسة", "خوسيه أنطونيو كاست/PERSON/jose-antonio-kast"},
		{"David Lammy", "قال نائب رئيس الوزراء ديفيد لامي", "ديفيد لامي/PERSON/david-lammy"},
		{"Karim Khan", "المدعي العام كريم خان في إجازة", "كريم خان/PERSON/karim-khan"},
		// Defects fixed: one entry for each person, places split.
		{"Sharmarke, one spelling", "التقى عمر عبد الرشيد شارماركي", "عمر عبد الرشيد شارماركي/PERSON/omar-abdirashid-ali-sharmarke"},
		{"Sharmarke, the other", "التقى عمر عبد الرشيد علي شرماركي", "عمر عبد الرشيد علي شرماركي/PERSON/omar-abdirashid-ali-sharmarke"},
		{"Mohamed Abdelaziz", "قال محمد عبد العزيز المراكشي", "محمد عبد العزيز المراكشي/PERSON/mohamed-abdelaziz"},
		{"Diwaniyah city", "وصل الوفد إلى الديوانية أمس", "الديوانية/LOCATION/diwaniyah-iq"},
		{"Qadisiyah governorate", "في محافظة القادسية جنوب بغداد", "محافظة القادسية/LOCATION/qadisiyah-iq"},
		{"Golan alone", "الانسحاب من الجولان", "الجولان/LOCATION/golan-heights-sy"},
		{"Golan Heights", "في هضبة الجولان", "هضبة الجولان/LOCATION/golan-heights-sy"},
		{"al-Jawlani is still al-Sharaa", "قال أبو محمد الجولاني", "أبو محمد الجولاني/PERSON/ahmed-al-sharaa"},
		{"Kabul", "انفجار في كابول", "كابول/LOCATION/kabul-af"},
		{"Kabul, other spelling", "انفجار في كابل", "كابل/LOCATION/kabul-af"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ms := x.Extract(tc.text)
			checkMentions(t, tc.text, ms)
			assert.Contains(t, brief(ms), tc.want)
		})
	}
}
