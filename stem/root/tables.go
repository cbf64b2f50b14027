// Copyright 2026 The qalam Authors. Licensed under the Apache License, Version 2.0.

package root

// The tables below are written for this package from the morphology of
// Modern Standard Arabic; the letters are as normalise leaves them (every
// hamza is ء, آ is ءا, ى and ة are kept).

// affix is a prefix or suffix with the cost, in tenths, of taking it for
// one: the more often its letters are part of the stem instead, the higher.
type affix struct {
	s    string
	cost int8
	kind affixKind
}

type affixKind uint8

const (
	plain   affixKind = iota
	article           // ال and the prepositions and conjunctions fused with it
	future            // س: only before an imperfect prefix ي ت ن ء
	pronoun           // an attached pronoun: never after the article
	nominal           // a noun ending: ة and the plurals and duals made with it
	verbal            // a verb ending of the past tense: وا ت تم
)

// prefixes are the proclitics: conjunctions و ف, prepositions ب ل ك, the
// article, and the future marker س, alone and combined.
var prefixes = []affix{
	{"", 0, plain},
	{"ال", 0, article}, {"لل", 0, article}, {"بال", 0, article}, {"كال", 0, article},
	{"وال", 0, article}, {"فال", 0, article}, {"وبال", 0, article}, {"فبال", 0, article},
	{"وكال", 0, article}, {"فكال", 0, article}, {"ولل", 0, article}, {"فلل", 0, article},
	{"و", 10, plain}, {"ف", 10, plain},
	{"ب", 10, plain}, {"ل", 10, plain}, {"ك", 10, plain},
	{"وب", 20, plain}, {"ول", 20, plain}, {"فب", 20, plain}, {"فل", 20, plain},
	{"س", 5, future}, {"وس", 15, future}, {"فس", 15, future},
}

// suffixes are the endings: feminine, dual, plural and relative (nisba)
// endings, verb endings, attached pronouns, and their combinations (ة
// becomes ت before a pronoun).
var suffixes = []affix{
	{"", 0, plain},
	{"ة", 0, nominal}, {"ات", 0, nominal}, {"ان", 3, plain}, {"ين", 3, plain}, {"ون", 3, plain},
	{"تان", 0, nominal}, {"تين", 0, nominal},
	{"ي", 8, plain}, {"ية", 0, nominal}, {"يون", 0, plain}, {"يين", 0, plain}, {"يات", 0, nominal},
	{"يتين", 0, nominal}, {"يتان", 0, nominal},
	{"وا", 3, verbal}, {"تم", 5, verbal}, {"ت", 8, verbal}, {"ا", 11, plain},
	{"نا", 5, pronoun}, {"ني", 5, pronoun},
	{"ه", 8, pronoun}, {"ها", 3, pronoun}, {"هم", 3, pronoun}, {"هما", 0, pronoun}, {"هن", 5, pronoun},
	{"ك", 8, pronoun}, {"كم", 3, pronoun}, {"كما", 0, pronoun}, {"كن", 5, pronoun},
	{"ته", 3, pronoun}, {"تها", 0, pronoun}, {"تهم", 0, pronoun}, {"تهما", 0, pronoun},
	{"تك", 5, pronoun}, {"تكم", 0, pronoun}, {"تنا", 0, pronoun}, {"تي", 5, pronoun},
	{"اته", 0, pronoun}, {"اتها", 0, pronoun}, {"اتهم", 0, pronoun}, {"اتنا", 0, pronoun},
	{"يه", 5, pronoun}, {"يها", 3, pronoun}, {"يهم", 3, pronoun},
	{"وه", 5, pronoun}, {"وها", 3, pronoun}, {"وهم", 3, pronoun},
	{"يته", 0, pronoun}, {"يتها", 0, pronoun}, {"يتهم", 0, pronoun},
	{"ونه", 0, pronoun}, {"ونها", 0, pronoun}, {"ونهم", 0, pronoun}, {"وننا", 0, pronoun},
	{"ينه", 0, pronoun}, {"ينها", 0, pronoun}, {"ينهم", 0, pronoun},
	{"انه", 3, pronoun}, {"انها", 0, pronoun}, {"انهم", 0, pronoun},
}

