// Word tables for Arabic and English numeric expressions. Arabic keys are in normalised form
// (see normaliseWord): alef variants → ا, ى → ي, ة → ه, no diacritics or tatweel.

export type NumberWordRole = "unit" | "ten" | "hundred" | "scale" | "fraction";

export interface NumberWord {
  value: number;
  role: NumberWordRole;
  /** Dual forms (ألفين، مليوني) mean two of the scale when nothing precedes them. */
  isDual?: boolean;
  /** Plural scale forms (آلاف، ملايين) need a preceding number; alone they are vague ("thousands of"). */
  isPlural?: boolean;
}

function entries(role: NumberWordRole, table: Record<string, number>, flags: Partial<NumberWord> = {}): [string, NumberWord][] {
  return Object.entries(table).map(([word, value]) => [word, { value, role, ...flags }]);
}

export const arabicNumberWords = new Map<string, NumberWord>([
  ...entries("unit", {
    واحد: 1, واحده: 1, واحدا: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2, اثنتا: 2, اثنتي: 2,
    ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
    ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
  }),
  ...entries("ten", {
    عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
    ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
  }),
  ...entries("hundred", {
    مئه: 100, مائه: 100, مئتان: 200, مئتين: 200, مائتان: 200, مائتين: 200, مئتا: 200, مئتي: 200,
    ثلاثمئه: 300, ثلاثمائه: 300, اربعمئه: 400, اربعمائه: 400, خمسمئه: 500, خمسمائه: 500,
    ستمئه: 600, ستمائه: 600, سبعمئه: 700, سبعمائه: 700, ثمانمئه: 800, ثمانمائه: 800, ثمانيمئه: 800, ثمانيمائه: 800,
    تسعمئه: 900, تسعمائه: 900,
  }),
  ...entries("scale", { الف: 1e3, الفا: 1e3, مليون: 1e6, مليونا: 1e6, مليار: 1e9, مليارا: 1e9, بليون: 1e9, بليونا: 1e9, تريليون: 1e12, تريليونا: 1e12 }),
  ...entries("scale", { الفان: 1e3, الفين: 1e3, الفي: 1e3, مليونان: 1e6, مليونين: 1e6, مليوني: 1e6, ملياران: 1e9, مليارين: 1e9, ملياري: 1e9, تريليوني: 1e12 }, { isDual: true }),
  ...entries("scale", { الاف: 1e3, الوف: 1e3, ملايين: 1e6, مليارات: 1e9, بلايين: 1e9, تريليونات: 1e12 }, { isPlural: true }),
  ...entries("fraction", { نصف: 0.5, ربع: 0.25, ثلث: 1 / 3, ثلثا: 2 / 3, ثلثي: 2 / 3, ارباع: 0.25 }),
]);

export const englishNumberWords = new Map<string, NumberWord>([
  ...entries("unit", {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  }),
  ...entries("ten", { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 }),
  ...entries("hundred", { hundred: 100 }),
  ...entries("scale", { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }),
  ...entries("fraction", { half: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3 }),
]);

/** Scale words and abbreviations that may follow digits. */
export const englishScaleWords = new Map<string, number>([
  ["thousand", 1e3], ["million", 1e6], ["billion", 1e9], ["trillion", 1e12],
  ["k", 1e3], ["m", 1e6], ["mn", 1e6], ["mln", 1e6], ["bn", 1e9], ["b", 1e9], ["tn", 1e12], ["trn", 1e12],
]);

export const arabicOrdinals = new Map<string, number>([
  ["اول", 1], ["اولي", 1], ["ثاني", 2], ["ثانيه", 2], ["ثالث", 3], ["ثالثه", 3], ["رابع", 4], ["رابعه", 4],
  ["خامس", 5], ["خامسه", 5], ["سادس", 6], ["سادسه", 6], ["سابع", 7], ["سابعه", 7], ["ثامن", 8], ["ثامنه", 8],
  ["تاسع", 9], ["تاسعه", 9], ["عاشر", 10], ["عاشره", 10],
]);

