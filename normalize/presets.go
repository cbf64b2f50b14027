// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package normalize

// Form names one of the ready-made Normalizers, the presets. The presets
// are constants, so no part of a program can change what normalize.Search
// does for the rest of it; a Form has the methods of its Normalizer, and
// Normalizer returns the Normalizer itself for code that takes one.
type Form uint8

const (
	// Search folds everything a search index or a gazetteer matcher should
	// (SearchOptions): spelling variants of one word become one string.
	Search Form = iota + 1
	// Lucene is exactly Lucene's ArabicNormalizer and bleve's normalize_ar
	// (LuceneOptions), for index compatibility.
	Lucene
	// Clean removes invisible controls and tatweel and undoes presentation
	// forms (CleanOptions), keeping letters and diacritics: for display and
	// storage.
	Clean
)

// presets holds the Normalizer of each Form, built when the package is
// initialised.
var presets = [...]*Normalizer{
	Search: New(SearchOptions),
	Lucene: New(LuceneOptions),
	Clean:  New(CleanOptions),
}

// names holds the name of each Form, as Preset takes it.
var names = [...]string{Search: "search", Lucene: "lucene", Clean: "clean"}

// Normalizer returns the preset's Normalizer; nil for a value that is not
// one of the Form constants.
func (f Form) Normalizer() *Normalizer {
	if int(f) >= len(presets) {
		return nil
	}
	return presets[f]
}

// Name returns the preset's name ("search", "lucene" or "clean").
func (f Form) Name() string {
	if int(f) >= len(names) {
		return ""
	}
	return names[f]
}

// Options returns the options the preset applies.
func (f Form) Options() Options { return f.Normalizer().Options() }

// String is Normalizer.String with the preset.
func (f Form) String(s string) string { return f.Normalizer().String(s) }

// IsNormal is Normalizer.IsNormal with the preset.
func (f Form) IsNormal(s string) bool { return f.Normalizer().IsNormal(s) }

// Append is Normalizer.Append with the preset.
func (f Form) Append(dst, src []byte) []byte { return f.Normalizer().Append(dst, src) }

// AppendString is Normalizer.AppendString with the preset.
func (f Form) AppendString(dst []byte, s string) []byte { return f.Normalizer().AppendString(dst, s) }

// AppendWithOffsets is Normalizer.AppendWithOffsets with the preset.
func (f Form) AppendWithOffsets(dst []byte, offs OffsetMap, s string) ([]byte, OffsetMap) {
	return f.Normalizer().AppendWithOffsets(dst, offs, s)
}

// Reset does nothing: a Form, like a Normalizer, keeps no state between
// calls. With Transform and Span it makes a Form a
// transform.SpanningTransformer.
func (f Form) Reset() {}

// Transform is Normalizer.Transform with the preset.
func (f Form) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return f.Normalizer().Transform(dst, src, atEOF)
}

// Span is Normalizer.Span with the preset.
func (f Form) Span(src []byte, atEOF bool) (int, error) { return f.Normalizer().Span(src, atEOF) }

// Preset returns the Normalizer of the preset called name ("search",
// "lucene" or "clean").
func Preset(name string) (*Normalizer, bool) {
	for f, n := range names {
		if n != "" && n == name {
			return presets[f], true
		}
	}
	return nil, false
}

// PresetNames lists the names Preset accepts.
func PresetNames() []string { return []string{"search", "lucene", "clean"} }
