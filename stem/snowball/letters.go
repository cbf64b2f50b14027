// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package snowball

// The Arabic letters the algorithm names, as UTF-8 strings so that they can
// be joined into the among strings of each step.
const (
	hamza             = "\u0621" // ء
	alefHamzaAbove    = "\u0623" // أ
	alefHamzaBelow    = "\u0625" // إ
	alefMadda         = "\u0622" // آ
	wawHamza          = "\u0624" // ؤ
	yehHamza          = "\u0626" // ئ
	alef              = "\u0627" // ا
	alefMaksura       = "\u0649" // ى
	beh               = "\u0628" // ب
	tehMarbuta        = "\u0629" // ة
	teh               = "\u062A" // ت
	theh              = "\u062B" // ث
	jeem              = "\u062C" // ج
	hah               = "\u062D" // ح
	khah              = "\u062E" // خ
	dal               = "\u062F" // د
	thal              = "\u0630" // ذ
	reh               = "\u0631" // ر
	zain              = "\u0632" // ز
	seen              = "\u0633" // س
	sheen             = "\u0634" // ش
	sad               = "\u0635" // ص
	dad               = "\u0636" // ض
	tah               = "\u0637" // ط
	zah               = "\u0638" // ظ
	ain               = "\u0639" // ع
	ghain             = "\u063A" // غ
	feh               = "\u0641" // ف
	qaf               = "\u0642" // ق
	kaf               = "\u0643" // ك
	lam               = "\u0644" // ل
	meem              = "\u0645" // م
	noon              = "\u0646" // ن
	heh               = "\u0647" // ه
	waw               = "\u0648" // و
	yeh               = "\u064A" // ي
	presentationFirst = '\uFE80' // first of the presentation forms Normalize_pre maps
	presentationLast  = '\uFEFC' // last of them
)