export const englishOrdinals = new Map<string, number>([
  ["first", 1], ["second", 2], ["third", 3], ["fourth", 4], ["fifth", 5], ["sixth", 6], ["seventh", 7], ["eighth", 8], ["ninth", 9], ["tenth", 10],
]);

/** Nouns that make a following Arabic ordinal a ranking (للمرة الثالثة، المركز الثاني). */
export const arabicOrdinalTriggers = new Set(["مره", "مرات", "مركز", "مرتبه", "ترتيب"]);
/** Words after an English ordinal that make it a ranking rather than "second" the time unit or "third" the fraction. */
export const englishOrdinalFollowers = new Set([
  "largest", "biggest", "highest", "lowest", "most", "consecutive", "straight", "place", "time", "successive", "richest", "poorest", "best", "worst",
]);
export const arabicSuperlativeAfterOrdinal = new Set(["اكبر", "اعلي", "اكثر", "اقل", "ادني", "اغني", "افقر", "افضل", "اسوا", "اطول", "اهم"]);

// Month numbers. Arabic: the Egyptian/Gulf names and the Levantine (Syriac) names.
export const arabicMonths = new Map<string, number>([
  ["يناير", 1], ["فبراير", 2], ["مارس", 3], ["ابريل", 4], ["مايو", 5], ["يونيو", 6], ["يونيه", 6], ["يوليو", 7], ["يوليه", 7],
  ["اغسطس", 8], ["سبتمبر", 9], ["اكتوبر", 10], ["نوفمبر", 11], ["ديسمبر", 12],
  ["شباط", 2], ["اذار", 3], ["نيسان", 4], ["ايار", 5], ["حزيران", 6], ["تموز", 7], ["اب", 8], ["ايلول", 9],
]);
/** Two-word Levantine names: كانون الثاني (January), تشرين الأول (October)… */
export const arabicTwoWordMonths = new Map<string, number>([
  ["كانون الثاني", 1], ["تشرين الاول", 10], ["تشرين الثاني", 11], ["كانون الاول", 12],
]);
export const englishMonths = new Map<string, number>([
  ["january", 1], ["february", 2], ["march", 3], ["april", 4], ["may", 5], ["june", 6], ["july", 7], ["august", 8],
  ["september", 9], ["october", 10], ["november", 11], ["december", 12],
  ["jan", 1], ["feb", 2], ["mar", 3], ["apr", 4], ["jun", 6], ["jul", 7], ["aug", 8], ["sep", 9], ["sept", 9], ["oct", 10], ["nov", 11], ["dec", 12],
]);

/** Currency words after an Arabic number; a following nationality adjective can refine it (جنيه إسترليني). */
export const arabicCurrencies = new Map<string, string>([
  ["دولار", "USD"], ["دولارا", "USD"], ["دولارات", "USD"], ["يورو", "EUR"], ["جنيه", "EGP"], ["جنيها", "EGP"], ["جنيهات", "EGP"],
  ["ريال", "SAR"], ["ريالا", "SAR"], ["ريالات", "SAR"], ["درهم", "AED"], ["درهما", "AED"], ["دراهم", "AED"],
  ["دينار", "KWD"], ["دينارا", "KWD"], ["دنانير", "KWD"], ["ليره", "TRY"], ["ليرات", "TRY"], ["ين", "JPY"], ["يوان", "CNY"], ["روبيه", "INR"],
  ["استرليني", "GBP"],
]);
export const arabicCurrencyAdjectives = new Map<string, string>([
  ["امريكي", "USD"], ["كندي", "CAD"], ["استرالي", "AUD"], ["استرليني", "GBP"], ["مصري", "EGP"], ["سوداني", "SDG"],
  ["سعودي", "SAR"], ["قطري", "QAR"], ["عماني", "OMR"], ["يمني", "YER"], ["اماراتي", "AED"], ["مغربي", "MAD"],
  ["كويتي", "KWD"], ["اردني", "JOD"], ["بحريني", "BHD"], ["عراقي", "IQD"], ["تونسي", "TND"], ["جزائري", "DZD"], ["ليبي", "LYD"],
  ["تركيه", "TRY"], ["لبنانيه", "LBP"], ["سوريه", "SYP"],
]);

