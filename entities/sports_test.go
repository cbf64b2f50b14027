// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package entities

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSportsClubs: in a match report a city that names a club is the
// club; elsewhere it is the city.
func TestSportsClubs(t *testing.T) {
	x, err := Default()
	require.NoError(t, err)
	report := "فاز فالنسيا بهدفين في مباراة الدوري، وقال المدرب إن اللاعب سجل الهدف الثاني في الشوط الأول."
	assert.Contains(t, brief(x.Extract(report)), "فالنسيا/ORGANIZATION/valencia-cf")
	travel := "وصل الوزير إلى فالنسيا في زيارة رسمية."
	assert.Equal(t, []string{"فالنسيا/LOCATION/valencia-es"}, brief(x.Extract(travel)))
}

// TestClubsInSportsNews: clubs of the Arab and European leagues and NBA
// teams found with their ids, in both modes. A city that names a club
// (listed as نادي + the city) is the club in a match report and the city
// elsewhere, whatever the tagger reads.
func TestClubsInSportsNews(t *testing.T) {
	tagged, alone := bothModes(t)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"English cities in a match report",
			"فاز ليفربول على نيوكاسل بهدفين مقابل هدف في مباراة الدوري، وسجل المهاجم الهدف الثاني في الشوط الثاني.",
			[]string{"ليفربول/ORGANIZATION/liverpool-fc", "نيوكاسل/ORGANIZATION/newcastle-united"}},
		{"Italian cities in a match report",
			"تعادل نابولي مع ميلان في الجولة العاشرة من الدوري، وقال المدرب إن اللاعب أضاع ركلة جزاء.",
			[]string{"نابولي/ORGANIZATION/ssc-napoli", "ميلان/ORGANIZATION/ac-milan"}},
		{"a city spelling added for its club",
			"فاز تورينو على جنوى بهدف في مباراة الدوري، سجله المهاجم في الشوط الثاني ليرفع الفريق رصيده إلى عشرين نقطة.",
			[]string{"تورينو/ORGANIZATION/torino-fc", "جنوى/ORGANIZATION/genoa-cfc"}},
		{"a city before a masculine nationality adjective is its club",
			"تأهل مرسيليا الفرنسي وبرشلونة الإسباني إلى الدور التالي.",
			[]string{"مرسيليا/ORGANIZATION/olympique-marseille", "برشلونة/ORGANIZATION/fc-barcelona"}},
		{"Qatari towns in a match report",
			"حقق الوكرة فوزا ثمينا على الريان في مباراة الدوري، وأحرز اللاعب هدف الفوز في الشوط الأول.",
			[]string{"الوكرة/ORGANIZATION/al-wakrah-sc", "الريان/ORGANIZATION/al-rayyan-sc"}},
		{"the cities outside sports",
			"زار الوزير نابولي وجنوى لبحث الاستثمارات في الموانئ.",
			[]string{"نابولي/LOCATION/naples-it", "جنوى/LOCATION/genoa-it"}},
		{"clubs named whole",
			"انتقل المدافع من نوتنغهام فورست إلى ريال سوسيداد، بينما يقترب زميله من بوروسيا مونشنغلادباخ.",
			[]string{"نوتنغهام فورست/ORGANIZATION/nottingham-forest", "ريال سوسيداد/ORGANIZATION/real-sociedad", "بوروسيا مونشنغلادباخ/ORGANIZATION/monchengladbach"}},
		{"a club and its nationality adjective",
			"واجه الخلود السعودي ضيفه ضمك في الرس.",
			[]string{"الخلود السعودي/ORGANIZATION/al-kholood", "ضمك/ORGANIZATION/damac-fc"}},
		{"NBA teams, city and nickname",
			"تغلب لوس أنجلوس ليكرز على غولدن ستايت ووريرز، فيما خسر بوسطن سلتيكس.",
			[]string{"لوس أنجلوس ليكرز/ORGANIZATION/los-angeles-lakers", "غولدن ستايت ووريرز/ORGANIZATION/golden-state-warriors", "بوسطن سلتيكس/ORGANIZATION/boston-celtics"}},
		{"an NBA nickname alone",
			"وحقق ليكرز فوزه الخامس على التوالي.",
			[]string{"ليكرز/ORGANIZATION/los-angeles-lakers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Subset(t, brief(alone.Extract(tc.text)), tc.want, "gazetteer alone")
			assert.Subset(t, brief(tagged.Extract(tc.text)), tc.want, "with the tagger")
		})
	}
}
