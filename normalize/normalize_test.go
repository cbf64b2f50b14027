// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/qalam-nlp/qalam/internal/gentest"
)

// allOptions lists every option with its name, for table tests.
var allOptions = func() (all []struct {
	name string
	opt  Options
}) {
	for i, name := range optionNames {
		all = append(all, struct {
			name string
			opt  Options
		}{name, 1 << i})
	}
	return all
}()

// everyOption is the union of all options.
func everyOption() Options {
	var o Options
	for _, x := range allOptions {
		o |= x.opt
	}
	return o
}

// optionCases holds, for options alone and combined, text with characters
// they change and what they make of it.
var optionCases = []struct {
	opts     Options
	in, want string
}{
	{Harakat, "مُحَمَّدٌ وَعَلِيٌّ سُكْنًى", "محمد وعلي سكنى"},
	{Harakat | KeepShadda, "مُحَمَّدٌ وَعَلِيٌّ", "محمّد وعليّ"},
	{KeepShadda, "مُحَمَّدٌ", "مُحَمَّدٌ"}, // alone it does nothing
	{DaggerAlef, "هٰذا ذٰلك الرحمٰن السمٰوٰت", "هذا ذلك الرحمن السموت"},
	{DaggerAlefToAlef, "السمٰوٰت إبرٰهيم", "السماوات إبراهيم"},
	{DaggerAlef | DaggerAlefToAlef, "السمٰوٰت", "السماوات"},
	{QuranicMarks, "محمد\u0610 \u06D6قال\u06DA ۞ ۩", "محمد قال  "},
	// Combining madda and hamza compose with the letter before, as in NFC.
	{QuranicMarks, "ا\u0653 ا\u0654 ا\u0655 و\u0654 ي\u0654 ب\u0654 ا\u064E\u0654 ا\u0654\u0654", "آ أ إ ؤ ئ ب ا\u064E أ"},
	{QuranicMarks | PersianLetters, "ے\u0654 ە\u0654 ہ\u0654", "ئ ه ه"},
	{QuranicMarks | HamzaToHamza | AlefForms, "مسو\u0654ول مسي\u0654ول ا\u0654", "مسءول مسءول ا"},
	{Tatweel, "روبـــرت ـ", "روبرت "},
	{AlefForms, "آجن أحمد إعاذ ٱلله", "اجن احمد اعاذ ٱلله"},
	{AlefWasla, "ٱلله أحمد", "الله أحمد"},
	{HamzaToHamza, "مسؤول مسئول شؤون شئون ء", "مسءول مسءول شءون شءون ء"},
	{HamzaToLetters, "مسؤول مسئول", "مسوول مسيول"},
	{HamzaToHamza | HamzaToLetters, "مسؤول مسئول", "مسءول مسءول"},
	{AlefMaksura, "بنى على ي", "بني علي ي"},
	{TehMarbuta, "فاطمة ة ه", "فاطمه ه ه"},
	{PresentationForms, "\uFE8D\uFEDF\uFEB4\uFEFC\uFEE2 \uFEFB \uFEF7 \uFDF2 \uFDFA", "السلام لا لأ الله صلى الله عليه وسلم"},
	{PresentationForms, "\uFE70 \uFE71 \uFC60", " \u064B \u0640\u064B  \u064E\u0651"},
	{PersianLetters, "کتاب گرگان ایران یک ے ۀ ھ ہ ە پ چ ژ ڤ ڨ ٹ ڈ ڑ ں ۆ ۇ ۋ", "كتاب كركان ايران يك ي ه ه ه ه ب ج ز ف ق ت د ر ن و و و"},
	{PersianLetters, "ۓ ٸ ٶ ٲ ٳ ۃ", "ئ ئ ؤ أ إ ة"},
	{PersianLetters, "ؠ ځ څ ۮ ۯ ۺ ڝ ۻ ڟ ڠ ۼ", "ي ح ح د ر ش ص ض ط ع غ"},
	{Digits, "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٣٫٥ ١٬٠٠٠", "0123456789 0123456789 3.5 1,000"},
	{Punctuation, "نعم، لا؛ لماذا؟ ٥٪ ٭ ۔ ⹁", "نعم, لا; لماذا? ٥% * . ,"},
	{Controls, "a\u00ADb\u061Cc\u200Bd\u200Ce\u200Df\u200Eg\u200Fh\u202Ai\u202Ej\u2060k\u2066l\u2069m\uFEFFn", "abcdefghijklmn"},
	{Controls, "👨\u200D👩\u200D👧 x\u200D\u200D❤ x\u200D", "👨\u200D👩\u200D👧 x\u200D❤ x"},
	// Options compose: a presentation form is normalised further.
	{PresentationForms | AlefForms, "\uFEF7 \uFE83", "لا ا"},
	{PresentationForms | Harakat, "\uFE76\uFC60", "  "},
	{PersianLetters | HamzaToHamza | TehMarbuta, "ۓ ۃ", "ء ه"},
	{PersianLetters | AlefForms, "ٲ", "ا"},
}