export const englishCurrencyWords = new Map<string, string>([
  ["dollar", "USD"], ["dollars", "USD"], ["euro", "EUR"], ["euros", "EUR"], ["pound", "GBP"], ["pounds", "GBP"], ["sterling", "GBP"],
  ["riyal", "SAR"], ["riyals", "SAR"], ["dirham", "AED"], ["dirhams", "AED"], ["rupee", "INR"], ["rupees", "INR"], ["yen", "JPY"], ["yuan", "CNY"],
  ["usd", "USD"], ["eur", "EUR"], ["gbp", "GBP"], ["egp", "EGP"], ["sar", "SAR"], ["aed", "AED"], ["qar", "QAR"], ["kwd", "KWD"], ["jod", "JOD"],
  ["inr", "INR"], ["jpy", "JPY"], ["cny", "CNY"], ["chf", "CHF"], ["try", "TRY"],
]);
export const englishCurrencyPrefixes = new Map<string, string>([
  ["US$", "USD"], ["$", "USD"], ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₹", "INR"], ["E£", "EGP"], ["LE", "EGP"], ["SR", "SAR"],
  ["USD", "USD"], ["EUR", "EUR"], ["GBP", "GBP"], ["EGP", "EGP"], ["SAR", "SAR"], ["AED", "AED"], ["QAR", "QAR"], ["KWD", "KWD"], ["INR", "INR"],
]);

/** Measurement units after a number, single words. */
export const arabicUnits = new Map<string, string>([
  ["كيلومتر", "km"], ["كيلومترا", "km"], ["كيلومترات", "km"], ["كلم", "km"], ["كم", "km"], ["متر", "m"], ["مترا", "m"], ["امتار", "m"],
  ["سنتيمتر", "cm"], ["ميل", "mi"], ["ميلا", "mi"], ["اميال", "mi"], ["كيلوغرام", "kg"], ["كيلوغراما", "kg"], ["كيلوجرام", "kg"], ["كيلوغرامات", "kg"], ["كغ", "kg"], ["كجم", "kg"],
  ["طن", "t"], ["طنا", "t"], ["اطنان", "t"], ["لتر", "L"], ["لترا", "L"], ["لترات", "L"], ["برميل", "bbl"], ["براميل", "bbl"],
  ["هكتار", "ha"], ["هكتارا", "ha"], ["هكتارات", "ha"], ["ميغاواط", "MW"], ["ميجاوات", "MW"], ["غيغاواط", "GW"], ["كيلوواط", "kW"],
]);
export const englishUnits = new Map<string, string>([
  ["km", "km"], ["kilometres", "km"], ["kilometers", "km"], ["kilometre", "km"], ["kilometer", "km"], ["miles", "mi"], ["mile", "mi"],
  ["metres", "m"], ["meters", "m"], ["metre", "m"], ["meter", "m"], ["cm", "cm"], ["kg", "kg"], ["kilograms", "kg"], ["kilogram", "kg"], ["kilos", "kg"],
  ["tonnes", "t"], ["tonne", "t"], ["tons", "t"], ["ton", "t"], ["litres", "L"], ["liters", "L"], ["barrels", "bbl"], ["barrel", "bbl"],
  ["hectares", "ha"], ["hectare", "ha"], ["mw", "MW"], ["megawatts", "MW"], ["gw", "GW"], ["gigawatts", "GW"], ["kw", "kW"], ["mph", "mph"], ["km/h", "km/h"],
]);

