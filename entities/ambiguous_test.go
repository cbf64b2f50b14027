// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAmbiguousForms holds words that are names in one sentence and
// common words in another: each is read by its context, with the tagger
// (the default extractor).
func TestAmbiguousForms(t *testing.T) {
	x, err := Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"Hamas the movement", "أعلنت حماس رفضها للمقترح الإسرائيلي", []string{"حماس/ORGANIZATION/hamas", "الإسرائيلي/NATIONALITY/nat-il"}},
		{"zeal", "استقبل الجمهور اللاعبين بحماس كبير", []string{}},
		{"al-Assad the family name", "غادر بشار الأسد دمشق، وقال الأسد إن الحرب انتهت", []string{"بشار الأسد/PERSON/bashar-al-assad", "دمشق/LOCATION/damascus-sy", "الأسد/PERSON/bashar-al-assad"}},
		{"the lion", "هاجم الأسد الغزال في الحديقة", []string{}},
		{"Meta the company", "أعلنت شركة ميتا عن نموذج جديد للذكاء الاصطناعي", []string{"ميتا/ORGANIZATION/meta"}},
		{"dead", "عثر على الرجل ميتا في منزله", []string{}},
		{"Muscat the capital", "وصل الوزير إلى مسقط في زيارة رسمية", []string{"مسقط/LOCATION/muscat-om"}},
		{"birthplace", "عاد إلى مسقط رأسه بعد غياب طويل", []string{}},
		{"Jenin the city", "اقتحمت القوات الإسرائيلية مخيم جنين فجر اليوم", []string{"الإسرائيلية/NATIONALITY/nat-il", "مخيم جنين/LOCATION/jenin-camp-ps"}},
		{"fetus", "أظهر الفحص أن الجنين بصحة جيدة", []string{}},
		{"Kabul the capital", "وقع انفجار في كابل صباح اليوم", []string{"كابل/LOCATION/kabul-af"}},
		{"cable", "انقطع كابل الكهرباء عن الحي", []string{}},
		{"Sirte the city", "اندلعت اشتباكات في مدينة سرت الليبية", []string{"سرت/LOCATION/sirte-ly", "الليبية/NATIONALITY/nat-ly"}},
		{"rumours spread", "سرت شائعات عن استقالة المدرب", []string{}},
		{"Rabat the capital", "عقد الاجتماع في الرباط بحضور الوزراء", []string{"الرباط/LOCATION/rabat-ma"}},
		{"the cruciate ligament", "أصيب اللاعب بقطع في الرباط الصليبي", []string{}},
		{"the Nile", "يمتد نهر النيل عبر عدة دول", []string{"النيل/LOCATION/nile"}},
		{"to undermine", "حاولوا النيل من سمعة الحكومة", []string{}},
		{"Homs the city", "قصفت الطائرات مدينة حمص وسط سوريا", []string{"حمص/LOCATION/homs-sy", "سوريا/LOCATION/sy"}},
		{"chickpeas", "طبق من الحمص والفول", []string{}},
		{"Qom the city", "زار المرشد مدينة قم الإيرانية", []string{"قم/LOCATION/qom-ir", "الإيرانية/NATIONALITY/nat-ir"}},
		{"stand up", "قال له قم من مكانك", []string{}},
		{"Bali the island", "قضى عطلته في جزيرة بالي الإندونيسية", []string{"بالي/LOCATION/bali-id", "الإندونيسية/NATIONALITY/nat-id"}},
		{"my mind", "لم يخطر ذلك على بالي أبدا", []string{}},
		{"APEC", "انعقدت قمة أبيك في سان فرانسيسكو", []string{"أبيك/ORGANIZATION/apec", "سان فرانسيسكو/LOCATION/san-francisco-us"}},
		{"my father", "قال أبيك إنه سيعود غدا", []string{}},
		{"Amman the capital", "وصل الملك إلى العاصمة الأردنية عمان", []string{"الأردنية/NATIONALITY/nat-jo", "عمان/LOCATION/amman-jo"}},
		{"Oman the country", "وقعت سلطنة عمان اتفاقا مع إيران", []string{"سلطنة عمان/LOCATION/om", "إيران/LOCATION/ir"}},
		{"Saudi Arabia the country", "زار الرئيس السعودية الأسبوع الماضي", []string{"السعودية/LOCATION/sa"}},
		{"Saudi the adjective", "أعلنت الحكومة السعودية عن خطة جديدة", []string{"الحكومة السعودية/ORGANIZATION/saudi-government"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, brief(x.Extract(tc.text)))
		})
	}
}