func TestOptionsString(t *testing.T) {
	assert.Equal(t, Controls, allOptions[len(allOptions)-1].opt, "optionNames covers every option")
	assert.Equal(t, "HamzaToLetters", HamzaToLetters.String())
	assert.Equal(t, "0", Options(0).String())
	assert.Equal(t, "Harakat|Tatweel|AlefForms|AlefMaksura|TehMarbuta", LuceneOptions.String())
	assert.Equal(t, "Controls|0x80000000", (Controls | 1<<31).String())
}

func TestOptions(t *testing.T) {
	for _, c := range optionCases {
		n := New(c.opts)
		assert.Equal(t, c.want, n.String(c.in), "options %v on %q", c.opts, c.in)
	}
}

// TestEachOptionAlone checks that the options change disjoint sets of
// characters (but for the pairs where one option takes precedence), and
// that each option leaves every other option's characters alone.
func TestEachOptionAlone(t *testing.T) {
	sets := map[Options][]rune{}
	for r := rune(0); r <= 0x1FFFF; r++ { // the BMP and the emoji plane
		for _, x := range allOptions {
			if _, ok := step(x.opt, r); ok {
				sets[x.opt] = append(sets[x.opt], r)
			}
		}
	}
	require.Empty(t, sets[KeepShadda])
	for _, x := range allOptions {
		for _, y := range allOptions {
			if x.opt == y.opt || x.opt|y.opt == HamzaToHamza|HamzaToLetters || x.opt|y.opt == DaggerAlef|DaggerAlefToAlef {
				continue
			}
			n := New(x.opt)
			for _, r := range sets[y.opt] {
				if _, both := step(x.opt, r); both {
					t.Errorf("%U is changed by both %s and %s", r, x.name, y.name)
					continue
				}
				assert.Equal(t, string(r), n.String(string(r)), "%s changes %U of %s", x.name, r, y.name)
			}
		}
	}
}

