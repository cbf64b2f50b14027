// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package tokenize

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/iotest"
)

func sentenceTexts(text string, opts SentenceOptions) []string {
	var out []string
	for s := range Sentences(text, opts) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		opts SentenceOptions
		want []string
	}{
		{"", 0, nil},
		{"  \n ", 0, nil},
		{"قال الرئيس. ثم غادر!", 0, []string{"قال الرئيس.", "ثم غادر!"}},
		{"هل انتهى؟ نعم.", 0, []string{"هل انتهى؟", "نعم."}},
		{"هل انتهى؟! ربما", 0, []string{"هل انتهى؟!", "ربما"}},
		{"Really?! Yes", 0, []string{"Really?!", "Yes"}},
		{"بلغ النمو 3.5 بالمئة. وارتفع", 0, []string{"بلغ النمو 3.5 بالمئة.", "وارتفع"}},
		{"في عام 2025. ثم", 0, []string{"في عام 2025.", "ثم"}},
		{"زوروا www.example.com. شكرا", 0, []string{"زوروا www.example.com.", "شكرا"}},
		{"راسلونا على info@example.com. شكرا", 0, []string{"راسلونا على info@example.com.", "شكرا"}},
		{"قال د. محمد إن الوضع صعب. وأضاف", 0, []string{"قال د. محمد إن الوضع صعب.", "وأضاف"}},
		{"قال أ.د. علي كلاما. ثم", 0, []string{"قال أ.د. علي كلاما.", "ثم"}},
		{"ص.ب 123 تونس. ثم", 0, []string{"ص.ب 123 تونس.", "ثم"}},
		{"سنة 500 ق.م. وبعدها", 0, []string{"سنة 500 ق.م.", "وبعدها"}},
		{"من 500 ق.م. إلى 300 م. وبعدها", 0, []string{"من 500 ق.م. إلى 300 م.", "وبعدها"}},
		// A calendar era after a year ends the sentence with its full stop,
		// unless a date range or a comma goes on.
		{"ولد عام 1950 م. وفي عام 1970 م. سافر", 0, []string{"ولد عام 1950 م.", "وفي عام 1970 م.", "سافر"}},
		{"في 2025م. ثم", 0, []string{"في 2025م.", "ثم"}},
		{"عام 1446 هـ. وقال", 0, []string{"عام 1446 هـ.", "وقال"}},
		{"عام 1446 ه. وقال", 0, []string{"عام 1446 ه.", "وقال"}},
		{"من 1990 م. إلى 2000 م. ثم", 0, []string{"من 1990 م. إلى 2000 م.", "ثم"}},
		{"من 1990 م. حتى 2000", 0, []string{"من 1990 م. حتى 2000"}},
		{"عام 1990 م.، ثم", 0, []string{"عام 1990 م.، ثم"}},
		{"من 1990 م. - 2000 م. ثم", 0, []string{"من 1990 م. - 2000 م.", "ثم"}},
		{"انتهى. - ثم", 0, []string{"انتهى.", "- ثم"}},
		{"قال المهندس م. أحمد", 0, []string{"قال المهندس م. أحمد"}},
		{"في 2025 مساء. ثم", 0, []string{"في 2025 مساء.", "ثم"}},
		{"بكلفة 2.5 م. دينار", 0, []string{"بكلفة 2.5 م. دينار"}}, // not a year: مليون
		{"عام ١٤٤٦ هـ. ثم", 0, []string{"عام ١٤٤٦ هـ.", "ثم"}},
		{"المهندس م. أحمد حضر.", 0, []string{"المهندس م. أحمد حضر."}},
		{"Mr. Smith met Dr. Jones. Then", 0, []string{"Mr. Smith met Dr. Jones.", "Then"}},
		{"J. K. Rowling wrote. Then", 0, []string{"J. K. Rowling wrote.", "Then"}},
		{"the U.S.A. is big. Then", 0, []string{"the U.S.A. is big.", "Then"}},
		{"قال: «انتهى الأمر.» ثم غادر.", 0, []string{"قال: «انتهى الأمر.»", "ثم غادر."}},
		{"قال: «انتهى الأمر. » ثم", 0, []string{"قال: «انتهى الأمر. »", "ثم"}},
		{"He said \"stop.\" Then", 0, []string{"He said \"stop.\"", "Then"}},
		{"He said \"stop.\" \"Go\"", 0, []string{"He said \"stop.\"", "\"Go\""}},
		// Straight double quotes pair: after a terminator, " closes the
		// open quote even after a space, and opens a new one otherwise.
		{"He said \"stop. \" Then", 0, []string{"He said \"stop. \"", "Then"}},
		{"قال \"انتهى الأمر. \" ثم غادر", 0, []string{"قال \"انتهى الأمر. \"", "ثم غادر"}},
		{"قال: انتهى. \"ثم\" غادر. \"نعم. \" لا", 0, []string{"قال: انتهى.", "\"ثم\" غادر.", "\"نعم. \"", "لا"}},
		{"\"الأول. الثاني. \" ثم", 0, []string{"\"الأول.", "الثاني. \"", "ثم"}},
		{"سطر \"مفتوح\nانتهى. \"جديد\"", 0, []string{"سطر \"مفتوح", "انتهى.", "\"جديد\""}},
		// A closing quote with no terminator goes on with the sentence; a
		// terminator inside or after it ends it, unless a comma follows.
		{"قال «سنواصل المفاوضات» وأضاف أنه سيعود.", 0, []string{"قال «سنواصل المفاوضات» وأضاف أنه سيعود."}},
		{"وقال: «انتهى الأمر». ثم غادر.", 0, []string{"وقال: «انتهى الأمر».", "ثم غادر."}},
		{"«انتهى الأمر» ثم غادر.", 0, []string{"«انتهى الأمر» ثم غادر."}},
		{"«هل انتهى الأمر؟»، تساءل الوزير. ثم", 0, []string{"«هل انتهى الأمر؟»، تساءل الوزير.", "ثم"}},
		{"«انتهى الأمر!» ، قال. ثم", 0, []string{"«انتهى الأمر!» ، قال.", "ثم"}},
		{"قال «انتهى»\nثم", 0, []string{"قال «انتهى»", "ثم"}},
		{"وقال \"انتهى.\"وتابع", 0, []string{"وقال \"انتهى.\"", "وتابع"}},
		{"(انظر الملحق.) ثم", 0, []string{"(انظر الملحق.)", "ثم"}},
		// An ellipsis ends a sentence only before a line break, an opening
		// quote, a dash or a capital: before an Arabic word it is often a
		// pause inside the sentence.
		{"وبعد... قرر الرحيل… ثم عاد.", 0, []string{"وبعد... قرر الرحيل… ثم عاد."}},
		{"انتظروا...\nثم عادوا", JoinLines, []string{"انتظروا...", "ثم عادوا"}},
		{"انتظروا…»\nثم عادوا", JoinLines, []string{"انتظروا…»", "ثم عادوا"}},
		{"انتظروا... «لن نعود»", 0, []string{"انتظروا...", "«لن نعود»"}},
		{"انتظروا... - ثم", 0, []string{"انتظروا...", "- ثم"}},
		{"He waited... Then left. He waited... then left", 0, []string{"He waited...", "Then left.", "He waited... then left"}},
		{"He waited... \"Go\" he said", 0, []string{"He waited...", "\"Go\" he said"}},
		{"He said \"wait... \" then", 0, []string{"He said \"wait... \" then"}},
		{"هل انتهى؟... ثم", 0, []string{"هل انتهى؟...", "ثم"}},
		{"انتظروا ... (انظر)", 0, []string{"انتظروا ... (انظر)"}},
		{"عنوان المقال\nنص المقال هنا. وجملة ثانية.\n\nفقرة جديدة", 0,
			[]string{"عنوان المقال", "نص المقال هنا.", "وجملة ثانية.", "فقرة جديدة"}},
		{"سطر أول\nيتابع هنا.\n\nفقرة", JoinLines, []string{"سطر أول\nيتابع هنا.", "فقرة"}},
		{"سطر\r\nسطر\r\rسطر\u2029سطر", JoinLines, []string{"سطر\r\nسطر", "سطر", "سطر"}},
		{"أولا؛ ثانيا؛ ثالثا", 0, []string{"أولا؛ ثانيا؛ ثالثا"}},
		{"أولا؛ ثانيا؛ ثالثا", SplitAtSemicolon, []string{"أولا؛", "ثانيا؛", "ثالثا"}},
		{"1. المقدمة\n2. العرض", 0, []string{"1. المقدمة", "2. العرض"}},
		{"انتهى.وبدأ", 0, []string{"انتهى.وبدأ"}},
		{"!!!", 0, []string{"!!!"}},
		{". نعم", 0, []string{".", "نعم"}},
	}
	for _, tt := range tests {
		got := sentenceTexts(tt.in, tt.opts)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("Sentences(%q, %d)\n got %q\nwant %q", tt.in, tt.opts, got, tt.want)
		}
	}
}