// patterns are the shapes of stems, by length, in the order they are tried:
// the first that fits a stem gives its root. In a shape the digits 1–4 are
// the root's letters and every other letter must be there as written, except
// that an ا first in a shape also matches ء. The root is made from the
// template: digits are the letters found, other letters are copied.
//
// Long-vowel shapes come before prefix shapes, because a long vowel inside a
// word is surer evidence than a first letter م ت ي ن ا that may be the root's
// own. Costs are in tenths, like the affixes'. Shapes with one prefix letter
// cost a little (5 for the imperfect prefixes, 10 for م and ا), so that a
// word explained by a suffix instead (مصري: مصر + ي, not م + صري) is
// preferred; shapes of quadriliteral roots cost 16, as roots of four letters
// are rarer than a triliteral root with a conjunction and an imperfect prefix
// (وتكون is و + تكون, not a root وتكن).
var patternSource = [...][]struct {
	shape, root string
	cost        int8
}{
	4: {
		{"1اء3", "1ا3", 0},  // فاعل of a hollow root: قائد طائر
		{"1يا3", "1ا3", 0},  // فعال of a hollow root: زيارة سياسة قيادة
		{"1ا3ت", "1ا3", 0},  // فالت, a hollow verb with ت: قالت كانت
		{"1ا23", "123", 0},  // فاعل كاتب
		{"م1ا3", "1ا3", 0},  // مفعل of a hollow root: مقال مكان مطار
		{"ا1ا3", "1ا3", 0},  // أفعل of a hollow root: أضاف أشار إقامة
		{"ي1ا3", "1ا3", 0},  // يفعل of a hollow root: يخاف ينام
		{"12ا3", "123", 0},  // فعال كتاب
		{"ي123", "123", 5},  // يفعل يكتب يقول
		{"ت123", "123", 5},  // تفعل تكتب, تفعّل تكلم
		{"12ي3", "123", 0},  // فعيل كبير
		{"12و3", "123", 0},  // فعول رسول
		{"م12ى", "12ى", 10}, // مفعل of a defective root: مبنى معنى
		{"123ى", "123", 0},  // فعلى كبرى ذكرى أخرى
		{"مت23", "و23", 10}, // مفتعل of a root with و first: متحد متفق
		{"م123", "123", 10}, // مفعل مكتب معلم
		{"ن123", "123", 10}, // نفعل نكتب
		{"ات23", "و23", 5},  // افتعل of a root with و first: اتفق اتصل
		{"ا123", "123", 10}, // أفعل أكبر أكتب
	},
	5: {
		{"ءا2ا3", "ء23", 0},   // أفعال of a root with ء first: آثار آفاق
		{"مست12", "122", 0},   // مستفعّ of a doubled root: مستمر مستقر
		{"است12", "122", 0},   // استفعّ: استمر
		{"يست12", "122", 0},   // يستفعّ: يستمر
		{"ات2ا3", "و23", 0},   // افتعال of a root with و first: اتصال اتفاق
		{"اي2ا3", "و23", 0},   // إفعال of a root with و first: إيجاد إيقاف
		{"م12و3", "123", 0},   // مفعول مكتوب
		{"ا1ت23", "123", 0},   // افتعل اجتمع
		{"ان123", "123", 0},   // انفعل انسحب
		{"ت1ا23", "123", 0},   // تفاعل تعاون
		{"1ا2و3", "123", 0},   // فاعول حاسوب
		{"م1ا23", "123", 0},   // مفاعل مدارس مشارك مسائل
		{"12اء3", "123", 0},   // فعائل رسائل
		{"مي2ا3", "و23", 0},   // مفعال of a root with و first: ميلاد ميزان
		{"ت12ي3", "123", 0},   // تفعيل تدريس
		{"م12ا3", "123", 0},   // مفعال مفتاح
		{"1وا23", "123", 0},   // فواعل شوارع
		{"ا12ا3", "123", 0},   // أفعال أحكام
		{"ا12و3", "123", 0},   // أفعول أسبوع أسلوب
		{"123اء", "123", 0},   // فعلاء علماء
		{"123ان", "123", 0},   // فعلان قرءان
		{"م1ت23", "123", 0},   // مفتعل مجتمع
		{"ا1ط23", "123", 0},   // افتعل after ص ض ط ظ: اضطر اصطدم
		{"ا1د23", "123", 0},   // افتعل after ز د ذ: ازدهر
		{"م1ط23", "123", 0},   // مفتعل after ص ض ط ظ: مضطرب
		{"ت12ية", "12ي", 0},   // تفعلة of a defective root: تنمية تربية
		{"تت123", "123", 0},   // تتفعل تتعلق
		{"ي1ت23", "123", 0},   // يفتعل يجتمع
		{"ت1ت23", "123", 0},   // تفتعل تجتمع
		{"يت123", "123", 0},   // يتفعل يتحدث
		{"ين123", "123", 0},   // ينفعل ينسحب
		{"ي1ا23", "123", 0},   // يفاعل يشارك
		{"مت123", "123", 0},   // متفعل متحدث
		{"من123", "123", 0},   // منفعل منسحب
		{"12ا34", "1234", 16}, // فعالل عناصر زلازل
		{"123ا4", "1234", 16}, // فعلال زلزال
		{"123و4", "1234", 16}, // فعلول جمهور
		{"123ي4", "1234", 16}, // فعليل قنديل
		{"م1234", "1234", 16}, // مفعلل مهندس
		{"ي1234", "1234", 16}, // يفعلل يطمءن
	},
	6: {
		{"است1ا3", "1ا3", 0},   // استفعل of a hollow root: استطاع
		{"مست1ا3", "1ا3", 0},   // مستفعل of a hollow root: مستشار
		{"است123", "123", 0},   // استفعل استخدم
		{"ا1ت2ا3", "123", 0},   // افتعال اجتماع
		{"ان12ا3", "123", 0},   // انفعال انسحاب
		{"مست123", "123", 0},   // مستفعل مستخدم
		{"ت1ا2ي3", "123", 0},   // تفاعيل تقارير
		{"م1ا2ي3", "123", 0},   // مفاعيل مفاتيح
		{"ا1ا2ي3", "123", 0},   // أفاعيل أسابيع
		{"1وا2ي3", "123", 0},   // فواعيل قوانين
		{"يست123", "123", 0},   // يستفعل يستخدم
		{"تست123", "123", 0},   // تستفعل
		{"نست123", "123", 0},   // نستفعل
		{"ا1ط2ا3", "123", 0},   // افتعال after ص ض ط ظ: اضطراب اصطدام
		{"ا1د2ا3", "123", 0},   // افتعال after ز د ذ: ازدياد ازدحام
		{"يت1ا23", "123", 0},   // يتفاعل يتعاون
		{"تت1ا23", "123", 0},   // تتفاعل تتراوح
		{"مت1ا23", "123", 0},   // متفاعل متعاون
		{"ا123اء", "123", 0},   // أفعلاء أربعاء أصدقاء
		{"12ا3اء", "123", 0},   // فعالاء ثلاثاء
		{"12ا3ي4", "1234", 16}, // فعاليل عناوين
	},
	7: {
		{"استي2ا3", "و23", 0}, // استفعال of a root with و first: استيراد استيطان
		{"است12ا3", "123", 0}, // استفعال استخدام
	},
}