func TestPresets(t *testing.T) {
	tests := []struct {
		n        Form
		in, want string
	}{
		{Search, "أَحْمَدُ إلى مدرسةٍ ٱلقرآن", "احمد الي مدرسه القران"},
		{Search, "مسؤول مسئول", "مسءول مسءول"},
		{Search, "مسو\u0654ول مسي\u0654ول", "مسءول مسءول"},
		{Search, "\uFEF7\uFEE3\uFEE2 ﷲ", "لامم الله"},
		{Search, "کتاب ١٢٣ ۴۵", "كتاب 123 45"},
		{Search, "\u200Fبوتين\u061C، هٰذا", "بوتين، هذا"},
		{Search, "عربيـــة", "عربيه"},
		{Search, "English text 123.", "English text 123."},
		{Lucene, "ٱلله ؤ ٢ ﻷ ک \u0670 \u200F", "ٱلله ؤ ٢ ﻷ ک \u0670 \u200F"},
		{Lucene, "أَحْمَدُ إلى مدرسةٍ", "احمد الي مدرسه"},
		{Clean, "\u200Fأَحْمَدُ\u200F عربيـــة \uFEF7", "أَحْمَدُ عربية لأ"},
		{Clean, "إلى مدرسة ١٢٣ ک، ؟", "إلى مدرسة ١٢٣ ک، ؟"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.n.String(tt.in), "%v on %q", tt.n.Options(), tt.in)
	}
	for _, name := range PresetNames() {
		n, ok := Preset(name)
		require.True(t, ok, name)
		require.NotNil(t, n, name)
	}
	_, ok := Preset("nope")
	assert.False(t, ok)
	assert.Equal(t, SearchOptions, Search.Options())
	assert.Zero(t, SearchOptions&(Punctuation|KeepShadda|DaggerAlefToAlef))
	assert.Equal(t, everyOption()&^(Punctuation|KeepShadda|DaggerAlefToAlef|HamzaToLetters), SearchOptions)
}

// normalizers returns the presets, each option alone, and all options, for
// tests that check invariants.
func normalizers() []*Normalizer {
	ns := []*Normalizer{Search.Normalizer(), Lucene.Normalizer(), Clean.Normalizer(), New(everyOption()), New(0)}
	for _, x := range allOptions {
		ns = append(ns, New(x.opt))
	}
	return ns
}

// interesting is text touching every code path: every option's characters,
// ligatures, emoji sequences, invalid and truncated UTF-8.
var interesting = []string{
	"",
	"plain ASCII",
	"أَحْمَدُ إلى مدرسةٍ ٱلقرآن مسؤول مسئول هٰذا السمٰوٰت",
	"\uFE8D\uFEDF\uFEB4\uFEFC\uFEE2 \uFEFB \uFDF2 \uFDFA \uFE70\uFC60",
	"کتاب گ ی ے ۀ ھ ہ ە پ چ ژ ڤ ڨ ۓ ٸ ٶ ٲ ٳ ۃ",
	"٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٣٫٥ ١٬٠٠٠ نعم، لا؛ لماذا؟ ٥٪",
	"a\u00ADb\u061Cc\u200Bd\u200Ce\u200Df\u200Eg\u200F\u202A\u2066\uFEFF👨\u200D👩 x\u200D",
	"\xff\xfe invalid \xE2\u064E\x80\x8B and \xD9\u0640\x8E truncated \xE2\x80",
	"\xD8", "\xE2\x80", "\u064E\u064E", "\xC0\xAF \xED\xA0\x80 \xF4\x90\x80\x80",
	"و\u0654 ي\u0654ا\u0653ا\u0655 ے\u0654\u0654 \xffي\u0654 ا", "ا\u0654",
}

// transformSmall runs n.Transform by hand with src windows and dst buffers
// of the given sizes, to exercise ErrShortSrc and ErrShortDst.
func transformSmall(t testing.TB, n *Normalizer, src string, srcStep, dstSize int) string {
	var out []byte
	dst := make([]byte, dstSize)
	in := []byte(src)
	pos, avail := 0, 0
	for {
		avail = min(avail+srcStep, len(in))
		atEOF := avail == len(in)
		nDst, nSrc, err := n.Transform(dst, in[pos:avail], atEOF)
		out = append(out, dst[:nDst]...)
		pos += nSrc
		switch err {
		case nil:
			if atEOF {
				return string(out)
			}
		case transform.ErrShortSrc:
			require.False(t, atEOF, "ErrShortSrc at EOF")
		case transform.ErrShortDst:
			if nDst == 0 && nSrc == 0 {
				dst = make([]byte, 2*len(dst)) // one replacement can exceed a tiny buffer
			}
		default:
			t.Fatalf("Transform: %v", err)
		}
	}
}