func TestSentenceScannerMatchesSentences(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		sb.WriteString("عنوان\nقال د. محمد «نعم.» ثم غادر؟! وبلغ 3.5% في www.x.org. آخر\n\n")
		sb.WriteString("انتظر... «لا» عام 2025 م. ثم \"قال. \" لا… Then هل؟... نعم.................. لا\n")
	}
	text := sb.String()
	want := make([]Span, 0)
	for s := range Sentences(text, 0) {
		want = append(want, s)
	}
	ss := NewSentenceScanner(iotest.HalfReader(strings.NewReader(text)), 0)
	i := 0
	for ss.Scan() {
		sp := ss.Span()
		if i >= len(want) || sp != want[i] {
			t.Fatalf("sentence %d = %v, want %v", i, sp, want[i])
		}
		if got := string(ss.Bytes()); got != text[sp.Start:sp.End] {
			t.Fatalf("sentence %d text %q, want %q", i, got, text[sp.Start:sp.End])
		}
		i++
	}
	if ss.Err() != nil || i != len(want) {
		t.Fatalf("%d sentences, want %d; err %v", i, len(want), ss.Err())
	}
}

func TestSentenceScannerLimits(t *testing.T) {
	text := "أ ب" + strings.Repeat(" ", 40000) + "ج د" + strings.Repeat(" كلمة", MaxSentenceSize/5) + "."
	ss := NewSentenceScanner(strings.NewReader(text), 0)
	n := 0
	for ss.Scan() {
		sp := ss.Span()
		if sp.End-sp.Start > MaxSentenceSize || string(ss.Bytes()) != text[sp.Start:sp.End] {
			t.Fatalf("sentence %v: %d bytes, text matches %v", sp, len(ss.Bytes()), string(ss.Bytes()) == text[sp.Start:sp.End])
		}
		n++
	}
	if n < 3 {
		t.Errorf("%d sentences, want the long run of spaces and the size limit to cut", n)
	}
}