// hollowWithYeh are the common hollow roots whose middle letter is ي: for
// them a long ا in the middle of a three-letter stem (باع, سار, جاء) is
// restored to ي; for all others to و, the more frequent (قال قول, كان كون).
var hollowWithYeh = []string{
	"بيع", "بيت", "بين", "جيء", "حين", "خير", "زيد", "سيح", "سير", "سيل", "شيء", "صير", "ضيف",
	"ضيق", "طيب", "طير", "عيب", "عيش", "غيب", "غير", "فيض", "قيس", "كيد", "كيل", "نيل", "هيب",
}

// particles are function words (prepositions, conjunctions, pronouns,
// demonstratives, relatives, negations and other particles, some with a
// pronoun attached) that have no root to find; they come back as they are,
// normalised, without a conjunction or preposition before them.
var particles = []string{
	"في", "من", "إلى", "على", "عن", "مع", "حتى", "منذ", "مذ", "لدى", "عند", "بين", "نحو", "خلال", "ضد", "دون",
	"أن", "إن", "أنّ", "لكن", "لكنه", "بل", "أو", "أم", "ثم", "إذا", "إذ", "لو", "لولا", "كي", "لكي", "حيث",
	"هو", "هي", "هم", "هما", "هن", "أنا", "نحن", "أنت", "أنتم", "أنتما", "أنتن", "إياه", "إياها", "إياهم",
	"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "هنا", "هناك", "ذاك", "هذان", "هاتان", "هذين", "هاتين",
	"الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين", "اللواتي", "اللاتي", "ما", "ماذا", "من",
	"لا", "لم", "لن", "ليس", "ليست", "قد", "لقد", "سوف", "كل", "بعض", "غير", "سوى", "إلا", "أي", "أين",
	"متى", "كيف", "كم", "هل", "لماذا", "أيضا", "فقط", "جدا", "كما", "مثل", "عليه", "عليها", "إليه", "منه",
	"منها", "فيه", "فيها", "به", "بها", "له", "لها", "لهم", "عنه", "عنها", "بعد", "قبل", "أمام", "تحت",
	"فوق", "وراء", "لدي", "إنه", "إنها", "أنه", "أنها", "فى", "منهم", "عنهم", "فيهم", "عليهم", "إليها",
	"إليهم", "لديه", "لديها", "لديهم", "بهم", "بينهم", "بينها", "بينه", "مما", "عما", "فيما", "بما", "لما",
	"عندما", "بينما", "ربما", "طالما", "إنما", "كلما", "حينما", "أنهم", "إنهم", "لكنها", "لكنهم",
	"الآن", "أما", "إما", "لأن", "كذلك", "هكذا",
}