// TestAllAPIsAgree checks that String, Append, AppendString,
// AppendWithOffsets and the Transformer (with any buffering) agree.
func TestAllAPIsAgree(t *testing.T) {
	for _, n := range normalizers() {
		for _, in := range interesting {
			want := n.String(in)
			assert.Equal(t, want, string(n.Append([]byte("x"), []byte(in))[1:]))
			assert.Equal(t, want, string(n.AppendString(nil, in)))
			out, _ := n.AppendWithOffsets(nil, nil, in)
			assert.Equal(t, want, string(out))
			got, _, err := transform.String(n, in)
			require.NoError(t, err)
			assert.Equal(t, want, got)
			r := transform.NewReader(iotest.OneByteReader(bytes.NewReader([]byte(in))), n)
			b, err := io.ReadAll(r)
			require.NoError(t, err)
			assert.Equal(t, want, string(b))
			for _, srcStep := range []int{1, 2, 3, 7} {
				for _, dstSize := range []int{1, 2, 3, 5, 64} {
					assert.Equal(t, want, transformSmall(t, n, in, srcStep, dstSize), "src %d dst %d %q", srcStep, dstSize, in)
				}
			}
			assert.Equal(t, want == in, n.IsNormal(in))
			sp, err := n.Span([]byte(in), true)
			if want == in {
				assert.Equal(t, len(in), sp)
				assert.NoError(t, err)
			} else {
				assert.Equal(t, transform.ErrEndOfSpan, err)
				assert.Equal(t, want[:sp], in[:sp])
			}
		}
	}
}

// TestEveryRune checks, for every code point, idempotence and that valid
// input gives valid output.
func TestEveryRune(t *testing.T) {
	for _, n := range normalizers() {
		// The BMP and the emoji planes; nothing above is ever changed.
		for r := rune(0); r <= 0x1FFFF; r++ {
			if r >= 0xD800 && r < 0xE000 || r > 0xFFFF && r < 0x1F000 {
				continue
			}
			s := "ب" + string(r) + "ب"
			once := n.String(s)
			if !utf8.ValidString(once) || n.String(once) != once {
				t.Fatalf("%v: %U gives %q, then %q", n.Options(), r, once, n.String(once))
			}
		}
	}
}

func TestInvalidUTF8(t *testing.T) {
	for _, n := range normalizers() {
		for _, in := range []string{"\xff", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x80", "\xD8", "\x80\x80"} {
			assert.Equal(t, in, n.String(in))
			assert.Equal(t, "x"+in+"y", n.String("x"+in+"y"))
		}
	}
	// A deletion never splices an invalid byte into a new character.
	assert.Equal(t, "\xE2\u064E\x80\x8B", Search.String("\xE2\u064E\x80\x8B"))
	assert.Equal(t, "\xE2\u064E\x80\x8B", Search.String("\xE2\u064E\u064F\x80\x8B"))
	assert.Equal(t, "\xE2\x80\u200Bx", Search.String("\xE2\x80\u200B\u200Bx"))
}

func TestNoAllocations(t *testing.T) {
	normal := Search.String("أَحْمَدُ إلى مدرسةٍ ٱلقرآن in English 123")
	buf := make([]byte, 0, 256)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Search.String(normal) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { buf = Search.AppendString(buf[:0], normal) }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { buf = Search.AppendString(buf[:0], "أَحْمَدُ إلى") }))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Search.IsNormal(normal) }))
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { _ = Search.String("أحمد") }))
	// A fixed buffer just large enough is enough.
	var fixed [16]byte
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = Search.AppendString(fixed[:0], "أَحْمَدُ إلى") }))
	assert.Equal(t, "لا", string(Search.AppendString(fixed[:0], "\uFEFB")))
	assert.Equal(t, "abc"+"صلي الله عليه وسلم", string(Search.AppendString(append(fixed[:0], "abc"...), "\uFDFA")))
}