func FuzzSentences(f *testing.F) {
	f.Add("قال د. محمد «نعم.» ثم غادر؟! وبلغ 3.5% في www.x.org.\n\nآخر", uint8(0))
	f.Add("a. b\nc؛ d", uint8(3))
	f.Fuzz(func(t *testing.T, text string, opts uint8) {
		o := SentenceOptions(opts) & (SplitAtSemicolon | JoinLines)
		prev := 0
		var spans []Span
		for s := range Sentences(text, o) {
			if s.Start < prev || s.End <= s.Start || s.End > len(text) {
				t.Fatalf("%q: sentence %v out of order or range", text, s)
			}
			prev = s.End
			spans = append(spans, s)
		}
		// Every token is inside one sentence.
		i := 0
		for tk := range Tokens(text) {
			for i < len(spans) && spans[i].End <= tk.Start {
				i++
			}
			if i == len(spans) || tk.Start < spans[i].Start || tk.End > spans[i].End {
				t.Fatalf("%q: token %v outside the sentences %v", text, tk, spans)
			}
		}
		ss := NewSentenceScanner(iotest.OneByteReader(strings.NewReader(text)), o)
		k := 0
		for ss.Scan() {
			if k >= len(spans) || ss.Span() != spans[k] || string(ss.Bytes()) != text[spans[k].Start:spans[k].End] {
				t.Fatalf("%q: scanner sentence %d = %v, want %v", text, k, ss.Span(), spans)
			}
			k++
		}
		if k != len(spans) {
			t.Fatalf("%q: scanner gave %d sentences, want %d", text, k, len(spans))
		}
		// SentenceTokens gives the tokens of Tokens, each in its sentence.
		var tokens []Token
		for tk := range Tokens(text) {
			tokens = append(tokens, tk)
		}
		k = 0
		for n, tk := range SentenceTokens(text, o) {
			if k >= len(tokens) || tk != tokens[k] {
				t.Fatalf("%q: SentenceTokens token %d = %v, want %v", text, k, tk, tokens)
			}
			if n >= len(spans) || tk.Start < spans[n].Start || tk.End > spans[n].End {
				t.Fatalf("%q: token %v in sentence %d of %v", text, tk, n, spans)
			}
			k++
		}
		if k != len(tokens) {
			t.Fatalf("%q: SentenceTokens gave %d tokens, want %d", text, k, len(tokens))
		}
	})
}

func TestSentenceTokens(t *testing.T) {
	text := "قال د. محمد: نعم. ثم غادر؟ وعاد\n\nآخر سطر"
	var got []string
	for n, tk := range SentenceTokens(text, 0) {
		got = append(got, fmt.Sprintf("%d:%s", n, text[tk.Start:tk.End]))
	}
	want := []string{"0:قال", "0:د", "0:.", "0:محمد", "0::", "0:نعم", "0:.", "1:ثم", "1:غادر", "1:؟", "2:وعاد", "3:آخر", "3:سطر"}
	if !slices.Equal(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}