/** Scope: plural demonyms (people) and country names, normalised, mapped to an English country name. */
export const arabicDemonyms = new Map<string, string>([
  ["هنود", "India"], ["بريطانيين", "United Kingdom"], ["بريطانيون", "United Kingdom"], ["مصريين", "Egypt"], ["مصريون", "Egypt"],
  ["سعوديين", "Saudi Arabia"], ["سعوديون", "Saudi Arabia"], ["امريكيين", "United States"], ["امريكيون", "United States"], ["اميركيين", "United States"],
  ["فرنسيين", "France"], ["فرنسيون", "France"], ["المان", "Germany"], ["اتراك", "Turkey"], ["اردنيين", "Jordan"], ["اردنيون", "Jordan"],
  ["مغاربه", "Morocco"], ["عراقيين", "Iraq"], ["عراقيون", "Iraq"], ["سوريين", "Syria"], ["سوريون", "Syria"], ["لبنانيين", "Lebanon"], ["لبنانيون", "Lebanon"],
  ["فلسطينيين", "Palestine"], ["فلسطينيون", "Palestine"], ["اماراتيين", "United Arab Emirates"], ["قطريين", "Qatar"], ["كويتيين", "Kuwait"],
  ["تونسيين", "Tunisia"], ["جزائريين", "Algeria"], ["سودانيين", "Sudan"], ["يمنيين", "Yemen"], ["صينيين", "China"], ["يابانيين", "Japan"], ["روس", "Russia"],
]);
/** Country names count as scope only after a preposition (في الهند), never as a bare adjective. */
export const arabicCountries = new Map<string, string>([
  ["الهند", "India"], ["بريطانيا", "United Kingdom"], ["المملكه المتحده", "United Kingdom"], ["مصر", "Egypt"], ["السعوديه", "Saudi Arabia"],
  ["الولايات المتحده", "United States"], ["امريكا", "United States"], ["فرنسا", "France"], ["المانيا", "Germany"], ["تركيا", "Turkey"],
  ["الاردن", "Jordan"], ["المغرب", "Morocco"], ["العراق", "Iraq"], ["سوريا", "Syria"], ["لبنان", "Lebanon"], ["الامارات", "United Arab Emirates"],
  ["قطر", "Qatar"], ["الكويت", "Kuwait"], ["تونس", "Tunisia"], ["الجزائر", "Algeria"], ["السودان", "Sudan"], ["اليمن", "Yemen"], ["الصين", "China"],
  ["اليابان", "Japan"], ["روسيا", "Russia"], ["غزه", "Palestine"],
]);
export const englishDemonyms = new Map<string, string>([
  ["indians", "India"], ["britons", "United Kingdom"], ["egyptians", "Egypt"], ["saudis", "Saudi Arabia"], ["americans", "United States"],
  ["french", "France"], ["germans", "Germany"], ["jordanians", "Jordan"], ["moroccans", "Morocco"], ["iraqis", "Iraq"], ["syrians", "Syria"],
  ["lebanese", "Lebanon"], ["palestinians", "Palestine"], ["emiratis", "United Arab Emirates"], ["qataris", "Qatar"], ["kuwaitis", "Kuwait"],
  ["tunisians", "Tunisia"], ["algerians", "Algeria"], ["sudanese", "Sudan"], ["yemenis", "Yemen"], ["chinese", "China"], ["japanese", "Japan"], ["russians", "Russia"],
]);
/** Adjectives count only when they modify a plural noun of people or users (Indian users, not a British newspaper). */
export const englishNationalityAdjectives = new Map<string, string>([
  ["indian", "India"], ["british", "United Kingdom"], ["uk", "United Kingdom"], ["egyptian", "Egypt"], ["saudi", "Saudi Arabia"], ["american", "United States"],
  ["us", "United States"], ["german", "Germany"], ["jordanian", "Jordan"], ["moroccan", "Morocco"], ["iraqi", "Iraq"], ["syrian", "Syria"],
  ["palestinian", "Palestine"], ["emirati", "United Arab Emirates"], ["qatari", "Qatar"], ["kuwaiti", "Kuwait"], ["tunisian", "Tunisia"],
  ["algerian", "Algeria"], ["yemeni", "Yemen"], ["russian", "Russia"],
]);
export const englishCountries = new Map<string, string>([
  ["india", "India"], ["britain", "United Kingdom"], ["great britain", "United Kingdom"], ["the uk", "United Kingdom"], ["the united kingdom", "United Kingdom"],
  ["egypt", "Egypt"], ["saudi arabia", "Saudi Arabia"], ["the us", "United States"], ["the united states", "United States"], ["america", "United States"],
  ["france", "France"], ["germany", "Germany"], ["turkey", "Turkey"], ["jordan", "Jordan"], ["morocco", "Morocco"], ["iraq", "Iraq"], ["syria", "Syria"],
  ["lebanon", "Lebanon"], ["the uae", "United Arab Emirates"], ["qatar", "Qatar"], ["kuwait", "Kuwait"], ["tunisia", "Tunisia"], ["algeria", "Algeria"],
  ["sudan", "Sudan"], ["yemen", "Yemen"], ["china", "China"], ["japan", "Japan"], ["russia", "Russia"], ["gaza", "Palestine"],
]);

