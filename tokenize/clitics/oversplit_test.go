// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package clitics

import (
	"strings"
	"testing"
)

// joinCuts writes word with a "+" at each cut of segs.
func joinCuts(segs []Segment, word string) string {
	parts := make([]string, len(segs))
	for i, s := range segs {
		parts[i] = word[s.Start:s.End]
	}
	return strings.Join(parts, "+")
}

// TestOversplit holds words the ANT news corpus showed cut where they are
// whole, each beside words of the same shape that must stay cut, so that a
// rule stopping the first kind cannot silently take the second with it.
func TestOversplit(t *testing.T) {
	tests := []struct {
		name  string
		cases []struct{ word, want string }
	}{
		{"a preposition takes no ungoverned particle", []struct{ word, want string }{
			{"لاذ", "لاذ"},   // fled, not ل + إذ
			{"لاذا", "لاذا"}, // they two fled
			{"لاين", "لاين"}, // a name, not ل + أين
			{"بالي", "بالي"}, // not ب + إلى
			{"لمع", "لمع"},   // shone, not ل + مع
			{"بلا", "ب+لا"},
			{"بما", "ب+ما"},
			{"لمن", "ل+من"},
			{"لأي", "ل+أي"},
			{"لأنه", "ل+أن+ه"},
			{"بأم", "ب+أم"}, // بأم عينه: أم is a noun too
		}},
		{"no conjunction after a preposition", []struct{ word, want string }{
			{"كولا", "كولا"},   // cola, not ك + و + لا
			{"كولن", "كولن"},   // Colin, not ك + و + لن
			{"كوبين", "كوبين"}, // not ك + و + بين
			{"بوليس", "بوليس"}, // police, not ب + و + ليس
			{"بوالي", "ب+والي"},
			{"بولاية", "ب+ولاية"},
			{"بوزارة", "ب+وزارة"},
			{"وبين", "و+بين"},
			{"ولاذ", "و+لاذ"},
			{"بفقدها", "ب+فقد+ها"}, // ف + a particle is a word too: فقد
			{"بفيلم", "ب+فيلم"},
			{"بلعيد", "بلعيد"}, // a name, not ب + ل + عيد
			{"بلقب", "ب+لقب"},
			{"بلجنة", "ب+لجنة"},
			{"بليبيا", "ب+ليبيا"},
			{"بلندن", "ب+لندن"},
			{"بكندا", "ب+كندا"},
			{"لكنيس", "ل+كنيس"},
			{"ببقية", "ب+بقية"},
			{"للعيد", "ل+لعيد"},
			{"بوسلامة", "بوسلامة"},
			{"بوصف", "ب+وصف"},
			{"بوجود", "ب+وجود"},
		}},
		{"the last letter of a listed word is no pronoun", []struct{ word, want string }{
			{"أشارك", "أشارك"}, // I take part: أ + شارك, not أشار + ك
			{"نشارك", "نشارك"},
			{"ويكره", "و+يكره"},
			{"وتوجه", "و+توجه"},
			{"ليتوجه", "ل+يتوجه"},
			{"لتشويه", "ل+تشويه"},
			{"واتهم", "و+اتهم"},
			{"أشاركه", "أشارك+ه"},
			{"مايك", "مايك"}, // a known word is cut before ك only on a stem seen with ه، ها or هم
			{"أمسك", "أمسك"},
			{"حياتك", "حيات+ك"},
			{"يمكنك", "يمكن+ك"},
			{"عليك", "علي+ك"},
			{"وفاتهم", "وفات+هم"}, // و + ف is no proclitic order: not و + ف + اتهم
			{"كلفهم", "كلف+هم"},   // nor ك + ل + فهم
			{"بناتهم", "بنات+هم"}, // no imperfect begins ن + ا
			{"نيتهم", "نيت+هم"},   // nor ن + ي
			{"ليتهم", "ليت+هم"},   // ليت carries pronouns
		}},
		{"names after ب ل س", []struct{ word, want string }{
			{"بيو", "بيو"}, // two letters after a preposition beginning with a long vowel
			{"بوب", "بوب"},
			{"ليو", "ليو"},
			{"لاس", "لاس"},
			{"بأس", "بأس"},
			{"بيد", "ب+يد"},
			{"بأب", "ب+أب"},
			{"بشن", "ب+شن"},
			{"ببن", "ب+بن"},
			{"سنومان", "سنومان"}, // no first person imperfect ends in ان or وا
			{"ساهموا", "ساهموا"},
			{"ساعدوا", "ساعدوا"},
			{"سنكون", "س+نكون"},
			{"سأكون", "س+أكون"},
			{"سيقومان", "س+يقومان"},
			{"ساعدت", "ساعدت"}, // the first person أ after س keeps its hamza
			{"سامراء", "سامراء"},
			{"ساندرو", "ساندرو"},
			{"سأعمل", "س+أعمل"},
			{"ستين", "ستين"}, // no three-letter imperfect with a long vowel after س
			{"ستاد", "ستاد"},
			{"سناب", "سناب"},
			{"سيجد", "س+يجد"},
			{"سيصل", "س+يصل"},
			{"كيونغ", "كيونغ"}, // يو، وي، يا، وا after a preposition spell names
			{"لايف", "لايف"},
			{"بوينو", "بوينو"},
			{"ليوم", "ل+يوم"},
			{"ليوسف", "ل+يوسف"},
			{"ليواصل", "ل+يواصل"},
			{"بوزارة", "ب+وزارة"},
		}},
		{"a word seen after ال carries no pronoun", []struct{ word, want string }{
			{"ذاتي", "ذاتي"},
			{"معني", "معني"},
			{"اشتباه", "اشتباه"},
			{"دكتوراه", "دكتوراه"},
			{"فواكه", "فواكه"},
			{"حياتي", "حيات+ي"},
			{"كتابه", "كتاب+ه"},
			{"منه", "من+ه"},
		}},
		{"نا is an object after a verb, not after a noun seen with ال", []struct{ word, want string }{
			{"تزامنا", "تزامنا"}, // تزامناً, not the التزام of the corpus + نا
			{"توحدنا", "توحدنا"},
			{"تاريخنا", "تاريخ+نا"},
			{"يمكننا", "يمكن+نا"},
			{"بلادنا", "بلاد+نا"},
		}},
	}
	for _, group := range tests {
		t.Run(group.name, func(t *testing.T) {
			for _, tt := range group.cases {
				if got := joinCuts(Default.Segments(tt.word), tt.word); got != tt.want {
					t.Errorf("Segments(%q) = %q, want %q", tt.word, got, tt.want)
				}
			}
		})
	}
}

// TestParticleLengths checks that maxParticle bounds the particles, as
// afterPreposition looks up no longer stem among them.
func TestParticleLengths(t *testing.T) {
	for _, w := range strings.Fields(particles) {
		if n := len(fold(nil, w)); n > maxParticle {
			t.Errorf("particle %s has %d letters, more than maxParticle %d", w, n, maxParticle)
		}
	}
}