func TestOffsets(t *testing.T) {
	src := "\u200Fقال مُحَمَّدٌ ﻷ ﷲ"
	out, offs := Search.AppendWithOffsets(nil, nil, src)
	require.Equal(t, "قال محمد لا الله", string(out))
	require.Len(t, offs, len(out)+1)
	span := func(word string) string {
		i := bytes.Index(out, []byte(word))
		require.GreaterOrEqual(t, i, 0, word)
		a, b := offs.Span(i, i+len(word))
		return src[a:b]
	}
	assert.Equal(t, "قال", span("قال"))
	assert.Equal(t, "مُحَمَّدٌ", span("محمد"))
	assert.Equal(t, "ﻷ", span("لا"))
	i := bytes.Index(out, []byte("لا"))
	for _, r := range [][2]int{{i, i + 2}, {i + 2, i + 4}, {i + 1, i + 3}} {
		a, b := offs.Span(r[0], r[1])
		assert.Equal(t, "ﻷ", src[a:b], "out[%d:%d]", r[0], r[1])
	}
	assert.Equal(t, "ﷲ", span("الله"))
	assert.Equal(t, "ﷲ", span("له"))
	a, b := offs.Span(3, 3)
	assert.Equal(t, a, b)
	// Appending to a non-empty map continues it.
	out2, offs2 := Search.AppendWithOffsets(out, offs, "أ")
	assert.Equal(t, "قال محمد لا الله"+"ا", string(out2))
	assert.Equal(t, []int32{int32(len(src)), 0, 0, 2}, []int32(offs2[len(offs)-1:]))
}

// TestConcurrentUse shares the presets between goroutines (run with -race).
func TestConcurrentUse(t *testing.T) {
	done := make(chan string)
	for range 8 {
		go func() {
			var buf []byte
			var out string
			for _, in := range interesting {
				for _, n := range []*Normalizer{Search.Normalizer(), Lucene.Normalizer(), Clean.Normalizer()} {
					buf = n.AppendString(buf[:0], in)
					out = n.String(in)
					got, _, _ := transform.String(n, in)
					if got != out || string(buf) != out {
						out = "mismatch"
					}
				}
			}
			done <- out
		}()
	}
	for range 8 {
		assert.NotEqual(t, "mismatch", <-done)
	}
}

// TestTablesAreGenerated checks that tables.go is what gen_tables.go makes
// with today's x/text.
func TestTablesAreGenerated(t *testing.T) {
	gentest.Check(t, "tables.go", "gen_tables.go")
}

// TestForms checks that each preset Form does what its Normalizer does,
// that Preset finds it by name, and that a Form that is no preset has no
// Normalizer.
func TestForms(t *testing.T) {
	in := "أَحْمَدُ ـ ﷲ ١٢ ٱلقرآن \u200F"
	for _, f := range []Form{Search, Lucene, Clean} {
		n := f.Normalizer()
		require.NotNil(t, n)
		p, ok := Preset(f.Name())
		require.True(t, ok, f.Name())
		assert.Same(t, n, p)
		assert.Equal(t, n.Options(), f.Options())
		assert.Equal(t, n.String(in), f.String(in))
		assert.Equal(t, n.IsNormal(in), f.IsNormal(in))
		assert.Equal(t, n.Append(nil, []byte(in)), f.Append(nil, []byte(in)))
		assert.Equal(t, n.AppendString(nil, in), f.AppendString(nil, in))
		got, offs := f.AppendWithOffsets(nil, nil, in)
		want, wantOffs := n.AppendWithOffsets(nil, nil, in)
		assert.Equal(t, want, got)
		assert.Equal(t, wantOffs, offs)
		out, _, err := transform.String(f, in)
		require.NoError(t, err)
		assert.Equal(t, n.String(in), out)
	}
	assert.Equal(t, []string{"search", "lucene", "clean"}, PresetNames())
	_, ok := Preset("nfc")
	assert.False(t, ok)
	assert.Nil(t, Form(0).Normalizer())
	assert.Nil(t, Form(9).Normalizer())
	assert.Equal(t, "", Form(9).Name())
}