/** Words that never serve as a counted noun right after an Arabic number (particles, verbs of reporting). */
export const arabicSubjectStopWords = new Set([
  "في", "من", "الي", "علي", "عن", "مع", "حول", "منذ", "خلال", "عبر", "بين", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "او", "ثم", "قد",
  "لم", "لن", "ما", "لا", "ان", "كان", "كانت", "تم", "حيث", "بعد", "قبل", "عند", "حتي", "اي", "كل", "فقط", "تقريبا", "نحو", "لكن", "بل", "كما", "وقد",
  "هو", "هي", "هم", "وهو", "وهي", "يوميا", "سنويا", "شهريا", "اسبوعيا", "اضافيه", "جديده", "اخري", "فيما", "بينما", "وفق", "وفقا", "بحسب", "حسب",
  "اكثر", "اقل", "الاقل", "مقابل", "ضمن", "لدي", "بسبب",
]);
export const englishSubjectStopWords = new Set([
  "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a", "an", "this", "that", "these", "those", "is", "are", "was",
  "were", "be", "been", "has", "have", "had", "will", "would", "could", "should", "can", "may", "might", "than", "as", "per", "each",
  "more", "less", "over", "under", "about", "around", "since", "until", "after", "before", "during", "last", "this", "next", "so", "it", "its", "their",
  "his", "her", "our", "we", "they", "he", "she", "according", "said", "says", "ago", "earlier", "later", "alone", "only", "or", "more", "apiece", "each",
  "annually", "a", "every", "which", "who", "while", "when", "where", "if", "not", "also", "too", "total", "altogether", "up",
  "now", "then", "today", "yesterday", "tomorrow", "here", "there", "instead", "again",
]);
/** A verb of change before "from X to Y" makes two figures (before and after), not a range. */
export const englishChangeVerbs = /\b(?:rose|rise|rising|risen|fell|fall|falling|fallen|increased?|increasing|decreased?|decreasing|dropped|drop|climbed|grew|grown|jumped|declined?|went up|went down|surged|plunged|slipped|cut|raised|lowered|doubled)\b/i;
export const arabicChangeVerbs = /(?:ارتفع|ارتفاع|انخفض|انخفاض|تراجع|زاد|زياد|قفز|هبط|صعد|ارتفعت|انخفضت|تراجعت|زادت|قفزت|هبطت|نما|نمت|رفع|خفض|تقلص)/;
