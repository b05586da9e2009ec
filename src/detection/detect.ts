// Numeric-claim detection for Arabic and English news text. One left-to-right pass: a precompiled
// pattern finds candidate starts (digits, number words), and each candidate is parsed locally:
// number → scale → unit → counted noun, then qualifier and currency sign looked up just before it.
import {
  arabicChangeVerbs,
  arabicCollectiveNouns,
  arabicCountries,
  arabicCurrencies,
  arabicCurrencyNationalities,
  arabicDemonyms,
  arabicDirectionWords,
  arabicFeminineAdjectives,
  arabicMasculineNisbas,
  arabicMonths,
  arabicNumberWords,
  arabicOrdinals,
  arabicOrdinalTriggers,
  arabicRankedSingularNouns,
  arabicSubjectStopWords,
  arabicSuperlativeAfterOrdinal,
  arabicTwoWordMonths,
  arabicUnits,
  englishChangeVerbs,
  englishCountries,
  englishCurrencyPrefixes,
  englishCurrencyWords,
  englishDemonyms,
  englishDirectionWords,
  englishMonths,
  englishNationalityAdjectives,
  englishNumberWords,
  englishOrdinalFollowers,
  englishOrdinals,
  englishScaleWords,
  englishSubjectStopWords,
  englishUnits,
  nationalCurrencies,
  arabicCurrencyCities,
  type NumberWord,
} from "./lexicon";
import {
  digitValue,
  isArabicCliticPrefix,
  isArabicLetter,
  isLatinLetter,
  isLetter,
  createCliticIndex,
  createCliticPhraseIndex,
  normaliseWord,
  readPreviousWord,
  readWord,
  lookupWord,
  registerWords,
  setByNode,
  tableByNode,
  skipSpaces,
  skipSpacesBackward,
  wordEnd,
  wordStart,
  type WordSpan,
} from "./text-scan";
import * as lexicon from "./lexicon";
import { OffsetList, scanText } from "./scanner";
import type { Detection, DetectionKind, DetectionLanguage, Qualifier } from "./types";

interface NumberCore {
  start: number;
  end: number;
  /** Digits: all digits as an integer plus the count of decimals, so scaling stays exact (1,5 مليار → 15e9 / 10). */
  mantissa: number;
  decimals: number;
  /** Word numbers carry their value directly. */
  wordValue: number;
  isDigits: boolean;
  integerDigitCount: number;
  hasSeparator: boolean;
  /** A scale attached to the digits (5bn, 10k). */
  suffixScale: number;
  suffixUnit: string | null;
  hasOrdinalSuffix: boolean;
  /** Arabic word or digits with the article (الثلاثة، الـ31). */
  hasArticle: boolean;
  isFraction: boolean;
  /** واحد/واحدة follow their noun ("يوم واحد"). */
  isArabicOne: boolean;
  isEnglishOne: boolean;
  /** The words already included a scale (ثلاثة ملايين، two million). */
  hasWordScale: boolean;
  language: DetectionLanguage | null;
}

interface Measure {
  start: number;
  end: number;
  value: number;
  baseValue: number;
  scale: number;
  unit: string | null;
  kind: "quantity" | "percent" | "money";
  core: NumberCore;
}

/**
 * Each noun, and each noun with a possessive pronoun: مركزه، مرتبتها (a final ه is written ت before it), ذكراها
 * (ى is written ا). Function declarations are hoisted, so the indexes below can use it.
 */
function withPossessives(nouns: Iterable<string>): Map<string, { hasPronoun: boolean }> {
  const forms = new Map<string, { hasPronoun: boolean }>();
  for (const noun of nouns) {
    forms.set(noun, { hasPronoun: false });
    const base = noun.endsWith("ه") ? `${noun.slice(0, -1)}ت` : noun.endsWith("ي") ? `${noun.slice(0, -1)}ا` : noun;
    for (const pronoun of ["ه", "ها", "هم", "هما", "نا"]) if (!forms.has(base + pronoun)) forms.set(base + pronoun, { hasPronoun: true });
  }
  return forms;
}

const findArabicNumberWord = createCliticIndex(arabicNumberWords);
const findArabicNumberWordAfterConjunction = createCliticIndex(arabicNumberWords, ["", "و"]);
const findArabicOrdinal = createCliticIndex(arabicOrdinals);
const findArabicOrdinalTrigger = createCliticIndex(new Map([...arabicOrdinalTriggers].map((word) => [word, true])));
/** مركزه، مرتبتها: a ranking noun with a possessive pronoun, and no clitic in front. */
const findOrdinalTriggerWithPronoun = createCliticIndex(new Map([...withPossessives(arabicOrdinalTriggers)].filter(([, form]) => form.hasPronoun)), [""]);
/** The nouns a definite ten after them ranks: the ordinal triggers and شهر، عام، الذكرى …, with their possessives. */
const findRankingNoun = createCliticIndex(withPossessives([...arabicOrdinalTriggers, ...arabicRankedSingularNouns]));
const findArabicMonth = createCliticIndex(arabicMonths, ["", "و", "ف"]);
const findArabicDemonym = createCliticIndex(arabicDemonyms);
const findArabicFeminineAdjective = createCliticIndex(arabicFeminineAdjectives);
const findArabicMasculineNisba = createCliticIndex(arabicMasculineNisbas, [""]);
const findDefiniteMasculineNisba = createCliticIndex(arabicMasculineNisbas, ["ال"]);
const findArabicCollectiveNoun = createCliticIndex(new Map([...arabicCollectiveNouns].map((noun) => [noun, true])));
const findArabicAdministrativeUnit = createCliticIndex(new Map(["ولايه", "مدينه", "منطقه", "محافظه", "اقليم", "جزيره", "مقاطعه"].map((noun) => [noun, true])), [
  "",
  "و",
  "ب",
  "ل",
  "وب",
  "ول",
]);
/** Definite nouns whose masculine nisba names the country they belong to: الاقتصاد الهندي. */
const findArabicNationalNoun = createCliticIndex(new Map(["اقتصاد", "شعب", "سوق"].map((noun) => [noun, true])));
const arabicCountryPrefixes = ["", "ب", "ل", "و", "وب", "ول"];
const findArabicCountry = createCliticPhraseIndex(arabicCountries, arabicCountryPrefixes);
const findArabicCity = createCliticPhraseIndex(arabicCurrencyCities, arabicCountryPrefixes);
/** First words of the two-word country names with each clitic (الولايات، بالولايات…). */
const arabicCountryFirstWords = new Set(
  [...arabicCountries.keys()]
    .filter((name) => name.includes(" "))
    .flatMap((name) => arabicCountryPrefixes.map((prefix) => prefix + (name.split(" ")[0] ?? ""))),
);
const horizontalSpace = "[ \\t\\u00a0]";
/** englishCurrencyPrefixes as an array, so the loops over it allocate no iterator entries. */
const currencyPrefixList: readonly (readonly [string, string])[] = [...englishCurrencyPrefixes];

const noArabicLetterBefore = "(?:^|[^\\u0621-\\u064A])";
const noLatinLetterBefore = "(?:^|[^A-Za-z])";
function qualifierPattern(boundary: string, body: string, flags = ""): RegExp {
  return new RegExp(`${boundary}(${body.replaceAll(" ", `${horizontalSpace}+`)})${horizontalSpace}*$`, flags);
}
// Order matters: "ما لا يزيد على" (at most) must win over "يزيد على" (more than).
const qualifierPatterns: readonly [RegExp, Qualifier][] = [
  [qualifierPattern(noArabicLetterBefore, "(?:[وب]?ما )?لا [يت]قل عن|[وب]?على ال[اأ]قل|[وب]?[بك]حد [اأ]دن[ىي]"), "at least"],
  [
    qualifierPattern(noArabicLetterBefore, "(?:[وب]?ما )?لا [يت]زيد (?:على|عن)|[وب]?على ال[اأ]كثر|[وب]?[بك]حد [اأ]قص[ىي]|(?:لا|لم) [يت](?:تجاوز|تعد[ىي])"),
    "at most",
  ],
  [
    qualifierPattern(
      noArabicLetterBefore,
      "[وفبل]{0,2}[اأ]كثر من|[وب]?ما يزيد (?:على|عن)|يزيد (?:على|عن)|[وب]?[اأ]زيد من|(?:[وب]?ما )?يربو على|(?:[وب]?ما )?يفوق",
    ),
    "more than",
  ],
  [qualifierPattern(noArabicLetterBefore, "[وفبل]{0,2}[اأ]قل من|[وب]?ما [يت]قل عن|[يت]قل عن|دون"), "less than"],
  [qualifierPattern(noArabicLetterBefore, "[وفبل]{0,2}(?:نحو|حوالي|حوالى|قرابة|زهاء)|(?:[وب]?ما )?يقارب|[وب]?ما يقرب من|(?:[وب]?ما )?يناهز|~"), "about"],
  [qualifierPattern(noArabicLetterBefore, "(?:[وب]?ما )?[يت]صل (?:إلى|الى)|[وب]?حتى"), "up to"],
  [qualifierPattern(noLatinLetterBefore, "at least|no (?:fewer|less) than|not less than|a minimum of", "i"), "at least"],
  [qualifierPattern(noLatinLetterBefore, "at most|no more than|not more than|a maximum of", "i"), "at most"],
  [
    qualifierPattern(
      noLatinLetterBefore,
      "(?:just |well |slightly )?(?:more|greater|longer|higher) than|(?:just )?over|above|in excess of|upwards of|exceeding",
      "i",
    ),
    "more than",
  ],
  [qualifierPattern(noLatinLetterBefore, "(?:just |slightly )?(?:less|fewer) than|(?:just )?under|below", "i"), "less than"],
  [qualifierPattern(noLatinLetterBefore, "about|around|roughly|approximately|nearly|near|almost|some|close to|an estimated|estimated|circa", "i"), "about"],
  [qualifierPattern(noLatinLetterBefore, "up to|as many as|as much as|as high as", "i"), "up to"],
];
/** Every qualifier phrase ends with one of these words (with its clitics); the patterns only run after one of them. */
const qualifierFinalWords = new Set(
  [
    "من",
    "عن",
    "علي",
    "نحو",
    "حوالي",
    "قرابه",
    "زهاء",
    "يقارب",
    "يناهز",
    "يفوق",
    "دون",
    "الي",
    "حتي",
    "الاقل",
    "الاكثر",
    "اقصي",
    "ادني",
    "يتجاوز",
    "تتجاوز",
    "يتعدي",
    "تتعدي",
  ]
    .flatMap((word) => ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"].map((clitic) => clitic + word))
    .concat([
      "than",
      "least",
      "most",
      "over",
      "above",
      "of",
      "under",
      "below",
      "about",
      "around",
      "roughly",
      "approximately",
      "nearly",
      "near",
      "almost",
      "some",
      "to",
      "estimated",
      "circa",
      "as",
      "exceeding",
    ]),
);
const arabicQualifierPatterns = qualifierPatterns.filter(([pattern]) => pattern.source.startsWith(noArabicLetterBefore));
const englishQualifierPatterns = qualifierPatterns.filter(([pattern]) => pattern.source.startsWith(noLatinLetterBefore));
/** The normalised last word of each pattern's phrases, in qualifierPatterns order: a pattern can only match when the word before the number ends with one of them. */
const qualifierPatternFinalWords: readonly (readonly string[])[] = [
  ["عن", "الاقل", "ادني"],
  ["علي", "عن", "الاكثر", "اقصي", "يتجاوز", "تتجاوز", "يتعدي", "تتعدي"],
  ["من", "علي", "عن", "يفوق"],
  ["من", "عن", "دون"],
  ["نحو", "حوالي", "قرابه", "زهاء", "يقارب", "من", "يناهز"],
  ["الي", "حتي"],
  ["least", "than", "of"],
  ["most", "than", "of"],
  ["than", "over", "above", "of", "exceeding"],
  ["than", "under", "below"],
  ["about", "around", "roughly", "approximately", "nearly", "near", "almost", "some", "to", "estimated", "circa"],
  ["to", "as"],
];
/** For each gate word, the patterns of its script that may match, in order (a pattern whose phrases cannot end with the word is skipped). */
const qualifierPatternsByFinalWord = new Map<string, readonly [RegExp, Qualifier][]>();
for (const word of qualifierFinalWords) {
  const candidates = qualifierPatterns.filter(([pattern], index) => {
    const isArabicPattern = pattern.source.startsWith(noArabicLetterBefore);
    if (isArabicPattern !== isArabicLetter(word.charCodeAt(0))) return false;
    return (qualifierPatternFinalWords[index] ?? []).some((finalWord) => word.endsWith(finalWord));
  });
  qualifierPatternsByFinalWord.set(word, candidates);
}
const arabicPercentPattern = new RegExp(`${horizontalSpace}*(?:[٪%]|(?:في${horizontalSpace}+ال|بال)(?:مئ|مائ|ما|مي)[ةه](?![\\u0621-\\u064A]))`, "y"); // بالمية: the Levant's spelling
const englishPercentPattern = new RegExp(`${horizontalSpace}*(?:[%٪]|(?:per${horizontalSpace}?cent|percent|pct)\\b)`, "yi");
const percentagePointPattern = new RegExp(`${horizontalSpace}*(?:percentage${horizontalSpace}+points?\\b|نق(?:طة|اط)${horizontalSpace}+مئوية)`, "yi");
const celsiusPattern = new RegExp(
  `${horizontalSpace}*(?:°${horizontalSpace}?C\\b|º${horizontalSpace}?C\\b|degrees?${horizontalSpace}+(?:Celsius|C)\\b|درج(?:ة|ات)${horizontalSpace}+مئوية)`,
  "y",
);
const fahrenheitPattern = new RegExp(`${horizontalSpace}*(?:°${horizontalSpace}?F\\b|degrees?${horizontalSpace}+(?:Fahrenheit|F)\\b)`, "y");
const squareKilometrePattern = new RegExp(
  `${horizontalSpace}*(?:km²|square${horizontalSpace}+(?:kilometres|kilometers)|كيلومتر(?:ا|ات)?${horizontalSpace}+مربع(?:ا|ة)?)`,
  "y",
);
const numericDatePattern = /([0-9\u0660-\u0669]{1,2})[/.]([0-9\u0660-\u0669]{1,2})[/.]([0-9\u0660-\u0669]{4})(?![0-9\u0660-\u0669])/y;
const isoDatePattern = /([0-9\u0660-\u0669]{4})-([0-9\u0660-\u0669]{2})-([0-9\u0660-\u0669]{2})(?![0-9\u0660-\u0669])/y;
const arabicYearWords = new Set(["عام", "العام", "سنه", "السنه", "منذ", "لعام", "وعام", "مطلع", "اواخر", "اوائل", "بدايه", "نهايه", "حتي", "قبل", "بعد", "في"]);
const englishYearWords = new Set(["in", "since", "year", "until", "by", "before", "after", "of", "early", "late", "mid"]);
const arabicOneIdioms = new Set([
  "روح",
  "بروح",
  "ان",
  "دفعه",
  "وقت",
  "صوت",
  "بصوت",
  "نفس",
  "رجل",
  "كرجل",
  "يد",
  "يدا",
  "قلب",
  "كل",
  "الا",
  "رقم",
  "طرف",
  "جانب",
  "اتجاه",
  "صف",
  "صفا",
  "كيان",
  "جسد",
  "كجسد",
  "بيت",
]);
const arabicCountryPrepositions = new Set(["في", "من", "الي", "داخل", "عبر", "انحاء", "سكان", "مواطني"]);
const englishCountryPrepositions = new Set(["in", "across", "from", "throughout", "within", "inside"]);
const englishPeopleNouns = new Set([
  "people",
  "users",
  "adults",
  "children",
  "workers",
  "voters",
  "residents",
  "citizens",
  "households",
  "families",
  "students",
  "patients",
  "subscribers",
  "customers",
  "nationals",
  "tourists",
  "visitors",
  "men",
  "women",
]);
const rangeOnlyWithBetween = new Set(["and", "و"]);

// Scope words found by the scan of the text being processed; detect() is synchronous, so one slot suffices.
let scopeWordOffsets: OffsetList = new OffsetList();
let clauseBoundaries: OffsetList = new OffsetList();
const emptyOffsets = new OffsetList();

export function detect(text: string): Detection[] {
  const detections: Detection[] = [];
  currencyContext.clear();
  const { anchors, scopeWords, boundaries } = scanText(text);
  scopeWordOffsets = scopeWords;
  clauseBoundaries = boundaries;
  boundaryCursor = 0;
  scopeWordCursor = 0;
  const scopeWordCount = scopeWords.length >>> 1;
  if (arabicScopeCache.length < scopeWordCount) {
    arabicScopeCache = new Uint16Array(scopeWordCount);
    englishScopeCache = new Uint16Array(scopeWordCount);
    countryCache = new Uint16Array(scopeWordCount);
  } else {
    arabicScopeCache.fill(0, 0, scopeWordCount);
    englishScopeCache.fill(0, 0, scopeWordCount);
    countryCache.fill(0, 0, scopeWordCount);
  }
  let floor = 0;
  const anchorOffsets = anchors.values;
  for (let anchorIndex = 0; anchorIndex < anchors.length; anchorIndex += 1) {
    const anchor = anchorOffsets[anchorIndex] ?? 0;
    if (anchor < floor) continue;
    const detection = parseAt(text, anchor, floor);
    if (detection !== null) {
      detections.push(detection);
      floor = detection.end;
    }
  }
  scopeWordOffsets = emptyOffsets;
  clauseBoundaries = emptyOffsets;
  return detections;
}

function isAfterRankNoun(text: string, digitsStart: number): boolean {
  const last = text.charCodeAt(skipSpacesBackward(text, digitsStart) - 1);
  if (last !== 0x629 && last !== 0x647 && last !== 0x632) return false; // مرتبة، مركز: most numbers follow no such word
  const noun = readPreviousWord(text, digitsStart);
  if (noun === null || noun.end !== skipSpacesBackward(text, digitsStart)) return false;
  const trigger = findArabicOrdinalTrigger(noun);
  return trigger !== null && trigger.hasArticle && (noun.normalised.endsWith("مرتبه") || noun.normalised.endsWith("مركز"));
}

/** "خلال الأربع والعشرين ساعة الماضية": a definite number of hours or days is a duration, not a reference. */
function isDefiniteDuration(text: string, core: NumberCore): boolean {
  if (core.language !== "ar" || core.isFraction) return false;
  const noun = readWord(text, core.end);
  return noun !== null && arabicTimeNouns.has(noun.normalised);
}
const arabicTimeNouns = new Set([
  "ساعه",
  "ساعات",
  "يوما",
  "يوم",
  "ايام",
  "شهرا",
  "اشهر",
  "شهور",
  "عاما",
  "سنه",
  "سنوات",
  "اعوام",
  "دقيقه",
  "دقائق",
  "اسبوعا",
  "اسابيع",
]);

/**
 * الأربعين من عمره، سن الثلاثين: where a definite number word that is an age starts (سن belongs to it, so that
 * "دون سن الثلاثين" finds its qualifier), or -1 when it is no age.
 */
function arabicAgeStart(text: string, core: NumberCore): number {
  if (core.language !== "ar") return -1;
  const age = readPreviousWord(text, core.start);
  if (age !== null && age.normalised === "سن") return age.start;
  const of = readWord(text, core.end);
  const life = of?.normalised === "من" ? readWord(text, of.end) : null;
  return life !== null && life.normalised.startsWith("عمر") ? core.start : -1;
}

function isPercentSignBefore(text: string, digitsStart: number): boolean {
  const sign = text.charCodeAt(digitsStart - 1);
  if (sign !== 0x25 && sign !== 0x66a) return false;
  const before = text.charCodeAt(digitsStart - 2);
  return (digitsStart === 1 || isSpaceCode(before)) && isArabicLetter(text.charCodeAt(skipSpacesBackward(text, digitsStart - 1) - 1));
}

const belowZeroPattern = new RegExp(`${horizontalSpace}+(?:تحت${horizontalSpace}+الصفر|below${horizontalSpace}+(?:zero|freezing))`, "y");

function isMinusAt(text: string, position: number): boolean {
  const sign = text.charCodeAt(position);
  if (sign !== 0x2d && sign !== 0x2212) return false;
  const before = text.charCodeAt(position - 1);
  return position === 0 || isSpaceCode(before) || before === 0x28 || before === 0x0a;
}

const slashFractionPattern = /([1-9])\/([1-9][0-9]?)(?=[ \t]+of\b)/y;

/** "طفل من كل ثلاثة أطفال", "شابا من كل ثلاثة": the noun before من كل stands for one of them. */
function implicitOneRatio(text: string, core: NumberCore, floor: number): Detection | null {
  if (core.language !== "ar" || core.hasWordScale || core.decimals > 0 || core.isFraction) return null;
  if (text.charCodeAt(skipSpacesBackward(text, core.start) - 1) !== 0x644) return null; // كل ends in ل: most numbers follow no كل
  const every = readPreviousWord(text, core.start);
  if (every === null || every.key !== "كل") return null;
  const of = readPreviousWord(text, every.start);
  if (of === null || of.key !== "من") return null;
  const noun = readPreviousWord(text, of.start);
  if (noun === null || noun.start < floor || !noun.isArabic || noun.normalised.startsWith("ال") || !isCountedNounBefore(noun)) return null;
  if (findArabicNumberWord(noun) !== null) return null;
  const denominator = coreValue(core, 1);
  if (!(denominator >= 2)) return null;
  let end = core.end;
  let subject: string | null = null;
  const following = readSubjectAfter(text, end, "ar");
  if (following !== null) {
    subject = text.slice(following.start, following.end);
    end = following.end;
  }
  return finish(text, noun.start, end, 1 / denominator, "ratio", null, "exact", subject, "ar", 0.75);
}

function isNumberSeparator(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x66b || code === 0x66c;
}

function parseAt(text: string, anchor: number, floor: number): Detection | null {
  const isDigitAnchor = digitValue(text.charCodeAt(anchor)) >= 0;
  if (!isDigitAnchor) {
    const ordinal = parseOrdinalWord(text, anchor, floor);
    if (ordinal !== null) return ordinal;
  } else {
    // "2/3 of the budget": a fraction written with a slash.
    slashFractionPattern.lastIndex = anchor;
    const slash = slashFractionPattern.exec(text);
    if (slash !== null && (anchor === 0 || !isLetter(text.charCodeAt(anchor - 1)))) {
      const numerator = Number(slash[1]);
      const denominator = Number(slash[2]);
      if (numerator < denominator) return finish(text, anchor, anchor + slash[0].length, numerator / denominator, "ratio", null, "exact", null, null, 0.75);
    }
  }
  const core = isDigitAnchor ? parseDigitCore(text, anchor, floor, primaryCore) : parseWordCore(text, wordStart(text, anchor + 1), floor, primaryCore);
  if (core === null) return null;
  const implicitOne = implicitOneRatio(text, core, floor);
  if (implicitOne !== null) return implicitOne;

  if (core.isDigits && core.decimals === 0 && !core.hasSeparator && core.suffixScale === 1 && core.suffixUnit === null) {
    const date = parseDate(text, core, floor);
    if (date !== null) return date;
  }
  if (core.hasOrdinalSuffix) return finish(text, core.start, core.end, core.mantissa, "ordinal", null, "exact", null, core.language, 0.8);
  // المرتبة 55، المركز 3: a rank written in digits.
  if (core.isDigits && core.decimals === 0 && !core.hasSeparator && isAfterRankNoun(text, core.start)) {
    return finish(text, core.start, core.end, core.mantissa, "ordinal", null, "exact", null, core.language, 0.75);
  }
  // الثلاثة، the three: a reference, not a count; but "في الأربعين من عمره" and "دون سن الثلاثين" are ages.
  const ageStart = !core.isDigits && core.hasArticle ? arabicAgeStart(text, core) : -1;
  if (ageStart >= 0) core.start = ageStart;
  else if (!core.isDigits && core.hasArticle && !isDefiniteDuration(text, core)) {
    // "دخلت الحرب شهرها العشرين", "الدورة الخمسين": Arabic writes the twentieth with the cardinal's word.
    if (isDefiniteTenAfterRankedNoun(text, core)) return finish(text, core.start, core.end, core.wordValue, "ordinal", null, "exact", null, "ar", 0.7);
    // "بنحو الربع": a definite fraction after a qualifier is a share.
    const leading = core.isFraction && core.language === "ar" ? qualifierBefore(text, core.start, floor) : null;
    if (leading === null) return null;
    return finish(text, leading.start, core.end, core.wordValue, "ratio", null, leading.qualifier, null, core.language, 0.7);
  }
  if (!core.isDigits && core.language === "en" && isPrecededBy(text, core.start, /\bthe$/i)) return null;

  if (core.isFraction) return parseFractionShare(text, core, floor);

  const ratio = parseRatio(text, core, floor);
  if (ratio !== null) return ratio;
  // "one of the", "no one": not a count unless a scale, a ratio or a unit of time follows ("in one week").
  const afterOne = core.isEnglishOne ? (readWord(text, core.end)?.normalised ?? "") : "";
  if (core.isEnglishOne && !englishTimeUnits.has(afterOne) && !englishPersonNouns.has(afterOne) && qualifierBefore(text, core.start, floor) === null)
    return null;

  if (core.isDigits && isLabelledIdentifier(text, core.start)) return null;
  const measure = parseMeasure(text, core, primaryMeasure);
  const currencyStart = currencyPrefixStart(text, measure, floor);
  if (currencyStart !== null) {
    measure.start = currencyStart.start;
    measure.unit = currencyStart.unit;
    measure.kind = "money";
  }

  if (core.hasArticle && core.isDigits && measure.unit === null && measure.scale === 1 && !followsSoundPlural(text, core.start)) {
    // الـ31 without a month: "the 31st" (a session, an edition); but "الساعات الـ24" counts hours.
    return finish(text, core.start, core.end, core.mantissa / 10 ** core.decimals, "ordinal", null, "exact", null, core.language, 0.6);
  }

  // "%12": Arabic typesetting often puts the sign before the number.
  if (core.isDigits && measure.unit === null && measure.scale === 1 && isPercentSignBefore(text, measure.start)) {
    measure.start -= 1;
    measure.unit = "percent";
    measure.kind = "percent";
  }
  // "5 درجات تحت الصفر", "5C below zero"
  if ((measure.unit === "°C" || measure.unit === "°F") && measure.value > 0) {
    const belowZero = stickyMatch(belowZeroPattern, text, measure.end);
    if (belowZero !== null) {
      measure.end = belowZero;
      measure.value = -measure.value;
    }
  }
  // "-18°C", "−2.5%": a minus sign standing alone before a temperature or a percentage.
  if (core.isDigits && (measure.unit === "°C" || measure.unit === "°F" || measure.unit === "percent") && isMinusAt(text, measure.start - 1)) {
    measure.start -= 1;
    measure.value = -measure.value;
  }
  const range = parseRange(text, measure, floor);
  let start = measure.start;
  let end = measure.end;
  let value = measure.value;
  let valueHigh: number | undefined;
  let unit = measure.unit;
  let kind: DetectionKind = measure.kind;
  if (range !== null) {
    start = range.start;
    end = range.high.end;
    value = range.lowValue;
    valueHigh = range.high.value;
    unit = range.unit;
    kind = "range";
  }

  let subject: string | null = null;
  if (unit === null && !core.isArabicOne) {
    const following = readSubjectAfter(text, end, core.language ?? languageAround(text, start, end));
    if (following !== null) {
      subject = text.slice(following.start, following.end);
      end = following.end;
    }
  }
  if (core.isArabicOne && range === null) {
    const noun = readPreviousWord(text, core.start);
    if (noun === null || noun.start < floor || !isArabicLetter(text.charCodeAt(noun.start)) || !isCountedNounBefore(noun)) return null;
    // متر واحد: a unit counted once; يوم واحد: a counted noun.
    const nounUnit = lookupWord(arabicUnitsByNode, noun);
    if (nounUnit !== undefined && unit === null) unit = nounUnit;
    else subject = text.slice(noun.start, noun.end);
    start = noun.start;
  }

  let qualifier: Qualifier = "exact";
  let leading = qualifierBefore(text, start, floor);
  // "حتى 2020" is "until 2020", a date, whereas "حتى 50 ألفا" is "up to 50,000".
  if (leading !== null && isYearLike(core, measure) && subject === null && /حت[ىي]/.test(text.slice(leading.start, start))) leading = null;
  if (leading !== null && leading.qualifier === "more than" && isPeriodAfterOver(text, leading.start, start, subject, end)) leading = null;
  if (leading !== null) {
    qualifier = leading.qualifier;
    start = leading.start;
  }
  const trailing = qualifierAfter(text, end);
  if (trailing !== null) {
    if (qualifier === "exact") qualifier = trailing.qualifier;
    end = trailing.end;
  }
  if (subject === null && unit === null) subject = subjectBeforeCount(text, start, floor);

  // A bare four-digit number between 1900 and 2099 is a year unless something marks it as a count.
  if (range === null && isYearLike(core, measure) && leading === null && unit === null && !isEnglishCountOfYearSize(text, core, subject)) {
    return finish(text, core.start, yearEnd(text, core.end), core.mantissa, "date", null, "exact", null, core.language, 0.8, undefined, String(core.mantissa));
  }
  if (range !== null && isYearLike(core, measure) && range.high.core.integerDigitCount === 4) subject = null;

  let confidence = core.isDigits ? 0.85 : 0.7;
  if (qualifier !== "exact") confidence += 0.05;
  if (unit !== null || subject !== null) confidence += 0.05;
  return finish(text, start, end, value, kind, unit, qualifier, subject, core.language, confidence, valueHigh);
}

function finish(
  text: string,
  start: number,
  end: number,
  value: number | null,
  kind: DetectionKind,
  unit: string | null,
  qualifier: Qualifier,
  subject: string | null,
  coreLanguage: DetectionLanguage | null,
  confidence: number,
  valueHigh?: number,
  date?: string,
): Detection {
  const language = coreLanguage ?? languageAround(text, start, end);
  const scope = kind === "date" || kind === "ordinal" ? null : findScope(text, start, end, language);
  const spanText = text.slice(start, end);
  const rounded = Math.min(0.99, Math.round(confidence * 100) / 100);
  // Built in its final shape (valueHigh and date last, as before) rather than grown a property at a time.
  if (valueHigh === undefined && date === undefined) {
    return { start, end, text: spanText, value, unit, kind, qualifier, subject, scope, confidence: rounded, language };
  }
  if (date === undefined) {
    return { start, end, text: spanText, value, unit, kind, qualifier, subject, scope, confidence: rounded, language, valueHigh };
  }
  if (valueHigh === undefined) {
    return { start, end, text: spanText, value, unit, kind, qualifier, subject, scope, confidence: rounded, language, date };
  }
  return { start, end, text: spanText, value, unit, kind, qualifier, subject, scope, confidence: rounded, language, valueHigh, date };
}

// ---------------------------------------------------------------------------------------------
// Numbers

function createCore(): NumberCore {
  return {
    start: 0,
    end: 0,
    mantissa: 0,
    decimals: 0,
    wordValue: 0,
    isDigits: false,
    integerDigitCount: 0,
    hasSeparator: false,
    suffixScale: 1,
    suffixUnit: null,
    hasOrdinalSuffix: false,
    hasArticle: false,
    isFraction: false,
    isArabicOne: false,
    isEnglishOne: false,
    hasWordScale: false,
    language: null,
  };
}

/** Cores are scratch: one for the number being parsed, one for the second number of a range or ratio. */
const primaryCore = createCore();
const secondaryCore = createCore();

function resetCore(core: NumberCore, start: number): NumberCore {
  core.start = start;
  core.end = start;
  core.mantissa = 0;
  core.decimals = 0;
  core.wordValue = 0;
  core.isDigits = false;
  core.integerDigitCount = 0;
  core.hasSeparator = false;
  core.suffixScale = 1;
  core.suffixUnit = null;
  core.hasOrdinalSuffix = false;
  core.hasArticle = false;
  core.isFraction = false;
  core.isArabicOne = false;
  core.isEnglishOne = false;
  core.hasWordScale = false;
  core.language = null;
  return core;
}

function coreValue(core: NumberCore, scale: number): number {
  if (core.isDigits) return (core.mantissa * scale) / 10 ** core.decimals;
  return core.wordValue * scale;
}

const digitSuffixScales = new Map<string, number>([
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["bn", 1e9],
  ["b", 1e9],
  ["tn", 1e12],
  ["tr", 1e12], // Rs8.4tr, in Pakistani papers
]);
const digitSuffixUnits = new Map<string, string>([
  ["tb", "TB"],
  ["gb", "GB"],
  ["pb", "PB"],
  ["mbps", "Mbps"],
  ["mm", "mm"],
  ["gbps", "Gbps"],
  ["km", "km"],
  ["kg", "kg"],
  ["cm", "cm"],
  ["mw", "MW"],
  ["gw", "GW"],
  ["kw", "kW"],
  ["mph", "mph"],
]);
const ordinalSuffixes = new Set(["st", "nd", "rd", "th"]);

function parseDigitCore(text: string, position: number, floor: number, target: NumberCore): NumberCore | null {
  const core = resetCore(target, position);
  core.isDigits = true;
  const before = text.charCodeAt(position - 1);
  if (position > 0) {
    if (isLatinLetter(before) && !isLetterSignedAmount(text, position)) return null; // G20, A380; but R900 million is rand
    // COVID-19, كوفيد-19; but "mid-2024" is a year
    if (
      (before === 0x2d || before === 0x2010) &&
      isLetter(text.charCodeAt(position - 2)) &&
      text.slice(Math.max(0, position - 4), position - 1).toLowerCase() !== "mid"
    )
      return null;
    if (before === 0x2f || before === 0x3a) return null; // 24/7, 10:30 tails
    if (isArabicLetter(before)) {
      const prefixStart = Math.max(wordStart(text, position), floor);
      const prefix = normaliseWord(text.slice(prefixStart, position));
      if (!isArabicCliticPrefix(prefix)) return null;
      core.hasArticle = prefix.endsWith("ال") || prefix.endsWith("لل");
    }
  }
  // Fast path: a plain run of digits, no separators (most numbers).
  let plainEnd = position;
  let plainValue = 0;
  let significantDigits = 0;
  for (let digit = digitValue(text.charCodeAt(plainEnd)); digit >= 0; digit = digitValue(text.charCodeAt(plainEnd))) {
    plainValue = plainValue * 10 + digit;
    if (plainValue > 0) significantDigits += 1;
    plainEnd += 1;
  }
  // "1 200 هكتار", "1 200 000": a space between thousands (Maghreb and French typesetting, and any no-break or thin space).
  if (plainEnd - position <= 3 && digitValue(text.charCodeAt(position)) > 0) {
    while (isThousandsSpaceAt(text, plainEnd, position)) {
      for (let offset = 1; offset <= 3; offset += 1) plainValue = plainValue * 10 + digitValue(text.charCodeAt(plainEnd + offset));
      significantDigits += 3;
      plainEnd += 4;
    }
  }
  if (!(isNumberSeparator(text.charCodeAt(plainEnd)) && digitValue(text.charCodeAt(plainEnd + 1)) >= 0)) {
    if (plainEnd - position > 15) return null;
    if (plainEnd - position >= 3 && digitValue(text.charCodeAt(position)) === 0) return null; // 0123456789, 007: an identifier
    core.end = plainEnd;
    core.mantissa = plainValue;
    core.integerDigitCount = Math.max(significantDigits, 1);
    return finishDigitCore(text, core, position);
  }
  // Digit groups between separators, read in place: offsets and lengths, no strings.
  let groupCount = 0;
  let index = position;
  let groupStart = position;
  while (index < text.length) {
    if (digitValue(text.charCodeAt(index)) >= 0) {
      index += 1;
      continue;
    }
    const code = text.charCodeAt(index);
    if (isNumberSeparator(code) && digitValue(text.charCodeAt(index + 1)) >= 0) {
      groupCount = pushGroup(groupCount, groupStart, index - groupStart, code);
      index += 1;
      groupStart = index;
      continue;
    }
    break;
  }
  groupCount = pushGroup(groupCount, groupStart, index - groupStart, 0);
  let reading = readDigitGroups(groupCount);
  // "زهاء 1.300 حالة": in Arabic text a lone point before three digits groups thousands, unless a scale word or a
  // dinar follows (2.500 دينار is two and a half dinars: a dinar has 1,000 fils).
  if (reading.hasFraction && groupCount === 2 && groupSeparators[0] === 0x2e && groupLengths[1] === 3 && digitValue(text.charCodeAt(position)) > 0) {
    const after = readWord(text, index);
    const isArabicText = languageAround(text, position, index) === "ar";
    if (isArabicText && (after === null || (findArabicNumberWord(after) === null && lookupWord(arabicCurrenciesByNode, after) !== "KWD")))
      reading = readingOf(2, false);
  }
  const used = reading.groupsUsed;
  let usedLength = used - 1;
  for (let group = 0; group < used; group += 1) usedLength += groupLengths[group] ?? 0;
  core.end = position + usedLength;
  const fractionLength = reading.hasFraction ? (groupLengths[used - 1] ?? 0) : 0;
  const digitCount = usedLength - (used - 1);
  if (digitCount > 15) return null; // phone numbers, identifiers
  // All used digits as one integer (≤ 15 digits, so exact), with the fraction's length as its decimals.
  let mantissa = 0;
  let leadingZeros = 0;
  let leading = true;
  for (let group = 0; group < used; group += 1) {
    const groupStartOffset = groupStarts[group] ?? 0;
    const length = groupLengths[group] ?? 0;
    const isFraction = reading.hasFraction && group === used - 1;
    for (let offset = 0; offset < length; offset += 1) {
      const digit = digitValue(text.charCodeAt(groupStartOffset + offset));
      mantissa = mantissa * 10 + digit;
      if (!isFraction && leading && digit === 0) leadingZeros += 1;
      else leading = false;
    }
  }
  const integerLength = digitCount - fractionLength;
  core.mantissa = mantissa;
  core.decimals = fractionLength;
  core.integerDigitCount = Math.max(integerLength - leadingZeros, 1);
  core.hasSeparator = used > 1;
  return finishDigitCore(text, core, position);
}

/** A space that groups thousands: exactly three digits after it and none right after those; a plain space only in Arabic text. */
function isThousandsSpaceAt(text: string, position: number, numberStart: number): boolean {
  const space = text.charCodeAt(position);
  const isNarrow = space === 0xa0 || space === 0x202f || space === 0x2009;
  if (!isNarrow && space !== 0x20) return false;
  for (let offset = 1; offset <= 3; offset += 1) if (digitValue(text.charCodeAt(position + offset)) < 0) return false;
  const after = text.charCodeAt(position + 4);
  if (digitValue(after) >= 0 || isNumberSeparator(after) || after === 0x2f || after === 0x3a) return false;
  return isNarrow || isArabicLetter(text.charCodeAt(skipSpacesBackward(text, numberStart) - 1));
}

/**
 * The currency signs made of letters (KSh, SR, Dh, R …, not the ISO codes), longest first so that KSh is tried
 * before Sh and SR before R.
 */
const amountLetterSigns = [...englishCurrencyPrefixes.keys()]
  .filter((sign) => /^[A-Za-z]+$/.test(sign) && !/^[A-Z]{3}$/.test(sign))
  .sort((left, right) => right.length - left.length);

/**
 * A currency written as letters against the digits. Rs is always rupees (Rs10.20). The others need a scale after the
 * amount (R900 million, N2.5 trillion, Sh346 billion, R254-billion), or: R cents (R28.79 an hour), a sign of two or
 * more letters any separator (Sh20,000). "R2", "N95" and "SR5" are names.
 */
function isLetterSignedAmount(text: string, digitsStart: number): boolean {
  if (text.charCodeAt(digitsStart - 1) === 0x73 && text.charCodeAt(digitsStart - 2) === 0x52 && !isLetter(text.charCodeAt(digitsStart - 3))) return true;
  const sign = amountLetterSigns.find((candidate) => text.startsWith(candidate, digitsStart - candidate.length));
  if (sign === undefined) return false;
  const beforeSign = text.charCodeAt(digitsStart - sign.length - 1);
  if (isLetter(beforeSign) || digitValue(beforeSign) >= 0) return false;
  let index = digitsStart;
  let hasSeparator = false;
  while (digitValue(text.charCodeAt(index)) >= 0 || (isNumberSeparator(text.charCodeAt(index)) && digitValue(text.charCodeAt(index + 1)) >= 0)) {
    if (isNumberSeparator(text.charCodeAt(index))) hasSeparator = true;
    index += 1;
  }
  const hasCents = text.charCodeAt(index - 3) === 0x2e && digitValue(text.charCodeAt(index - 1)) >= 0 && digitValue(text.charCodeAt(index - 2)) >= 0;
  if (sign === "R" ? hasCents : sign.length > 1 && hasSeparator) return true;
  return englishScaleAfter(text, index) !== null;
}

/** An English scale word right after the digits ending at position: "450 billion", or joined by a hyphen from a million up ("R254-billion"). */
function englishScaleAfter(text: string, position: number): { scale: number; end: number } | null {
  const isHyphen = text.charCodeAt(position) === 0x2d;
  if (isHyphen && !isLatinLetter(text.charCodeAt(position + 1))) return null;
  const word = readWord(text, isHyphen ? position + 1 : position);
  const scale = word === null || word.isArabic ? undefined : lookupWord(englishScaleWordsByNode, word);
  if (word === null || scale === undefined || (isHyphen && scale < 1e6)) return null;
  return { scale, end: word.end };
}

/** What follows the digits: a time or fraction rules them out; a suffix may be a scale, unit or ordinal. */
function finishDigitCore(text: string, core: NumberCore, position: number): NumberCore | null {
  const next = text.charCodeAt(core.end);
  if (next === 0x3a && digitValue(text.charCodeAt(core.end + 1)) >= 0) return null; // a time, 10:30
  if (next === 0x2f && digitValue(text.charCodeAt(core.end + 1)) >= 0 && !numericDateAhead(text, position)) return null;
  if (isLatinLetter(next)) {
    const suffixEnd = wordEnd(text, core.end);
    const written = text.slice(core.end, suffixEnd);
    const suffix = written.toLowerCase();
    // "the 1,500m world record", "won the 100m": a race's distance, not millions ("£350m", "3m units").
    const isRaceDistance = suffix === "m" && readPreviousWord(text, position)?.key === "the";
    const scale = isRaceDistance ? undefined : digitSuffixScales.get(suffix);
    // 40.3C, 98F: temperatures; a lower-case c is cents.
    const unit = isRaceDistance ? "m" : written === "C" ? "°C" : written === "F" ? "°F" : digitSuffixUnits.get(suffix);
    if (scale !== undefined) core.suffixScale = scale;
    else if (unit !== undefined) core.suffixUnit = unit;
    else if (ordinalSuffixes.has(suffix) && core.decimals === 0) core.hasOrdinalSuffix = true;
    else if (suffix === "pc")
      core.suffixUnit = "percent"; // 3.5pc, in British papers
    else return null; // 5G, 3D, 10am, 1990s
    core.end = suffixEnd;
  } else if (next === 0x2d) {
    // "R254-billion", "R1-trillion": South African papers join the scale with a hyphen.
    const hyphenated = englishScaleAfter(text, core.end);
    if (hyphenated !== null) {
      core.suffixScale = hyphenated.scale;
      core.end = hyphenated.end;
    }
  }
  core.language = languageAround(text, position, core.end);
  return core;
}

function numericDateAhead(text: string, position: number): boolean {
  numericDatePattern.lastIndex = position;
  return numericDatePattern.test(text);
}

// Scratch for parseDigitCore: each digit group's offset and length, and the separator after it (0 for none).
let groupStarts: Int32Array = new Int32Array(16);
let groupLengths: Int32Array = new Int32Array(16);
let groupSeparators: Int32Array = new Int32Array(16);

function pushGroup(count: number, start: number, length: number, separator: number): number {
  if (count === groupStarts.length) {
    const grow = (values: Int32Array): Int32Array => {
      const grown = new Int32Array(values.length * 2);
      grown.set(values);
      return grown;
    };
    groupStarts = grow(groupStarts);
    groupLengths = grow(groupLengths);
    groupSeparators = grow(groupSeparators);
  }
  groupStarts[count] = start;
  groupLengths[count] = length;
  groupSeparators[count] = separator;
  return count + 1;
}

interface DigitReading {
  /** Groups that belong to the number, the fraction (when there is one) last. */
  groupsUsed: number;
  hasFraction: boolean;
}
const digitReading: DigitReading = { groupsUsed: 1, hasFraction: false };

function readingOf(groupsUsed: number, hasFraction: boolean): DigitReading {
  digitReading.groupsUsed = groupsUsed;
  digitReading.hasFraction = hasFraction;
  return digitReading;
}

/**
 * Decides which separators group thousands and which one is the decimal point:
 * ٫ is always decimal and ٬ always thousands; several identical separators followed by three digits are
 * thousands (1.200.000, 1,200,000); a lone comma before exactly three digits is thousands (2,500),
 * before one or two it is a decimal comma (1,5 مليار); with both "," and "." the last one is decimal.
 * Reads the groups pushGroup recorded; the separator after group i is groupSeparators[i].
 */
function readDigitGroups(groupCount: number): DigitReading {
  const separatorCount = groupCount - 1;
  if (separatorCount === 0) return readingOf(1, false);
  let arabicDecimal = -1;
  let hasComma = false;
  let hasDot = false;
  for (let index = 0; index < separatorCount; index += 1) {
    const separator = groupSeparators[index] ?? 0;
    if (separator === 0x66b && arabicDecimal < 0) arabicDecimal = index;
    if (separator === 0x2c) hasComma = true;
    if (separator === 0x2e) hasDot = true;
  }
  let decimalIndex = -1;
  if (arabicDecimal >= 0) decimalIndex = arabicDecimal;
  else if (hasComma && hasDot) decimalIndex = separatorCount - 1;
  else if (separatorCount === 1 && groupSeparators[0] !== 0x66c) {
    decimalIndex = groupSeparators[0] === 0x2e || groupLengths[1] !== 3 ? 0 : -1;
  }
  let groupsUsed = 1;
  const thousandsEnd = decimalIndex >= 0 ? decimalIndex : separatorCount;
  for (let index = 0; index < thousandsEnd; index += 1) {
    if (groupLengths[index + 1] !== 3) return readingOf(groupsUsed, false);
    groupsUsed += 1;
  }
  if (decimalIndex >= 0 && groupsUsed === decimalIndex + 1) return readingOf(groupsUsed + 1, true);
  return readingOf(groupsUsed, false);
}

interface WordToken {
  span: WordSpan;
  entry: NumberWord;
  hasConjunction: boolean;
  hasArticle: boolean;
}

function lookupNumberWord(span: WordSpan, isFirst: boolean): WordToken | null {
  if (span.isArabic) {
    const match = (isFirst ? findArabicNumberWord : findArabicNumberWordAfterConjunction)(span);
    if (match === null) return null;
    // ست alone after a preposition is mostly "لست" (I am not) or "بست"; accept it only bare or after و.
    if (match.entry.value === 6 && span.normalised.endsWith("ست") && match.prefix !== "" && match.prefix !== "و") return null;
    return { span, entry: match.entry, hasConjunction: match.prefix === "و", hasArticle: match.hasArticle };
  }
  const entry = lookupWord(englishNumberWordsByNode, span);
  return entry === undefined ? null : { span, entry, hasConjunction: false, hasArticle: false };
}

/** A fraction a unit multiplies: ثلاثة أرباع، ثلثا; in English any ("one third", "two-thirds"). "أربع نصف" is two figures. */
function isMultipliedFraction(span: WordSpan): boolean {
  return !span.isArabic || /(?:ارباع|اخماس|اثلاث|ثلثا|ثلثي)$/.test(span.normalised);
}

/** "الأربع والعشرين": in a definite compound the second number carries the article too. */
function definiteAfterConjunction(span: WordSpan): WordToken | null {
  if (!span.isArabic) return null;
  const match = findArabicNumberWord(span);
  return match !== null && match.prefix === "وال" ? { span, entry: match.entry, hasConjunction: true, hasArticle: true } : null;
}

function parseWordCore(text: string, start: number, floor: number, target: NumberCore): NumberCore | null {
  if (start < floor) return null;
  const core = resetCore(target, start);
  let total = 0;
  let current = 0;
  let lastRole: NumberWord["role"] | null = null;
  let lastScale = 0;
  let lastScaleEnd = start;
  let tokenCount = 0;
  let position = start;
  let pendingConjunction = false;
  let onlyFractions = true;
  let firstWord: WordToken | null = null;
  for (;;) {
    const span = readWord(text, position);
    if (span === null || (tokenCount === 0 && span.start !== start)) break;
    if (!span.isArabic && tokenCount > 0 && (span.key === "and" || span.key === "a" || span.key === "an")) {
      let after = readWord(text, span.end);
      if (span.key === "and" && after !== null && (after.key === "a" || after.key === "an")) after = readWord(text, after.end);
      const afterToken = after === null ? null : lookupNumberWord(after, false);
      if (afterToken === null) break;
      if (span.key === "and") pendingConjunction = true;
      position = span.end;
      continue;
    }
    if (span.isArabic && span.key === "و" && tokenCount > 0) {
      pendingConjunction = true;
      position = span.end;
      continue;
    }
    const token = lookupNumberWord(span, tokenCount === 0) ?? (tokenCount > 0 && core.hasArticle ? definiteAfterConjunction(span) : null);
    if (token === null) break;
    if (tokenCount > 0 && span.isArabic !== (core.language === "ar")) break;
    const conjunction = pendingConjunction || token.hasConjunction;
    let { value, role } = token.entry;
    // خُمس الحالات: written without vowels, "five" before a definite noun is "a fifth" (five takes an indefinite one).
    if (tokenCount === 0 && value === 5 && role === "unit" && span.normalised === "خمس" && isDefiniteNounAt(text, span.end)) {
      value = 0.2;
      role = "fraction";
    }
    let accepted = true;
    if (role === "unit") {
      if (value === 10 && lastRole === "unit" && !conjunction && current % 100 > 0 && current % 100 < 10) current += 10;
      else if (value === 10 && lastRole === "unit" && conjunction && span.isArabic)
        accepted = false; // بين خمسة وعشرة آلاف: two figures
      else if (lastRole === "unit" && !conjunction) accepted = false;
      else if (lastRole === "ten" && (span.isArabic || value >= 10 || current % 10 !== 0) && !conjunction)
        accepted = false; // twenty-five, not خمسون خمسة
      else current += value;
    } else if (role === "ten") {
      if (lastRole === "ten" || (lastRole === "unit" && !conjunction && span.isArabic)) accepted = false;
      else current += value;
    } else if (role === "hundred") {
      if (value === 100 && current > 0 && current < 10 && !conjunction) current *= 100;
      else current += value;
    } else if (role === "scale") {
      if (current === 0 && total === 0) {
        if (token.entry.isPlural === true)
          accepted = false; // آلاف alone: "thousands of", vague
        else current = token.entry.isDual === true || isDualInConstruct(text, span, tokenCount) ? 2 : 1;
      }
      // "ثلاثة ملايين وخمسة ملايين" are two figures (a range's ends), not eight million: scales only fall, and the
      // words since the last scale belong to the second figure.
      if (accepted && lastScale !== 0 && value >= lastScale) {
        accepted = false;
        current = 0;
        core.end = lastScaleEnd;
      }
      if (accepted) {
        total += current * value;
        current = 0;
        lastScale = value;
        lastScaleEnd = span.end;
        core.hasWordScale = true;
      }
    } else {
      if (current === 0 && total === 0 && lastRole === null) current = value;
      else if (lastRole === "unit" && !conjunction && isMultipliedFraction(span))
        current /= Math.round(1 / value); // ثلاثة أرباع، two-thirds (but "أربع نصف" is two figures); 3/5, not 3 × 0.2 = 0.6000000000000001
      else if (conjunction && lastRole === "scale" && value < 1)
        total += lastScale * value; // مليون ونصف، ثلاثة ملايين وربع
      else if (conjunction && value === 0.5)
        current += 0.5; // two and a half million
      else accepted = false;
    }
    if (!accepted) break;
    if (role !== "fraction") onlyFractions = false;
    if (tokenCount === 0 && role === "unit" && value === 10 && span.isArabic && !token.hasConjunction) {
      // أحد عشر، إحدى عشرة: أحد is no number word alone ("one of"), only before عشر.
      const one = readPreviousWord(text, start);
      if (one !== null && one.start >= floor && (one.normalised === "احد" || one.normalised === "احدي")) {
        current = 11;
        core.start = one.start;
      }
    }
    if (tokenCount === 0) {
      firstWord = token;
      core.language = span.isArabic ? "ar" : "en";
      core.hasArticle = token.hasArticle;
      if (span.isArabic && token.hasConjunction) core.start = start; // keep و in the span: the word is one visual unit
    }
    tokenCount += 1;
    pendingConjunction = false;
    lastRole = role;
    core.end = span.end;
    position = span.end;
    if (!span.isArabic && text.charCodeAt(position) === 0x2d && isLatinLetter(text.charCodeAt(position + 1))) position += 1; // twenty-five
  }
  if (tokenCount === 0 || firstWord === null) return null;
  core.wordValue = total + current;
  // "a quarter of a million": a fraction of a scale is a quantity.
  if (core.language === "en" && lastRole === "fraction" && total === 0) {
    const of = readWord(text, core.end);
    const article = of?.key === "of" ? readWord(text, of.end) : null;
    const scaleWord = article !== null && (article.key === "a" || article.key === "an") ? readWord(text, article.end) : null;
    const scale = scaleWord === null ? undefined : lookupWord(englishScaleWordsByNode, scaleWord);
    if (scaleWord !== null && scale !== undefined && scale >= 1000) {
      core.wordValue = current * scale;
      core.end = scaleWord.end;
      core.hasWordScale = true;
      lastRole = "scale";
      onlyFractions = false;
    }
  }
  // "three quarters" is a share; "four and a half hours" is a count with a half.
  core.isFraction = onlyFractions || (lastRole === "fraction" && !core.hasWordScale && core.wordValue < 1);
  if (tokenCount === 1) {
    core.isArabicOne = firstWord.span.isArabic && firstWord.entry.value === 1 && firstWord.entry.role === "unit";
    core.isEnglishOne = !firstWord.span.isArabic && firstWord.span.key === "one";
  }
  // "a million", "half a million": the article belongs to the number.
  if (core.language === "en") {
    const articleStart = core.start;
    const previous = readPreviousWord(text, core.start);
    if (
      previous !== null &&
      previous.start >= floor &&
      (previous.key === "a" || previous.key === "an") &&
      (lastRole === "scale" || lastRole === "hundred" || core.isFraction)
    ) {
      core.start = previous.start;
      const beforeArticle = readPreviousWord(text, previous.start);
      if (beforeArticle !== null && beforeArticle.key === "half" && beforeArticle.start >= floor && lastRole === "scale") {
        core.start = beforeArticle.start;
        core.wordValue /= 2;
      }
    }
    // "million" alone is no number in English (the digits before it were rejected: "R2.3 million", "G7 million").
    if (firstWord.entry.role === "scale" && core.start === articleStart) return null;
  }
  return core;
}

/**
 * ألفا دينار، مليونا شخص: with nothing before it, ألفا/مليونا is the dual in construct with the noun after it (2,000);
 * "ألفا من العمال" keeps the accusative singular (1,000).
 */
function isDualInConstruct(text: string, span: WordSpan, tokenCount: number): boolean {
  if (tokenCount !== 0 || !span.isArabic || !span.normalised.endsWith("ا") || findArabicNumberWord(span)?.prefix !== "") return false;
  const noun = readWord(text, span.end);
  return (
    noun !== null &&
    noun.isArabic &&
    noun.end - noun.start >= 2 &&
    digitValue(text.charCodeAt(noun.end)) < 0 &&
    noun.start === span.end + 1 &&
    lookupWord(arabicSubjectStopWordsByNode, noun) === undefined &&
    findArabicNumberWord(noun) === null
  );
}

function createMeasure(): Measure {
  return { start: 0, end: 0, value: 0, baseValue: 0, scale: 1, unit: null, kind: "quantity", core: primaryCore };
}

/** Measures are scratch too: one for the number being parsed, one for the high end of a range. */
const primaryMeasure = createMeasure();
const secondaryMeasure = createMeasure();

function parseMeasure(text: string, core: NumberCore, target: Measure): Measure {
  let scale = core.suffixScale;
  let end = core.end;
  let unit: string | null = core.suffixUnit;
  let kind: Measure["kind"] = unit === "percent" ? "percent" : "quantity";
  let value = coreValue(core, scale);
  if (core.isDigits && scale === 1 && unit === null) {
    for (;;) {
      const word = readWord(text, end);
      if (word === null) break;
      let wordScale: number | undefined;
      if (word.isArabic) {
        const entry = lookupWord(arabicNumberWordsByNode, word);
        if (entry !== undefined && entry.role === "scale") wordScale = entry.value;
      } else {
        wordScale = lookupWord(englishScaleWordsByNode, word);
        if (word.key === "m" || word.key === "b") wordScale = undefined; // "5 m" is metres; only "5m" is million
      }
      if (wordScale === undefined) break;
      scale *= wordScale;
      end = word.end;
    }
    value = coreValue(core, scale);
  }
  if (scale > 1) {
    // مليون ونصف / "and a half" after a scale.
    const half = readWord(text, end);
    if (half !== null && half.isArabic && half.key === "ونصف") {
      value += scale / 2;
      end = half.end;
      end = repeatedScaleEnd(text, end);
    } else if (core.isDigits) {
      // 46 مليونا و44 ألف، 3 مليارات و500 مليون، 5 ملايين و165 ألفا و602
      let rest = smallerScaleAfter(text, end, scale);
      while (rest !== null) {
        value += rest.value;
        end = rest.end;
        rest = rest.scale > 1 ? smallerScaleAfter(text, end, rest.scale) : null;
      }
    }
  }
  if (!core.isDigits && core.hasWordScale && core.language === "ar") {
    // "مليون ونصف المليون", "مليونا و833 ألف": the same compounds after a scale written as a word.
    end = repeatedScaleEnd(text, end);
    const wordScale = 10 ** (3 * Math.floor(Math.log10(value) / 3));
    const rest = smallerScaleAfter(text, end, wordScale);
    if (rest !== null) {
      value += rest.value;
      end = rest.end;
    }
  }
  const language = core.language ?? languageAround(text, core.start, end);
  // Cheap dispatch on the next character before trying any pattern: most numbers have no unit.
  const nextCode = text.charCodeAt(skipSpaces(text, end));
  const mayBePercent =
    nextCode === 0x25 || nextCode === 0x66a || nextCode === 0x641 || nextCode === 0x628 || nextCode === 0x646 || nextCode === 0x70 || nextCode === 0x50;
  if (unit === null && mayBePercent) {
    const percentPoint = stickyMatch(percentagePointPattern, text, end);
    const percent =
      percentPoint === null
        ? (stickyMatch(language === "ar" ? arabicPercentPattern : englishPercentPattern, text, end) ?? stickyMatch(arabicPercentPattern, text, end))
        : null;
    if (percentPoint !== null) {
      unit = "percentage point";
      kind = "percent";
      end = percentPoint;
    } else if (percent !== null) {
      unit = "percent";
      kind = "percent";
      end = percent;
    }
  }
  if (unit === null) {
    const currency = currencyAfter(text, end);
    if (currency !== null) {
      unit = currency.unit;
      kind = "money";
      end = currency.end;
    }
  }
  if (unit === null) {
    const measurement = measurementAfter(text, end);
    if (measurement !== null) {
      unit = measurement.unit;
      end = measurement.end;
    }
  }
  target.start = core.start;
  target.end = end;
  target.value = value;
  target.baseValue = coreValue(core, 1);
  target.scale = scale;
  target.unit = unit;
  target.kind = kind;
  target.core = core;
  return target;
}

function isDefiniteNounAt(text: string, position: number): boolean {
  const noun = readWord(text, position);
  return noun !== null && noun.isArabic && noun.normalised.startsWith("ال") && findArabicNumberWord(noun) === null;
}

/** "ونصف المليون": the scale repeated with the article after ونصف belongs to the figure. */
function repeatedScaleEnd(text: string, end: number): number {
  const repeated = readWord(text, end);
  if (repeated === null || !repeated.isArabic || !repeated.normalised.startsWith("ال")) return end;
  const entry = findArabicNumberWord(repeated);
  return entry !== null && entry.entry.role === "scale" && entry.hasArticle ? repeated.end : end;
}

/** Scratch for the second part of "46 مليونا و44 ألف": the primary and secondary cores may both be in use. */
const compoundCore = createCore();

/** "و44 ألف" after "46 مليونا", "و500" after "89 ألفا": digits joined by و below the scale, as one Arabic figure. */
function smallerScaleAfter(text: string, position: number, scale: number): { value: number; end: number; scale: number } | null {
  let index = skipSpaces(text, position);
  if (text.charCodeAt(index) !== 0x648) return null;
  index = skipSpaces(text, index + 1);
  if (digitValue(text.charCodeAt(index)) < 0) return null;
  const core = parseDigitCore(text, index, index, compoundCore);
  if (core === null || core.suffixScale !== 1 || core.suffixUnit !== null || core.hasOrdinalSuffix) return null;
  const word = readWord(text, core.end);
  const entry = word === null || !word.isArabic ? undefined : lookupWord(arabicNumberWordsByNode, word);
  if (word !== null && entry !== undefined && entry.role === "scale")
    return entry.value < scale ? { value: coreValue(core, entry.value), end: word.end, scale: entry.value } : null;
  // "89 ألفا و500 ليرة": the rest below the scale, with no scale word of its own.
  const rest = coreValue(core, 1);
  return core.decimals === 0 && rest < scale ? { value: rest, end: core.end, scale: 1 } : null;
}

function stickyMatch(pattern: RegExp, text: string, position: number): number | null {
  pattern.lastIndex = position;
  return pattern.test(text) ? pattern.lastIndex : null;
}

function currencyAfter(text: string, position: number): { unit: string; end: number } | null {
  const word = readWord(text, position);
  if (word === null) return null;
  if (word.isArabic) {
    const bare = lookupWord(arabicCurrenciesByNode, word);
    if (bare === undefined) return null;
    let unit = bare;
    let end = word.end;
    const adjective = readWord(text, end);
    const refined = adjective !== null && adjective.isArabic ? currencyOfAdjective(bare, adjective) : undefined;
    if (adjective !== null && refined !== undefined) {
      unit = refined;
      end = adjective.end;
      rememberCurrency(bare, refined, word.start);
    } else unit = currencyInContext(text, bare, word.start);
    return { unit, end };
  }
  if (word.key === "us" || word.key === "u") {
    const dollars = readWord(text, word.end);
    if (dollars !== null && (dollars.key === "dollars" || dollars.key === "dollar")) return { unit: "USD", end: dollars.end };
    return null;
  }
  // "1,507 Lebanese pounds", "Canadian dollars": the nationality picks the currency of its family.
  const nationality = englishNationalityAdjectives.get(word.key) ?? englishDemonyms.get(word.key);
  if (nationality !== undefined && isCapitalisedAt(text, word.start)) {
    const currencyWord = readWord(text, word.end);
    const family = currencyWord === null ? undefined : lookupWord(englishCurrencyWordsByNode, currencyWord);
    const national = family === undefined ? undefined : nationalCurrencies.get(family)?.get(nationality);
    if (currencyWord !== null && family !== undefined && national !== undefined) {
      rememberCurrency(family, national, word.start);
      return { unit: national, end: currencyWord.end };
    }
    return null;
  }
  // "6,614 billion CFA francs": the West African franc unless a Central African country is named before it.
  if (word.normalised === "cfa") {
    const francs = readWord(text, word.end);
    return francs !== null && (francs.key === "francs" || francs.key === "franc")
      ? { unit: currencyInContext(text, "XOF", word.start), end: francs.end }
      : null;
  }
  const unit = lookupWord(englishCurrencyWordsByNode, word) ?? (isZloty(text, word) ? "PLN" : undefined);
  if (unit === undefined) return null;
  const isCode = word.normalised.length === 3 && text.slice(word.start, word.end) === word.normalised.toUpperCase();
  if (word.normalised.length === 3 && !isCode && !["yen"].includes(word.normalised)) return null; // "try", "sar" as ordinary words
  return { unit: isCode ? unit : currencyInContext(text, unit, word.start), end: word.end };
}

/**
 * The currency a nationality picks from the family of the noun before it: دولار كندي → CAD, دينارا أردنيا → JOD,
 * ليرة لبنانية → LBP (nationalCurrencies, shared with "Lebanese pounds"); جنيه استرليني is sterling.
 */
function currencyOfAdjective(bareUnit: string, adjective: WordSpan): string | undefined {
  if (/^استرليني[اه]?$/.test(adjective.normalised)) return "GBP";
  const country = lookupWord(arabicCurrencyNationalitiesByNode, adjective);
  return country === undefined ? undefined : nationalCurrencies.get(bareUnit)?.get(country);
}

/** złoty is spelt with a letter outside the word tables' alphabet. */
function isZloty(text: string, word: WordSpan): boolean {
  const written = text.slice(word.start, word.end).toLowerCase();
  return written === "złoty" || written === "złotys" || written === "zł";
}

function isCapitalisedAt(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return code >= 0x41 && code <= 0x5a;
}

function isLowerCaseAt(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  return code >= 0x61 && code <= 0x7a;
}

// Once a paragraph has said "درهم مغربي" or "Jordanian dinars", a bare درهم or "dinars" later in it is the same
// currency. Keyed by the code the bare name gives; reset for every text (detect() is synchronous).
const currencyContext = new Map<string, { unit: string; position: number }>();

function rememberCurrency(bareUnit: string, unit: string, position: number): void {
  currencyContext.set(bareUnit, { unit, position });
}

function currencyInContext(text: string, bareUnit: string, position: number): string {
  const earlier = currencyContext.get(bareUnit);
  const national = bareUnit === "USD" ? undefined : nationalCurrencies.get(bareUnit);
  if (earlier === undefined && national === undefined) return bareUnit;
  const paragraphBreak = text.lastIndexOf("\n", position);
  if (earlier !== undefined && earlier.position < position && paragraphBreak < earlier.position) return earlier.unit;
  // "المغرب: … 141 مليار درهم", "البرلمان العراقي … دينار": a dinar or dirham is the one of the country named
  // before it in the paragraph. Not for dollars, which are as often foreign currency in any country's news; pounds
  // only while Britain goes unnamed around them (see below).
  if (national === undefined) return bareUnit;
  const offsets = scopeWordOffsets.values;
  const from = Math.max(paragraphBreak + 1, position - 400);
  let unit: string | undefined;
  // The nearest country or city named before it ("بالدار البيضاء … مئة ألف درهم"); the scan flags both.
  for (let pair = firstScopeWordAtOrAfter(position) - 2; pair >= 0 && (offsets[pair] ?? 0) >= from && unit === undefined; pair -= 2) {
    const country = countryOfScopeWord(text, pair);
    unit = country === null ? undefined : national.get(country);
  }
  // "Egypt let the pound fall … to around 50 pounds to the dollar" is in Egyptian pounds, but "Egypt will get 20
  // million pounds from the UK" is sterling: a pound is local only while the United Kingdom goes unnamed after it too.
  if (
    bareUnit === "GBP" &&
    unit !== undefined &&
    unit !== "GBP" &&
    namesCountryBetween(text, position, Math.min(text.length, position + 200), "United Kingdom")
  )
    return "GBP";
  return unit ?? bareUnit;
}

/** Whether a scope word in [from, to), up to the paragraph's end, names the country. */
function namesCountryBetween(text: string, from: number, to: number, country: string): boolean {
  const paragraphEnd = text.indexOf("\n", from);
  const end = paragraphEnd >= 0 && paragraphEnd < to ? paragraphEnd : to;
  const offsets = scopeWordOffsets.values;
  for (let pair = firstScopeWordAtOrAfter(from); pair < scopeWordOffsets.length && (offsets[pair] ?? end) < end; pair += 2)
    if (countryOfScopeWord(text, pair) === country) return true;
  return false;
}

/** countryNamedAt for the scope word at pair (an even index into scopeWordOffsets), computed once per text. */
function countryOfScopeWord(text: string, pair: number): string | null {
  let id = countryCache[pair >>> 1] ?? 0;
  if (id === 0) {
    id = scopeIdOf(countryNamedAt(text, scopeWordOffsets.values[pair] ?? 0));
    countryCache[pair >>> 1] = id;
  }
  return scopeNames[id] ?? null;
}

/**
 * The country of a city a word names (بالرياض، بالدار البيضاء), or null; for currencies only, never a scope. The scan
 * flags a two-word city by its last word, so the word before is tried with it.
 */
function cityNamedAt(text: string, word: WordSpan): string | null {
  const city = findArabicCity(word.key !== "" ? word.key : word.normalised);
  if (city !== null) return city.entry;
  const first = readPreviousWord(text, word.start);
  return first === null ? null : (findArabicCity(`${first.key !== "" ? first.key : first.normalised} ${word.normalised}`)?.entry ?? null);
}

/** The country a word names in any context (a name, a people, a nisba), or null. */
function countryNamedAt(text: string, start: number): string | null {
  const word = readWord(text, start);
  if (word === null) return null;
  if (word.isArabic) {
    const named = findArabicDemonym(word) ?? findArabicCountry(word.key) ?? findArabicFeminineAdjective(word);
    if (named !== null) return named.entry;
    const bare = word.normalised.startsWith("ال") ? word.normalised.slice(2) : word.normalised;
    return arabicMasculineNisbas.get(bare) ?? cityNamedAt(text, word);
  }
  return englishCountries.get(word.normalised) ?? englishDemonyms.get(word.normalised) ?? englishNationalityAdjectives.get(word.normalised) ?? null;
}

function measurementAfter(text: string, position: number): { unit: string; end: number } | null {
  const nextCode = text.charCodeAt(skipSpaces(text, position));
  const maySpellTemperatureOrArea =
    nextCode === 0xb0 || nextCode === 0xba || nextCode === 0x62f || nextCode === 0x643 || nextCode === 0x64 || nextCode === 0x73 || nextCode === 0x6b;
  if (!maySpellTemperatureOrArea) {
    const word = readWord(text, position);
    if (word === null) return null;
    const unit = word.isArabic ? lookupWord(arabicUnitsByNode, word) : lookupWord(englishUnitsByNode, word);
    return unit === undefined ? null : compoundUnit(text, unit, word.end);
  }
  const square = stickyMatch(squareKilometrePattern, text, position);
  if (square !== null) return { unit: "km²", end: square };
  const celsius = stickyMatch(celsiusPattern, text, position);
  if (celsius !== null) return { unit: "°C", end: celsius };
  const fahrenheit = stickyMatch(fahrenheitPattern, text, position);
  if (fahrenheit !== null) return { unit: "°F", end: fahrenheit };
  const squareAbbreviation = stickyMatch(squareAbbreviationPattern, text, position);
  if (squareAbbreviation !== null) return { unit: "km²", end: squareAbbreviation };
  const word = readWord(text, position);
  if (word === null) return null;
  // "بلغت الصغرى 20 درجة" after درجات الحرارة: Celsius without مئوية (but "7,8 درجة" on the Richter scale is none).
  if ((word.normalised === "درجه" || word.normalised === "درجات") && text.slice(Math.max(0, position - 120), position).includes("حرار"))
    return { unit: "°C", end: word.end };
  const unit = word.isArabic ? lookupWord(arabicUnitsByNode, word) : lookupWord(englishUnitsByNode, word);
  if (unit === undefined) return null;
  if (!word.isArabic && word.key === "m" && word.start !== position) return null;
  return compoundUnit(text, unit, word.end);
}

/** "sq km", "sq. km" */
const squareAbbreviationPattern = new RegExp(`${horizontalSpace}*sq\\.?${horizontalSpace}*km\\b`, "y");

/** A unit and what may follow it to make another: متر مكعب (m³), كيلومترا في الساعة and km/h, ميغابت في الثانية (Mbps). */
const compoundUnits: readonly (readonly [string, RegExp, string])[] = [
  ["m", new RegExp(`${horizontalSpace}+(?:مكعب[اةه]?[\\u064B-\\u0652]*|cubic)(?![\\u0621-\\u064A])`, "y"), "m³"],
  ["ft", new RegExp(`${horizontalSpace}+مكعب[اةه]?[\\u064B-\\u0652]*(?![\\u0621-\\u064A])`, "y"), "ft³"],
  ["m", new RegExp(`${horizontalSpace}+مربع[اةه]?[\\u064B-\\u0652]*(?![\\u0621-\\u064A])`, "y"), "m²"],
  ["km", new RegExp(`(?:/h\\b|${horizontalSpace}+(?:في${horizontalSpace}+الساع[ةه]|per${horizontalSpace}+hour\\b|an${horizontalSpace}+hour\\b))`, "y"), "km/h"],
  ["mi", new RegExp(`${horizontalSpace}+(?:في${horizontalSpace}+الساع[ةه]|per${horizontalSpace}+hour\\b|an${horizontalSpace}+hour\\b)`, "y"), "mph"],
  ["Mb", new RegExp(`${horizontalSpace}+(?:في${horizontalSpace}+الثاني[ةه]|per${horizontalSpace}+second\\b)`, "y"), "Mbps"],
  ["Gb", new RegExp(`${horizontalSpace}+(?:في${horizontalSpace}+الثاني[ةه]|per${horizontalSpace}+second\\b)`, "y"), "Gbps"],
];

function compoundUnit(text: string, unit: string, end: number): { unit: string; end: number } {
  for (const [base, pattern, compound] of compoundUnits) {
    if (base !== unit) continue;
    const compoundEnd = stickyMatch(pattern, text, end);
    if (compoundEnd !== null) return { unit: compound, end: compoundEnd };
  }
  return { unit, end };
}

/** $5, US$ 5, £2.5bn, EGP 300: a currency sign or code right before the digits. */
function currencyPrefixStart(text: string, measure: Measure, floor: number): { start: number; unit: string } | null {
  if (!measure.core.isDigits || measure.kind !== "quantity") return null;
  const before = skipSpacesBackward(text, measure.start);
  const lastCode = text.charCodeAt(before - 1);
  const mayBeSign =
    lastCode === 0x24 ||
    lastCode === 0xa3 ||
    lastCode === 0xa5 ||
    (lastCode >= 0x20a0 && lastCode <= 0x20cf) || // ₦ ₹ € ₱ ₺ ₩ ₽ ₴ ₪
    lastCode === 0xe3f || // ฿
    (lastCode >= 0x41 && lastCode <= 0x5a) ||
    lastCode === 0x68 || // KSh
    lastCode === 0x73 || // Rs
    lastCode === 0x2e; // Rs.
  if (!mayBeSign) return null;
  for (const [sign, unit] of currencyPrefixList) {
    const start = before - sign.length;
    if (start < floor || start < 0 || text.slice(start, before) !== sign) continue;
    if (isLatinLetter(text.charCodeAt(start - 1))) continue;
    if (isLatinLetter(text.charCodeAt(start)) && before === measure.start && !sign.endsWith("$") && !isLetterSignedAmount(text, before)) continue; // "SR5" is not a price; A$5 and R900 million are
    return { start, unit: unit === "INR" ? currencyInContext(text, unit, start) : unit }; // Rs: rupees of Pakistan in Pakistan
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Ranges, ratios, fractions

interface RangeMatch {
  start: number;
  lowValue: number;
  high: Measure;
  unit: string | null;
}

function parseRange(text: string, low: Measure, floor: number): RangeMatch | null {
  // "دفعة واحدة إلى 50%": واحد/واحدة only counts after its noun, and an idiom has none.
  if (low.core.isArabicOne) {
    const noun = readPreviousWord(text, low.core.start);
    if (noun === null || !isCountedNounBefore(noun)) return null;
  }
  let position = skipSpaces(text, low.end);
  const code = text.charCodeAt(position);
  let connector: string;
  if (code === 0x2d || code === 0x2013 || code === 0x2014) {
    if (!low.core.isDigits) return null;
    connector = "-";
    position += 1;
  } else {
    const word = readWord(text, position);
    if (word === null) return null;
    if (word.key === "to" || word.key === "الي" || word.key === "حتي" || word.key === "and" || word.key === "و") {
      connector = word.key;
      position = word.end;
    } else if (text.charCodeAt(position) === 0x648 && digitValue(text.charCodeAt(position + 1)) >= 0) {
      connector = "و"; // "و5": the conjunction is attached to the next number
      position += 1;
    } else if (text.charCodeAt(position) === 0x648 && word.isArabic && findArabicNumberWordAfterConjunction(word)?.prefix === "و") {
      connector = "و"; // "بين ثلاثة ملايين وخمسة ملايين": attached to a number word
      position += 1;
    } else return null;
  }
  position = skipSpaces(text, position);
  if (connector === "و" && text.charCodeAt(position) === 0x648 && digitValue(text.charCodeAt(position + 1)) >= 0) position += 1;
  const clauseBefore = text.slice(Math.max(floor, low.start - 40), low.start);
  const hasBetween = /(?:between|بين)[ \t\u00a0]*$/i.test(clauseBefore);
  const hasFrom = /(?:from|من)[ \t\u00a0]*$/i.test(clauseBefore);
  if (rangeOnlyWithBetween.has(connector) && !hasBetween) return null;
  // After a verb of change, "from 5% to 7%" and "by 9 per cent to 195,000" are a before and an after (or a change and
  // a result); only a hyphen ("could drop 20-25%") joins the ends of a range of the change.
  if (!hasBetween && connector !== "-" && (englishChangeVerbs.test(clauseBefore) || arabicChangeVerbs.test(clauseBefore))) return null;
  // "raised the support price for paddy by Rs 117 to Rs 2,300": "by" marks the change, however far back its verb is.
  if (!hasBetween && connector !== "-" && /(?:\bby|بمقدار)[ \t\u00a0]*$/i.test(clauseBefore)) return null;
  let highCurrency: string | null = null;
  for (const [sign, unit] of currencyPrefixList) {
    if (sign.length <= 2 && !isLatinLetter(sign.charCodeAt(0)) && text.startsWith(sign, position)) {
      highCurrency = unit;
      position = skipSpaces(text, position + sign.length);
      break;
    }
  }
  // "R50bn–R60bn", "KSh 2bn to KSh 3bn": a sign of letters is only taken again when the low end had it.
  const lowSign = text.slice(low.start, low.core.start).trim();
  if (highCurrency === null && lowSign !== "" && isLatinLetter(lowSign.charCodeAt(0)) && text.startsWith(lowSign, position)) {
    const afterSign = skipSpaces(text, position + lowSign.length);
    if (digitValue(text.charCodeAt(afterSign)) >= 0) {
      highCurrency = low.unit;
      position = afterSign;
    }
  }
  if (highCurrency !== null && highCurrency !== low.unit) return null;
  const highCore =
    digitValue(text.charCodeAt(position)) >= 0
      ? parseDigitCore(text, position, position, secondaryCore)
      : isLetter(text.charCodeAt(position))
        ? parseWordCore(text, position, position, secondaryCore)
        : null;
  if (highCore === null || highCore.isFraction || highCore.hasArticle || highCore.hasOrdinalSuffix) return null;
  const high = parseMeasure(text, highCore, secondaryMeasure);
  // "5,1 مليون نسمة عام 2004 إلى 11,5 مليون": a year cannot be the low end of a count.
  if (isYearLike(low.core, low) && !(high.scale === 1 && high.unit === null && highCore.isDigits && highCore.integerDigitCount === 4)) return null;
  let lowValue = low.value;
  // "بين 3 و5 مليارات", "بين خمسة وعشرة آلاف": the high end's scale is the low end's too.
  const highScale = high.scale > 1 ? high.scale : !highCore.isDigits && highCore.hasWordScale ? 10 ** (3 * Math.floor(Math.log10(high.value) / 3)) : 1;
  if (low.scale === 1 && highScale > 1 && low.baseValue < high.value / highScale && !low.core.hasWordScale) lowValue = coreValue(low.core, highScale);
  if (lowValue >= high.value) return null;
  if (low.unit !== null && high.unit !== null && low.unit !== high.unit) return null;
  let start = low.start;
  if (hasBetween || hasFrom) {
    const word = readPreviousWord(text, low.start);
    if (word !== null && word.start >= floor) start = word.start;
  }
  return { start, lowValue, high, unit: low.unit ?? high.unit };
}

function parseRatio(text: string, core: NumberCore, floor: number): Detection | null {
  if (core.isDigits ? core.decimals > 0 || core.hasSeparator || core.suffixScale !== 1 : core.hasWordScale) return null;
  const first = readWord(text, core.end);
  if (first === null) return null;
  let position: number;
  if (first.key === "in") {
    const every = readWord(text, first.end);
    position = every !== null && every.key === "every" ? every.end : first.end; // "three in every ten"
  } else if (first.key === "out") {
    const of = readWord(text, first.end);
    if (of === null || of.key !== "of") return null;
    position = of.end;
  } else if (first.key === "من" || (first.isArabic && spellsMinAt(text, skipSpaces(text, first.end)) && readWord(text, first.end)?.key === "من")) {
    // "3 من كل 10", "ثلاث أسر من كل أربع": the counted noun may come between (but "217 نائبا من أصل 325" is two counts).
    const of = first.key === "من" ? first : readWord(text, first.end);
    const every = of === null ? null : readWord(text, of.end);
    if (every === null || !["كل", "اصل"].includes(every.key) || (first !== of && every.key !== "كل")) return null;
    if (first !== of && (lookupWord(arabicSubjectStopWordsByNode, first) !== undefined || findArabicNumberWord(first) !== null)) return null;
    position = every.end;
  } else return null;
  position = skipSpaces(text, position);
  const denominator =
    digitValue(text.charCodeAt(position)) >= 0
      ? parseDigitCore(text, position, position, secondaryCore)
      : isLetter(text.charCodeAt(position))
        ? parseWordCore(text, position, position, secondaryCore)
        : null;
  if (denominator === null || denominator.hasWordScale || denominator.isFraction || denominator.decimals > 0) return null;
  if (denominator.isDigits && denominator.integerDigitCount === 4 && !denominator.hasSeparator) return null; // "3 in 2019" is a year
  const numeratorValue = coreValue(core, 1);
  const denominatorValue = coreValue(denominator, 1);
  if (denominatorValue <= numeratorValue || numeratorValue <= 0) return null;
  let end = denominator.end;
  let subject: string | null = null;
  const language = core.language ?? languageAround(text, core.start, end);
  const following = readSubjectAfter(text, end, language);
  if (following !== null) {
    subject = text.slice(following.start, following.end);
    end = following.end;
  }
  const leading = qualifierBefore(text, core.start, floor);
  return finish(
    text,
    leading?.start ?? core.start,
    end,
    numeratorValue / denominatorValue,
    "ratio",
    null,
    leading?.qualifier ?? "exact",
    subject,
    core.language,
    0.8,
  );
}

/** "من" as a whole word at position, read from the characters (most numbers are followed by no such word). */
function spellsMinAt(text: string, position: number): boolean {
  return text.charCodeAt(position) === 0x645 && text.charCodeAt(position + 1) === 0x646 && !isArabicLetter(text.charCodeAt(position + 2));
}

/** ثلثهم، نصفها، ربعهن: a fraction word ending in a possessive pronoun (read from the last two letters). */
function isPossessedFractionEnd(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return text.charCodeAt(end - 2) === 0x647 && (last === 0x645 || last === 0x627 || last === 0x646);
}

/** Nothing but a clause boundary after position: "costs rose by a third." */
function endsClause(text: string, position: number): boolean {
  const code = text.charCodeAt(skipSpaces(text, position));
  return code === 0x2e || code === 0x2c || code === 0x3b || Number.isNaN(code);
}

const englishComparatives = new Set(["more", "less", "fewer", "higher", "lower", "larger", "smaller", "bigger", "cheaper", "longer"]);
const englishHalfDeterminers = new Set(["the", "its", "their", "his", "her", "our", "all"]);

/** نصف السكان، a third of adults: a share of a group. */
function parseFractionShare(text: string, core: NumberCore, floor: number): Detection | null {
  const next = readWord(text, core.end);
  if (next === null) {
    // "soared by more than a third.", "cut by half."
    if (core.language !== "en" || !endsClause(text, core.end)) return null;
    if (readPreviousWord(text, core.start)?.key !== "by" && qualifierBefore(text, core.start, floor) === null) return null;
  } else if (core.language === "ar" && isPossessedFractionEnd(text, core.end)) {
    // ثلثهم، نصفها: the share of a group named before.
  } else if (core.language === "ar") {
    if (!next.isArabic || next.normalised.endsWith("نهائي") || next.normalised.endsWith("نهائيه")) return null; // ربع النهائي: the quarter-final
    if (!(next.normalised.startsWith("ال") || next.normalised.startsWith("لل") || isArabicPossessed(text, next))) return null;
  } else if (next.key !== "of" && !(core.wordValue === 0.5 && englishHalfDeterminers.has(next.normalised)) && !englishComparatives.has(next.normalised))
    return null; // half the record; "a fifth more than last year"
  const previous = readPreviousWord(text, core.start);
  if (previous !== null && (previous.key === "first" || previous.key === "second" || previous.key === "الاول" || previous.key === "الثاني")) return null;
  const leading = qualifierBefore(text, core.start, floor);
  return finish(text, leading?.start ?? core.start, core.end, core.wordValue, "ratio", null, leading?.qualifier ?? "exact", null, core.language, 0.75);
}

/**
 * ربع قيمتها، ثلث سكان بنغلاديش: a noun made definite by a possessive suffix or by a definite noun or a country
 * after it (إضافة), so the fraction is a share of something stated.
 */
function isArabicPossessed(text: string, noun: WordSpan): boolean {
  if (arabicDemonstratives.has(noun.normalised)) return true; // نصف هذا العدد، ربع هذه المساحة
  let current = noun;
  // A construct chain of up to three nouns ending in a definite one: ثلث إجمالي صادرات المملكة.
  for (let depth = 0; depth < 3; depth += 1) {
    if (lookupWord(arabicSubjectStopWordsByNode, current) !== undefined || findArabicNumberWord(current) !== null) return false;
    const normalised = current.normalised;
    if (normalised.length >= 5 && /(?:ها|هم|هما|هن|نا)$/.test(normalised)) return true;
    const owner = readWord(text, current.end);
    if (owner === null || !owner.isArabic || owner.start !== current.end + 1) return false;
    if (owner.normalised.startsWith("ال") || findArabicCountry(owner.key) !== null) return true;
    current = owner;
  }
  return false;
}
const arabicDemonstratives = new Set(["هذا", "هذه", "ذلك", "تلك", "هذين", "هاتين"]);

// ---------------------------------------------------------------------------------------------
// Ordinals and dates

function parseOrdinalWord(text: string, anchor: number, floor: number): Detection | null {
  const start = wordStart(text, anchor + 1);
  const word = readWord(text, start);
  if (word === null || word.start !== start || start < floor) return null;
  if (word.isArabic) {
    const match = findArabicOrdinal(word);
    if (match === null) return null;
    const value = match.entry;
    const previous = readPreviousWord(text, start);
    const following = readWord(text, word.end);
    // الخامس عشر، الحادية عشرة: a compound ordinal is never anything else, so it needs no ranking context.
    const isHadi = word.normalised.endsWith("حادي") || word.normalised.endsWith("حاديه");
    // الأول من يوليو، العاشر من رمضان… : a day written as an ordinal, then the month.
    const isFirstDay = word.normalised === "غره";
    if (((match.hasArticle && following?.normalised === "من") || isFirstDay) && following !== null && value <= 10 && !isHadi) {
      const month = monthStartingAt(text, isFirstDay ? word.end : following.start);
      if (month !== null) {
        const year = readYear(text, month.end);
        return finish(
          text,
          start,
          year?.end ?? month.end,
          year?.year ?? null,
          "date",
          null,
          "exact",
          null,
          "ar",
          0.9,
          undefined,
          isoDate(year?.year ?? null, month.month, value),
        );
      }
    }
    if (following !== null && (following.key === "عشر" || following.key === "عشره") && (value >= 2 || isHadi) && value < 10) {
      return finish(text, start, following.end, value + 10, "ordinal", null, "exact", null, null, 0.75);
    }
    // الخامسة والثلاثين، الحادي والعشرين: ones and tens.
    const tens = following === null ? null : findArabicNumberWord(following);
    if (tens !== null && tens.entry.role === "ten" && tens.prefix === "وال" && (value >= 2 || isHadi) && value < 10) {
      return finish(text, start, following?.end ?? word.end, value + tens.entry.value, "ordinal", null, "exact", null, null, 0.75);
    }
    if (isHadi) return null; // only ever part of حادي عشر
    // رابعا: a placing after حلّ/جاء ("حلّ المنتخب رابعا"); otherwise "fourthly".
    if (match.prefix === "" && word.normalised.endsWith("ا") && value >= 2) {
      return followsPlacingVerb(text, start) ? finish(text, start, word.end, value, "ordinal", null, "exact", null, null, 0.7) : null;
    }
    if (match.hasArticle) {
      const trigger = previous === null ? null : (findArabicOrdinalTrigger(previous) ?? findOrdinalTriggerWithPronoun(previous)); // مركزه الأول
      const isRanking = trigger !== null || (following !== null && following.key === "علي" && readWord(text, following.end)?.normalised === "التوالي");
      if (!isRanking || (value === 1 && trigger === null)) return null;
    } else if (previous !== null && findArabicOrdinalTrigger(previous)?.hasArticle === false && match.prefix === "" && value >= 2) {
      // بولاية ثانية، مرة ثالثة: after the noun it ranks.
    } else if (value === 1 && word.normalised.endsWith("اول") && (match.prefix === "" || match.prefix === "ل") && following?.key === "مره") {
      // لأول مرة، أول مرة: like للمرة الأولى.
    } else if (
      match.prefix !== "" ||
      following === null ||
      !(arabicSuperlativeAfterOrdinal.has(following.key) || ((value > 1 || word.normalised === "اول") && isRankedNounAfterOrdinal(value, following)))
    )
      return null;
    return finish(text, start, word.end, value, "ordinal", null, "exact", null, null, 0.7);
  }
  const value = englishOrdinals.get(word.key);
  if (value === undefined) return null;
  let followerStart = word.end;
  if (text.charCodeAt(followerStart) === 0x2d) followerStart += 1;
  const following = readWord(text, followerStart);
  const previous = readPreviousWord(text, start);
  const isPlacing =
    (previous !== null && previous.start >= floor && englishPlacingVerbs.has(previous.key)) || // finished fourth, ranked second
    /^[ \t]+in[ \t]+a[ \t]+row\b/.test(text.slice(word.end, word.end + 12)) || // its second in a row
    (previous !== null && previous.start >= floor && previous.key === "record"); // a record fourth title
  if (!isPlacing && (following === null || !englishOrdinalFollowers.has(following.key))) return null;
  if (following === null) return finish(text, start, word.end, value, "ordinal", null, "exact", null, null, 0.7);
  if (value === 1 && following.key === "time") return null;
  return finish(text, start, word.end, value, "ordinal", null, "exact", null, null, 0.7);
}

/**
 * رابع دولة، أول منتخب: an indefinite ordinal before an indefinite noun ranks it; not أول أمس (the day before
 * yesterday), أول من (the first who) or ثاني أكسيد (dioxide).
 */
function isRankedNounAfterOrdinal(value: number, following: WordSpan): boolean {
  if (!following.isArabic || (value === 1 && (following.normalised === "امس" || following.normalised === "من"))) return false;
  const normalised = following.normalised;
  if (normalised.startsWith("ال") || normalised.length < 3 || normalised === "اكسيد") return false;
  return lookupWord(arabicSubjectStopWordsByNode, following) === undefined && findArabicNumberWord(following) === null;
}

/** "One person was killed": one of these is a count. */
const englishPersonNouns = new Set([
  "person",
  "man",
  "woman",
  "child",
  "boy",
  "girl",
  "baby",
  "soldier",
  "civilian",
  "patient",
  "student",
  "worker",
  "officer",
  "journalist",
  "passenger",
  "resident",
  "teenager",
  "firefighter",
  "policeman",
]);
const englishTimeUnits = new Set(["week", "month", "year", "hour", "minute", "decade", "night", "weekend", "quarter", "season", "century"]);

/**
 * A definite ten (العشرين … التسعين) right after a singular noun it ranks, made definite by the article or a pronoun:
 * "شهرها العشرين" is the twentieth month. A noun in construct is left alone: "قمة العشرين" is the G20 summit.
 */
function isDefiniteTenAfterRankedNoun(text: string, core: NumberCore): boolean {
  if (core.language !== "ar" || core.hasWordScale || core.isFraction || core.wordValue < 20 || core.wordValue > 90 || core.wordValue % 10 !== 0) return false;
  const noun = readPreviousWord(text, core.start);
  if (noun === null || !noun.isArabic || noun.end !== skipSpacesBackward(text, core.start)) return false;
  const match = findRankingNoun(noun);
  return match !== null && (match.hasArticle || match.entry.hasPronoun);
}

/** Verbs after which an Arabic accusative ordinal is a placing, with up to two words (the subject) between. */
const arabicPlacingVerbs = new Set(["حل", "حلت", "يحل", "تحل", "جاء", "جاءت", "يجيء", "انهي", "انهت", "احتل", "احتلت"]);

/** A placing verb among the three words before position: "حلّ المنتخب المغربي رابعا". */
function followsPlacingVerb(text: string, position: number): boolean {
  let word = readPreviousWord(text, position);
  for (let step = 0; step < 3 && word !== null; step += 1) {
    if (arabicPlacingVerbs.has(word.normalised)) return true;
    word = readPreviousWord(text, word.start);
  }
  return false;
}

/** Verbs after which an English ordinal is a placing: "finished fourth", "ranked second". */
const englishPlacingVerbs = new Set([
  "finished",
  "finish",
  "finishes",
  "finishing",
  "ranked",
  "rank",
  "ranks",
  "ranking",
  "placed",
  "came",
  "come",
  "comes",
  "coming",
]);

interface MonthMatch {
  start: number;
  end: number;
  month: number;
}

function monthFromWord(text: string, word: WordSpan): MonthMatch | null {
  if (word.isArabic) {
    const match = findArabicMonth(word);
    if (match !== null && !(match.entry === 8 && match.prefix !== "")) return { start: word.start, end: word.end, month: match.entry };
    if (word.key === "كانون" || word.key === "تشرين" || word.key === "وكانون" || word.key === "وتشرين") {
      const second = readWord(text, word.end);
      const month = second === null ? undefined : arabicTwoWordMonths.get(`${word.normalised.replace(/^و/, "")} ${second.normalised}`);
      if (second !== null && month !== undefined) return { start: word.start, end: second.end, month };
    }
    return null;
  }
  const code = text.charCodeAt(word.start);
  if (code < 0x41 || code > 0x5a) return null; // "may" the verb; months are capitalised
  const month = lookupWord(englishMonthsByNode, word);
  return month === undefined ? null : { start: word.start, end: word.end, month };
}

/** A month name ending at position, with its alternative name: "مايو/أيار", "ديسمبر (كانون الأول)". */
function monthEndingAt(text: string, position: number, floor: number): MonthMatch | null {
  let end = skipSpacesBackward(text, position);
  if (text.charCodeAt(end - 1) === 0x2e && isLatinLetter(text.charCodeAt(end - 2))) end -= 1; // "Sept. 28"
  let closing = false;
  if (text.charCodeAt(end - 1) === 0x29) {
    closing = true;
    end -= 1;
  }
  const last = readPreviousWord(text, end);
  if (last === null || last.start < floor) return null;
  let month = monthFromWord(text, last);
  if (month === null && last.isArabic && (last.key === "الاول" || last.key === "الثاني")) {
    const first = readPreviousWord(text, last.start);
    if (first !== null && first.start >= floor) month = monthFromWord(text, first);
  }
  if (month === null || month.end !== last.end) return null;
  let start = month.start;
  const beforeMonth = skipSpacesBackward(text, start);
  const separator = text.charCodeAt(beforeMonth - 1);
  if (separator === 0x2f || (closing && separator === 0x28)) {
    const alternative = monthEndingAt(text, beforeMonth - 1, floor);
    if (alternative !== null && alternative.month === month.month) start = alternative.start;
  }
  return { start, end: position, month: month.month };
}

/** A month name starting at position (after "من"/"of"), with its alternative name. */
function monthStartingAt(text: string, position: number): MonthMatch | null {
  let word = readWord(text, position);
  if (word === null) return null;
  if (word.key === "من" || word.key === "of") word = readWord(text, word.end);
  if (word === null) return null;
  const month = monthFromWord(text, word);
  if (month === null) return null;
  let end = month.end;
  let after = skipSpaces(text, end);
  const separator = text.charCodeAt(after);
  if (separator === 0x2f || separator === 0x28) {
    const alternativeWord = readWord(text, after + 1);
    const alternative = alternativeWord === null ? null : monthFromWord(text, alternativeWord);
    if (alternative !== null && alternative.month === month.month) {
      end = alternative.end;
      after = skipSpaces(text, end);
      if (separator === 0x28 && text.charCodeAt(after) === 0x29) end = after + 1;
    }
  }
  return { start: month.start, end, month: month.month };
}

function readYear(text: string, position: number): { year: number; end: number } | null {
  let index = skipSpaces(text, position);
  if (text.charCodeAt(index) === 0x2c || text.charCodeAt(index) === 0x60c) index = skipSpaces(text, index + 1);
  let year = 0;
  let count = 0;
  while (count < 5 && digitValue(text.charCodeAt(index + count)) >= 0) {
    year = year * 10 + digitValue(text.charCodeAt(index + count));
    count += 1;
  }
  if (count !== 4 || year < 1000 || year > 2999 || (isLetter(text.charCodeAt(index + 4)) && !isYearMarker(text, index + 4))) return null;
  return { year, end: yearEnd(text, index + 4) };
}

/** 2019م / 1441هـ: the era letter is part of the year. */
function isYearMarker(text: string, position: number): boolean {
  const code = text.charCodeAt(position);
  if (code !== 0x645 && code !== 0x647) return false;
  let after = position + 1;
  if (text.charCodeAt(after) === 0x640) after += 1;
  return !isArabicLetter(text.charCodeAt(after));
}

function yearEnd(text: string, position: number): number {
  if (!isYearMarker(text, position)) return position;
  return text.charCodeAt(position + 1) === 0x640 ? position + 2 : position + 1;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function isoDate(year: number | null, month: number, day: number | null): string {
  if (year === null) return day === null ? `--${pad(month)}` : `--${pad(month)}-${pad(day)}`;
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function asciiNumber(digits: string): number {
  let value = 0;
  for (let index = 0; index < digits.length; index += 1) value = value * 10 + digitValue(digits.charCodeAt(index));
  return value;
}

function dateDetection(text: string, core: NumberCore, start: number, end: number, year: number | null, month: number, day: number | null): Detection | null {
  if (day !== null && (day < 1 || day > 31)) return null;
  return finish(text, start, end, year, "date", null, "exact", null, core.language, 0.95, undefined, isoDate(year, month, day));
}

/** Hijri months written as one word; a Hijri date has no ISO 8601 form, so only its year is given as the value. */
const hijriMonths = new Set(["محرم", "رجب", "شعبان", "رمضان", "شوال"]);

/** "6 شعبان 1443هـ", "1445 هـ": dates in the Hijri calendar. */
function parseHijriDate(text: string, core: NumberCore): Detection | null {
  const number = core.mantissa;
  const month = core.integerDigitCount <= 2 && number >= 1 && number <= 30 ? readWord(text, core.end) : null;
  if (month !== null && hijriMonths.has(month.key)) {
    const year = readYear(text, month.end);
    return finish(text, core.start, year?.end ?? month.end, year?.year ?? null, "date", null, "exact", null, "ar", 0.85);
  }
  if (core.integerDigitCount === 4 && isHijriMarkerAt(text, skipHorizontalSpace(text, core.end))) {
    return finish(text, core.start, yearEnd(text, skipHorizontalSpace(text, core.end)), number, "date", null, "exact", null, "ar", 0.85);
  }
  return null;
}

function isHijriMarkerAt(text: string, position: number): boolean {
  return text.charCodeAt(position) === 0x647 && isYearMarker(text, position);
}

function parseDate(text: string, core: NumberCore, floor: number): Detection | null {
  const hijri = parseHijriDate(text, core);
  if (hijri !== null) return hijri;
  const number = core.mantissa;
  const after = text.charCodeAt(core.end);
  const mayBeNumericDate = after === 0x2f || after === 0x2e || after === 0x2d;
  numericDatePattern.lastIndex = core.start;
  const numeric = mayBeNumericDate ? numericDatePattern.exec(text) : null;
  if (numeric !== null && numeric[1] !== undefined && numeric[2] !== undefined && numeric[3] !== undefined) {
    const day = asciiNumber(numeric[1]);
    const month = asciiNumber(numeric[2]);
    if (month >= 1 && month <= 12) return dateDetection(text, core, core.start, core.start + numeric[0].length, asciiNumber(numeric[3]), month, day);
  }
  isoDatePattern.lastIndex = core.start;
  const iso = mayBeNumericDate ? isoDatePattern.exec(text) : null;
  if (iso !== null && iso[1] !== undefined && iso[2] !== undefined && iso[3] !== undefined) {
    const month = asciiNumber(iso[2]);
    if (month >= 1 && month <= 12) return dateDetection(text, core, core.start, core.start + iso[0].length, asciiNumber(iso[1]), month, asciiNumber(iso[3]));
  }
  if (core.integerDigitCount <= 2 && number >= 1 && number <= 31) {
    const monthAfter = monthStartingAt(text, core.end);
    if (monthAfter !== null) {
      const year = readYear(text, monthAfter.end);
      return dateDetection(text, core, core.start, year?.end ?? monthAfter.end, year?.year ?? null, monthAfter.month, number);
    }
    const monthBefore = monthEndingAt(text, core.start, floor);
    if (monthBefore !== null && !isArabicLetter(text.charCodeAt(monthBefore.start))) {
      const year = readYear(text, core.end);
      return dateDetection(text, core, monthBefore.start, year?.end ?? core.end, year?.year ?? null, monthBefore.month, number);
    }
  }
  if (core.integerDigitCount === 4 && number >= 1000 && number <= 2999) {
    const monthBefore = monthEndingAt(text, core.start, floor);
    if (monthBefore !== null) return dateDetection(text, core, monthBefore.start, yearEnd(text, core.end), number, monthBefore.month, null);
    const previous = readPreviousWord(text, core.start);
    if (previous !== null && (number < 1900 || number > 2099)) {
      const isYearContext = previous.isArabic
        ? lookupWord(arabicYearWordsByNode, previous) !== undefined
        : lookupWord(englishYearWordsByNode, previous) !== undefined;
      if (isYearContext && !isCountedNounAfter(text, core.end)) {
        return finish(text, core.start, yearEnd(text, core.end), number, "date", null, "exact", null, core.language, 0.75, undefined, String(number));
      }
    }
  }
  return null;
}

function isCountedNounAfter(text: string, position: number): boolean {
  return readSubjectAfter(text, position, languageAround(text, position, position)) !== null && !isYearMarker(text, position);
}

/** "carried 2000 passengers": in English a plural noun after a year-sized number makes it a count, unless "in 2019 …". */
function isEnglishCountOfYearSize(text: string, core: NumberCore, subject: string | null): boolean {
  if (subject === null || languageAround(text, core.start, core.end) !== "en") return false;
  if (!subject.endsWith("s")) return false; // "a 2021 survey": a count would take a plural
  // "Nigeria's 2025 budget": a year names which one.
  const before = skipSpacesBackward(text, core.start);
  const apostrophe = text.charCodeAt(before - 2);
  if ((text.charCodeAt(before - 1) | 0x20) === 0x73 && (apostrophe === 0x27 || apostrophe === 0x2019)) return false;
  const previous = readPreviousWord(text, core.start);
  // "The 2022 floods", "the 2024 Lok Sabha elections": after "the" a year says which ones (a count of that size
  // is written 2,022).
  if (previous !== null && previous.key === "the") return false;
  return previous === null || !(lookupWord(englishYearWordsByNode, previous) !== undefined);
}

function isYearLike(core: NumberCore, measure: Measure): boolean {
  return (
    core.isDigits &&
    core.integerDigitCount === 4 &&
    !core.hasSeparator &&
    core.decimals === 0 &&
    measure.scale === 1 &&
    measure.unit === null &&
    core.mantissa >= 1900 &&
    core.mantissa <= 2099
  );
}

// ---------------------------------------------------------------------------------------------
// Qualifiers, subjects, scope

function qualifierBefore(text: string, start: number, floor: number): { qualifier: Qualifier; start: number } | null {
  const windowStart = Math.max(floor, start - 28); // the longest phrase, "ما لا يزيد على", is 14 characters
  if (windowStart >= start) return null;
  const lastCode = text.charCodeAt(start - 1);
  if (!isLetter(lastCode) && !isSpaceCode(lastCode) && lastCode !== 0x7e) return null;
  if (lastCode === 0x7e) return { qualifier: "about", start: start - 1 };
  const previous = readPreviousWord(text, start);
  if (previous === null || !(lookupWord(qualifierFinalWordsByNode, previous) !== undefined)) return null;
  const phraseEndings = qualifierPhraseEndings.get(previous.key);
  if (phraseEndings !== undefined && !mayEndQualifierPhrase(text, start, phraseEndings)) return null;
  const candidates = qualifierPatternsByFinalWord.get(previous.key) ?? (previous.isArabic ? arabicQualifierPatterns : englishQualifierPatterns);
  if (candidates.length === 0) return null;
  const before = text.slice(windowStart, start);
  for (const [pattern, qualifier] of candidates) {
    const phrase = pattern.exec(before)?.[1];
    // The phrase ends with a letter, right before the trailing spaces the pattern ends with.
    if (phrase === undefined) continue;
    const phraseStart = skipHorizontalSpaceBackward(text, start) - phrase.length;
    // "edged up to 4.1 per cent": "up" belongs to the verb.
    if (qualifier === "up to" && (phrase.charCodeAt(0) | 0x20) === 0x75 && isVerbOfMovement(readPreviousWord(text, phraseStart))) return null;
    return { qualifier, start: phraseStart };
  }
  return null;
}

/**
 * "A$8.5 billion over five years": "over" before a span of time gives the period, not "more than"; but "for over 20
 * years", "in over a decade", "over 20 years ago" and "children over five years old" do mean more than.
 */
function isPeriodAfterOver(text: string, qualifierStart: number, numberStart: number, subject: string | null, end: number): boolean {
  if (subject === null || text.slice(qualifierStart, numberStart).trim().toLowerCase() !== "over") return false;
  const unit = subject.toLowerCase();
  if (!englishTimeUnits.has(unit.endsWith("s") ? unit.slice(0, -1) : unit)) return false;
  const before = readPreviousWord(text, qualifierStart)?.normalised ?? "";
  if (before === "for" || before === "in" || before === "of" || before === "than" || before === "after") return false;
  const after = readWord(text, end)?.normalised ?? "";
  return after !== "ago" && after !== "old";
}

function isVerbOfMovement(word: WordSpan | null): boolean {
  if (word === null || word.isArabic) return false;
  const verb = word.normalised;
  return verb.endsWith("ed") || verb === "went" || verb === "rose" || verb === "shot" || verb === "crept" || verb === "goes" || verb === "moves";
}

/**
 * من، إلى، على and عن come before numbers far more often as plain prepositions than as the end of a qualifier.
 * For each, the spellings it has in the patterns and the endings the word before it has in every Arabic phrase
 * that ends with it ([اأ]كثر من، ما يقرب من، يصل إلى، لا يزيد على، يربو على، لا يقل عن …): without one, no pattern can match.
 */
const qualifierPhraseEndings = new Map<string, { finals: readonly string[]; before: readonly string[] }>([
  ["من", { finals: ["من"], before: ["كثر", "زيد", "قل", "يقرب"] }],
  ["الي", { finals: ["إلى", "الى"], before: ["صل"] }], // يصل، تصل
  ["علي", { finals: ["على"], before: ["زيد", "يربو"] }], // يزيد، تزيد
  ["عن", { finals: ["عن"], before: ["زيد", "قل"] }], // يقل، تقل
]);

function mayEndQualifierPhrase(text: string, start: number, endings: { finals: readonly string[]; before: readonly string[] }): boolean {
  const end = skipHorizontalSpaceBackward(text, start);
  for (const final of endings.finals) {
    const finalStart = end - final.length;
    if (finalStart < 0 || !text.startsWith(final, finalStart)) continue;
    const wordEnd = skipHorizontalSpaceBackward(text, finalStart);
    if (wordEnd === finalStart) continue;
    for (const ending of endings.before) if (wordEnd >= ending.length && text.startsWith(ending, wordEnd - ending.length)) return true;
  }
  return false;
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

function skipHorizontalSpaceBackward(text: string, position: number): number {
  let index = position;
  while (isSpaceCode(text.charCodeAt(index - 1))) index -= 1;
  return index;
}

function skipHorizontalSpace(text: string, position: number): number {
  let index = position;
  while (isSpaceCode(text.charCodeAt(index))) index += 1;
  return index;
}

function qualifierAfter(text: string, end: number): { qualifier: Qualifier; end: number } | null {
  // Every trailing phrase is a space and then ع، ف، و، ا، أ، ت, "o" or "a" (either case): anything else cannot match.
  if (!isSpaceCode(text.charCodeAt(end))) return null;
  const first = text.charCodeAt(skipHorizontalSpace(text, end));
  if (
    first !== 0x639 &&
    first !== 0x641 &&
    first !== 0x648 &&
    first !== 0x627 &&
    first !== 0x623 &&
    first !== 0x62a &&
    (first | 0x20) !== 0x6f &&
    (first | 0x20) !== 0x61
  )
    return null;
  const matchEnd = trailingQualifierEnd(text, end);
  return matchEnd < 0 ? null : { qualifier: trailingQualifier, end: matchEnd };
}

// trailingQualifierPatterns matched by hand, in their order; trailingQualifierEnd sets the qualifier here.
let trailingQualifier: Qualifier = "exact";

function isBasicArabicLetter(code: number): boolean {
  return code >= 0x621 && code <= 0x64a;
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === 0x5f;
}

/** Whether text at position spells word: Arabic letters exactly (a list of alternatives for one position), ASCII letters in either case. */
function spellsAt(text: string, position: number, word: readonly (readonly number[])[]): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = text.charCodeAt(position + index);
    const choices = word[index] ?? [];
    let matches = false;
    for (const choice of choices) {
      if (code === choice || (choice >= 0x61 && choice <= 0x7a && code === choice - 0x20)) {
        matches = true;
        break;
      }
    }
    if (!matches) return false;
  }
  return true;
}

function spelling(pattern: string): number[][] {
  return pattern
    .split(" ")
    .filter((part) => part !== "")
    .map((part) => [...part].map((letter) => letter.charCodeAt(0)));
}
// Each entry: the code units one position may hold.
const alaSpelling = spelling("ع ل ىي"); // على|علي
const alAqallSpelling = spelling("ا ل اأ ق ل"); // ال[اأ]قل
const alAktharSpelling = spelling("ا ل اأ ك ث ر"); // ال[اأ]كثر
const faAktharSpelling = spelling("فو اأ ك ث ر"); // [فو][اأ]كثر
const awSpelling = spelling("اأ و"); // [اأ]و
const aktharSpelling = spelling("اأ ك ث ر"); // [اأ]كثر
const taqribSpelling = spelling("ت ق ر ي ب"); // تقريب
const orMoreSpelling = [..."or more"].map((letter) => [letter.charCodeAt(0)]);
const atLeastSpelling = [..."at least"].map((letter) => [letter.charCodeAt(0)]);
const orSoSpelling = [..."or so"].map((letter) => [letter.charCodeAt(0)]);

/** End of the first trailing qualifier phrase at end (a horizontal space there), or -1. */
function trailingQualifierEnd(text: string, end: number): number {
  const phrase = skipHorizontalSpace(text, end);
  // [ \t\u00a0]+(?:على|علي)[ \t\u00a0]+ال[اأ]قل(?![\u0621-\u064A]) → at least
  if (spellsAt(text, phrase, alaSpelling) && isSpaceCode(text.charCodeAt(phrase + 3))) {
    const article = skipHorizontalSpace(text, phrase + 3);
    if (spellsAt(text, article, alAqallSpelling) && !isBasicArabicLetter(text.charCodeAt(article + 5))) {
      trailingQualifier = "at least";
      return article + 5;
    }
    // على الأكثر → at most
    if (spellsAt(text, article, alAktharSpelling) && !isBasicArabicLetter(text.charCodeAt(article + 6))) {
      trailingQualifier = "at most";
      return article + 6;
    }
  }
  // [ \t\u00a0]+(?:[فو][اأ]كثر|[اأ]و[ \t\u00a0]+[اأ]كثر)(?![\u0621-\u064A]) → at least
  if (spellsAt(text, phrase, faAktharSpelling) && !isBasicArabicLetter(text.charCodeAt(phrase + 5))) {
    trailingQualifier = "at least";
    return phrase + 5;
  }
  if (spellsAt(text, phrase, awSpelling) && isSpaceCode(text.charCodeAt(phrase + 2))) {
    const more = skipHorizontalSpace(text, phrase + 2);
    if (spellsAt(text, more, aktharSpelling) && !isBasicArabicLetter(text.charCodeAt(more + 4))) {
      trailingQualifier = "at least";
      return more + 4;
    }
  }
  // [ \t\u00a0]+تقريب[اًا]+(?![\u0621-\u064A]) → about: the longest run of ا/ً that no basic letter follows
  if (spellsAt(text, phrase, taqribSpelling)) {
    const runStart = phrase + 5;
    let runEnd = runStart;
    while (text.charCodeAt(runEnd) === 0x627 || text.charCodeAt(runEnd) === 0x64b) runEnd += 1;
    for (let matchEnd = runEnd; matchEnd > runStart; matchEnd -= 1) {
      if (!isBasicArabicLetter(text.charCodeAt(matchEnd))) {
        trailingQualifier = "about";
        return matchEnd;
      }
    }
  }
  // [ \t\u00a0]+(?:or more|at least)\b → at least; [ \t\u00a0]+or so\b → about (ASCII letters, either case)
  if (spellsAt(text, phrase, orMoreSpelling) && !isAsciiWordCode(text.charCodeAt(phrase + 7))) {
    trailingQualifier = "at least";
    return phrase + 7;
  }
  if (spellsAt(text, phrase, atLeastSpelling) && !isAsciiWordCode(text.charCodeAt(phrase + 8))) {
    trailingQualifier = "at least";
    return phrase + 8;
  }
  if (spellsAt(text, phrase, orSoSpelling) && !isAsciiWordCode(text.charCodeAt(phrase + 5))) {
    trailingQualifier = "about";
    return phrase + 5;
  }
  return -1;
}

/** The counted noun right after the number: "100 مليار رسالة", "20 billion messages", "12 million active users". */
function readSubjectAfter(text: string, position: number, language: DetectionLanguage): { start: number; end: number } | null {
  const word = readWord(text, position);
  if (word === null) return null;
  if (word.isArabic) {
    if (language !== "ar") return null;
    if (!isCountedNounAfterNumber(text, word)) return null;
    return { start: word.start, end: word.end };
  }
  if (language !== "en") return null;
  const isDemonym = lookupWord(englishDemonymsByNode, word) !== undefined;
  const isLowerCase = isLowerCaseAt(text, word.start);
  // Plural demonyms (Britons) are counted nouns; other names and sentence starts only before one ("35 Premier League matches").
  if (!isLowerCase && !isDemonym) return pluralHeadAfter(text, word, true);
  // "12 killed", "5,000 fully vaccinated": a participle or adverb names something counted only before a plural noun.
  if (!isEnglishNoun(word)) return /(?:ed|ly)$/.test(word.normalised) ? pluralHeadAfter(text, word, false) : null;
  if (isPluralNoun(word)) return { start: word.start, end: word.end };
  // "12 intensive care beds", "471,550 new permanent residents", "One in four young Australians"; else the noun alone.
  return pluralHeadAfter(text, word, isDemonym) ?? { start: word.start, end: word.end }; // "1.2 million Sudanese refugees"
}

/**
 * The counted noun with the words before it: up to two more words after first, ending in a plural noun ("1,500
 * suspected mpox cases", "175 million monthly active users", "3 confirmed Ebola cases"), or null when none ends
 * so. The plural is lower case or a people (Kenyans); the words between may be names.
 */
function pluralHeadAfter(text: string, first: WordSpan, firstMayBeName: boolean): { start: number; end: number } | null {
  if (!isPremodifier(text, first, firstMayBeName)) return null;
  let word = readWord(text, first.end);
  for (let step = 0; step < 2 && word !== null && isPremodifier(text, word); step += 1) {
    if (isPluralNoun(word) && (isLowerCaseAt(text, word.start) || lookupWord(englishDemonymsByNode, word) !== undefined))
      return { start: first.start, end: word.end };
    word = readWord(text, word.end);
  }
  return null;
}

function isPluralNoun(word: WordSpan): boolean {
  return isEnglishNoun(word) && (endsLikePlural(word) || word.key === "people");
}

/** An English word that may stand before a counted noun: no function word, number, scale or month; lower case unless a name may be. */
function isPremodifier(text: string, word: WordSpan, mayBeName = true): boolean {
  if (word.isArabic || word.normalised.length <= 2) return false;
  return (isLowerCaseAt(text, word.start) || (mayBeName && isCapitalisedAt(text, word.start))) && isEnglishContentWord(word);
}

function endsLikePlural(span: WordSpan): boolean {
  return span.normalised.endsWith("s") && !span.normalised.endsWith("ss");
}

function isEnglishNoun(word: WordSpan): boolean {
  return isEnglishContentWord(word) && !/(?:ed|ly)$/.test(word.normalised);
}

/** Neither a function word, a number word, a scale nor a month. */
function isEnglishContentWord(word: WordSpan): boolean {
  return (
    lookupWord(englishSubjectStopWordsByNode, word) === undefined &&
    lookupWord(englishNumberWordsByNode, word) === undefined &&
    lookupWord(englishScaleWordsByNode, word) === undefined &&
    lookupWord(englishMonthsByNode, word) === undefined
  );
}

function isCountedNounAfterNumber(text: string, word: WordSpan): boolean {
  const key = word.key;
  if (arabicSubjectStopWords.has(key)) return false;
  if (findArabicNumberWord(word) !== null || findArabicMonth(word) !== null) return false;
  if (key === "كانون" || key === "تشرين") return false;
  const head = normalisedHead;
  if (word.normalisedHead(head) < 2) return false;
  // A leading و/ف is usually a conjunction before a verb or another phrase (وتابع، وبلغ), but not in وحدة، وظيفة:
  // ^(?:ال|لل|[وف](?:[يتناال]|لل|ب|ل|ك|قال|قد|كان|هو|هي|من|في|علي|عن|لم|لا|ما)) on the normalised form.
  if (startsWithArticleOrConjunction(head) && lookupWord(nounsBeginningLikeConjunctionByNode, word) === undefined) return false;
  // "20 مليونا عام 2019": a year word introducing a date is not what was counted.
  if ((key === "عام" || key === "سنه") && digitValue(text.charCodeAt(skipSpaces(text, word.end))) >= 0) return false;
  return true;
}

/** Counted nouns whose first letters read like و or ف before a verb (190 فيلما، 300 فتاة، 12 ولاية), normalised. */
const nounsBeginningLikeConjunction = new Set([
  "فيلم",
  "فيلما",
  "فيديو",
  "فيديوهات",
  "فيروس",
  "فيروسا",
  "فيروسات",
  "فتاه",
  "فتيات",
  "فنان",
  "فنانا",
  "فنانين",
  "فنانه",
  "فندق",
  "فندقا",
  "فنادق",
  "فلاح",
  "فلاحا",
  "فلاحين",
  "ولايه",
  "ولايات",
  "وكاله",
  "وكالات",
]);

const normalisedHead = new Uint16Array(4);
const alefCode = 0x627;
const lamCode = 0x644;
/** Words after و/ف that make it a conjunction, by their first letters (past the single letters ي ت ن ا ل ب ك). */
const conjunctionFollowers = ["قال", "قد", "هو", "هي", "من", "في", "علي", "عن", "ما"].map((word) => [...word].map((letter) => letter.charCodeAt(0)));

/** head holds the first (up to 4) normalised code units of a word of two or more. Unset slots are 0. */
function startsWithArticleOrConjunction(head: Uint16Array): boolean {
  const first = head[0] ?? 0;
  const second = head[1] ?? 0;
  if ((first === alefCode || first === lamCode) && second === lamCode) return true; // ال، لل
  if (first !== 0x648 && first !== 0x641) return false; // و، ف
  if (second === 0x64a || second === 0x62a || second === 0x646 || second === alefCode || second === lamCode || second === 0x628 || second === 0x643)
    return true;
  for (const follower of conjunctionFollowers) {
    let matches = true;
    for (let index = 0; index < follower.length; index += 1) {
      if (head[index + 1] !== follower[index]) {
        matches = false;
        break;
      }
    }
    if (matches) return true;
  }
  return false;
}

// A number that names something rather than counts it: "Article 3", "Resolution 2254", "المادة 3", "القرار 2254".
const identifierLabels = new Set([
  "article",
  "resolution",
  "section",
  "chapter",
  "clause",
  "paragraph",
  "route",
  "flight",
  "boeing",
  "airbus",
  "no",
  "number",
  "room",
  "iphone",
  "version",
  "level",
  "class",
  "vision", // Vision 2030: a programme's name
  "رؤيه", // رؤية 2030
  "stage",
  "grade",
  "page",
  "line",
  "platform",
  "gate",
  "channel",
  "category",
  "phase",
  "stage",
  "model",
  "apollo",
  "windows",
  "galaxy",
  "بنزين",
  "وبنزين",
  "البنزين",
  "fortune",
  "pixel",
  "playstation",
  "android",
  "oneplus",
  "xbox",
  "ايفون",
  "جالكسي",
  "غالاكسي",
  "بلايستيشن",
  "ويندوز",
  "اندرويد",
  "ماده",
  "الماده",
  "قرار",
  "القرار",
  "رقم",
  "الرقم",
  "بند",
  "البند",
  "فصل",
  "الفصل",
  "رحله",
  "الرحله",
  "طراز",
  "صفحه",
  "الصفحه",
  "فقره",
  "الفقره",
  "مرحله",
  "المرحله",
]);
function isLabelledIdentifier(text: string, digitsStart: number): boolean {
  const previous = readPreviousWord(text, digitsStart);
  if (previous === null || previous.end !== skipSpacesBackward(text, digitsStart)) return false;
  if (lookupWord(identifierLabelsByNode, previous) !== undefined) return true;
  // قرار مجلس الأمن 2254: a Security Council resolution.
  return previous.normalised === "الامن" && readPreviousWord(text, previous.start)?.normalised === "مجلس";
}

/** "الساعات الـ24", "الدول الأعضاء الـ27": a definite number after a definite sound plural is a count, not a rank. */
function followsSoundPlural(text: string, digitsStart: number): boolean {
  const previous = readPreviousWord(text, wordStart(text, digitsStart));
  if (previous === null || !previous.isArabic) return false;
  return /^(?:ال|لل).*(?:ات|ين|ون)$/.test(previous.normalised);
}

function isCountedNounBefore(word: WordSpan): boolean {
  if (lookupWord(arabicOneIdiomsByNode, word) !== undefined || lookupWord(arabicSubjectStopWordsByNode, word) !== undefined) return false;
  const normalised = word.normalised;
  if (normalised.startsWith("ال") || normalised.length < 2) return false;
  return true;
}

/** "مستخدميه البالغ عددهم 1,5 مليار": the counted noun stated before the number. */
const arabicCountedBeforePattern = new RegExp(
  `([\\u0621-\\u064A\\u0640]+)${horizontalSpace}+ال(?:بالغ|بالغة|بالغين)${horizontalSpace}+عدد(?:هم|ها|ه)${horizontalSpace}*$`,
);
function subjectBeforeCount(text: string, start: number, floor: number): string | null {
  const previous = readPreviousWord(text, start);
  if (previous === null || !previous.normalised.startsWith("عدد")) return null;
  const windowStart = Math.max(floor, start - 60);
  const match = arabicCountedBeforePattern.exec(text.slice(windowStart, start));
  return match?.[1] ?? null;
}

function findScope(text: string, start: number, end: number, language: DetectionLanguage): string | null {
  if (!hasScopeWordBetween(start - 120, end + 60)) return null;
  // The clause: from just after the last boundary in [start - 120, start) to the first one in [end, end + 60).
  const lowest = Math.max(0, start - 120);
  const highest = Math.min(text.length, end + 60);
  const next = firstBoundaryAtOrAfter(start);
  const previousBoundary = next > 0 ? (clauseBoundaries.values[next - 1] ?? -1) : -1;
  const clauseStart = previousBoundary >= lowest ? previousBoundary + 1 : lowest;
  const followingIndex = firstBoundaryAtOrAfter(end);
  const following = followingIndex < clauseBoundaries.length ? (clauseBoundaries.values[followingIndex] ?? highest) : highest;
  const clauseEnd = following < highest ? following : highest;
  // The span itself counts too: "12 million Britons" names its scope in the counted noun.
  return scopeInWindow(text, clauseStart, end, language, true) ?? scopeInWindow(text, end, clauseEnd, language, false);
}

// Numbers are parsed left to right, so the searches below move a cursor a few steps from where the last one
// stopped instead of bisecting: both lists are ascending, so the answer is the same.
let boundaryCursor = 0;
let scopeWordCursor = 0;

/** Index of the first clause boundary at or after from. */
function firstBoundaryAtOrAfter(from: number): number {
  const offsets = clauseBoundaries.values;
  let index = Math.min(boundaryCursor, clauseBoundaries.length);
  while (index > 0 && (offsets[index - 1] ?? 0) >= from) index -= 1;
  while (index < clauseBoundaries.length && (offsets[index] ?? 0) < from) index += 1;
  boundaryCursor = index;
  return index;
}

/** Index (even) of the first scope word [start, end] pair whose start is at or after from. */
function firstScopeWordAtOrAfter(from: number): number {
  const offsets = scopeWordOffsets.values;
  let pair = Math.min(scopeWordCursor, scopeWordOffsets.length);
  while (pair > 0 && (offsets[pair - 2] ?? 0) >= from) pair -= 2;
  while (pair < scopeWordOffsets.length && (offsets[pair] ?? 0) < from) pair += 2;
  scopeWordCursor = pair;
  return pair;
}

function hasScopeWordBetween(from: number, to: number): boolean {
  const pair = firstScopeWordAtOrAfter(from);
  return pair < scopeWordOffsets.length && (scopeWordOffsets.values[pair] ?? to) < to;
}

/** The scope word in [from, to) nearest the number: the last one before it, or the first one after it. */
function scopeInWindow(text: string, from: number, to: number, language: DetectionLanguage, preferLast: boolean): string | null {
  const offsets = scopeWordOffsets.values;
  const pairsEnd = scopeWordOffsets.length;
  const cache = language === "ar" ? arabicScopeCache : englishScopeCache;
  let found: string | null = null;
  for (let pair = firstScopeWordAtOrAfter(from); pair < pairsEnd; pair += 2) {
    const start = offsets[pair] ?? 0;
    const end = offsets[pair + 1] ?? 0;
    if (end > to) break;
    // A scope word's reading depends only on the text around it: computed once per language.
    let id = cache[pair >>> 1] ?? 0;
    if (id === 0) {
      id = scopeIdOf(scopeOfWordAt(text, start, language));
      cache[pair >>> 1] = id;
    }
    if (id !== noScopeId) {
      found = scopeNames[id] ?? null;
      if (!preferLast) return found;
    }
  }
  return found;
}

function scopeOfWordAt(text: string, start: number, language: DetectionLanguage): string | null {
  const word = readWord(text, start);
  if (word === null) return null;
  const previous = readPreviousWord(text, start);
  return language === "ar" ? arabicScope(text, word, previous) : englishScope(text, word, previous);
}

/** Scope names by id; id 0 means "not computed yet" and noScopeId "no scope". */
const noScopeId = 1;
const scopeNames: (string | null)[] = [null, null];
const scopeIds = new Map<string, number>();
function scopeIdOf(scope: string | null): number {
  if (scope === null) return noScopeId;
  let id = scopeIds.get(scope);
  if (id === undefined) {
    id = scopeNames.length;
    scopeNames.push(scope);
    scopeIds.set(scope, id);
  }
  return id;
}
let arabicScopeCache = new Uint16Array(0);
/** countryNamedAt of each scope word by its pair index, as scope ids (0: not computed yet). */
let countryCache = new Uint16Array(0);
let englishScopeCache = new Uint16Array(0);

function arabicScope(text: string, word: WordSpan, previous: WordSpan | null): string | null {
  if (!word.isArabic) return null;
  const demonym = findArabicDemonym(word);
  if (demonym !== null) return demonym.entry;
  // "19,5 مليون يمني": after a number the counted noun is singular, so the nisba names the people.
  const nisba = findArabicMasculineNisba(word);
  if (nisba !== null && nisba.prefix === "" && previous !== null && previous.end === skipSpacesBackward(text, word.start)) {
    if (findArabicNumberWord(previous) !== null) return nisba.entry;
  }
  if (nisba !== null && nisba.prefix === "" && digitValue(text.charCodeAt(skipSpacesBackward(text, word.start) - 1)) >= 0) return nisba.entry;
  // "250 ألف لاجئ سوري", "44,7 مليون ناخب مصري": a nisba after the counted noun names the people counted (but
  // "مليون دولار أمريكي" names a currency).
  if (nisba !== null && nisba.prefix === "" && previous !== null && previous.isArabic && previous.end === skipSpacesBackward(text, word.start)) {
    const nounStart = skipSpacesBackward(text, previous.start);
    const number = readPreviousWord(text, previous.start);
    const followsNumber =
      digitValue(text.charCodeAt(nounStart - 1)) >= 0 || (number !== null && number.end === nounStart && findArabicNumberWord(number) !== null);
    if (followsNumber && lookupWord(arabicCurrenciesByNode, previous) === undefined && lookupWord(arabicUnitsByNode, previous) === undefined)
      return nisba.entry;
  }
  // الأسر الليبية: a nisba after a plural of households or institutions.
  const adjective = findArabicFeminineAdjective(word);
  if (adjective !== null) {
    if (!adjective.hasArticle || previous === null) return null;
    const collective = findArabicCollectiveNoun(previous);
    if (collective !== null && collective.hasArticle) return adjective.entry;
    // ولاية كيرالا الهندية، مدينة ساو باولو البرازيلية: a place named as part of the country.
    let place: WordSpan | null = previous;
    for (let step = 0; step < 3 && place !== null; step += 1) {
      if (findArabicAdministrativeUnit(place) !== null) return adjective.entry;
      place = readPreviousWord(text, place.start);
    }
    return null;
  }
  // الاقتصاد الهندي، الشعب المصري
  if (nisba === null) {
    const masculine = findDefiniteMasculineNisba(word);
    if (masculine !== null && previous !== null && findArabicNationalNoun(previous)?.hasArticle === true) return masculine.entry;
  }
  const afterPreposition = previous !== null && (isArabicCountryPreposition(previous) || isAfterDirection(text, previous, word, "ar"));
  // Names of several words (الولايات المتحدة الأمريكية) first, longest first; only their first words can start one.
  const country =
    lookupWord(arabicCountryFirstWordsByNode, word) !== undefined ? longestName(text, word, findArabicCountry)?.found : findArabicCountry(word.key);
  return country !== null && country !== undefined && (afterPreposition || country.prefix === "ب" || country.prefix === "ل") ? country.entry : null;
}

function isArabicCountryPreposition(word: WordSpan): boolean {
  return lookupWord(arabicCountryPrepositionsByNode, word) !== undefined;
}

/** في شمال سوريا، in northern Bangladesh: a direction word between the preposition and the country. */
const englishPartWords = new Set(["parts", "part", "much", "most", "areas", "regions", "swathes"]);

function isAfterDirection(text: string, previous: WordSpan, word: WordSpan, language: DetectionLanguage): boolean {
  if (language === "en" && previous.key === "of") {
    // in parts of Mali, across much of Kenya
    const part = readPreviousWord(text, previous.start);
    const preposition = part !== null && englishPartWords.has(part.key) ? readPreviousWord(text, part.start) : null;
    return preposition !== null && englishCountryPrepositions.has(preposition.key);
  }
  // Keys, not normalised copies: every direction word is registered, so a word spelling one has it as its key.
  const isDirection = language === "ar" ? arabicDirectionWords.has(previous.key) : englishDirectionWords.has(previous.key);
  if (!isDirection) return false;
  // جنوب السودان، South Sudan: the direction is part of another country's name.
  const phrase = `${previous.normalised} ${word.normalised}`;
  if (language === "ar" ? findArabicCountry(phrase) !== null : englishCountries.has(phrase)) return false;
  const preposition = readPreviousWord(text, previous.start);
  if (preposition === null) return false;
  return language === "ar" ? isArabicCountryPreposition(preposition) : englishCountryPrepositions.has(preposition.key);
}

/** The longest name of one to four words (single spaces between) starting at word, as lookup finds it, and where it ends. */
function longestName<Found>(text: string, word: WordSpan, lookup: (phrase: string) => Found | null): { found: Found; end: number } | null {
  let phrase = word.key !== "" ? word.key : word.normalised;
  let longest = lookup(phrase);
  let longestEnd = word.end;
  let end = word.end;
  for (let count = 1; count < 4; count += 1) {
    const next = readWord(text, end);
    if (next === null || next.start - end !== 1) break;
    phrase = `${phrase} ${next.normalised}`;
    end = next.end;
    const longer = lookup(phrase);
    if (longer !== null) {
      longest = longer;
      longestEnd = end;
    }
  }
  return longest === null ? null : { found: longest, end: longestEnd };
}

function isPossessiveAt(text: string, position: number): boolean {
  const apostrophe = text.charCodeAt(position);
  return (apostrophe === 0x27 || apostrophe === 0x2019) && text.charCodeAt(position + 1) === 0x73 && !isLatinLetter(text.charCodeAt(position + 2));
}

function englishScope(text: string, word: WordSpan, previous: WordSpan | null): string | null {
  if (word.isArabic) return null;
  const isCapitalised = text.charCodeAt(word.start) >= 0x41 && text.charCodeAt(word.start) <= 0x5a;
  if (!isCapitalised) return null;
  const demonym = lookupWord(englishDemonymsByNode, word);
  if (demonym !== undefined) return demonym;
  const next = readWord(text, word.end);
  const adjective = englishNationalityAdjectives.get(word.key);
  if (
    adjective !== undefined &&
    next !== null &&
    (englishPeopleNouns.has(next.key) || (next.normalised.endsWith("s") && !next.normalised.endsWith("ss") && word.key !== "us"))
  ) {
    return adjective;
  }
  const lookup = (phrase: string): string | null => englishCountries.get(phrase) ?? null;
  // "Australia's wheat harvest", "South Africa's": the figure belongs to the country named.
  const named = longestName(text, word, lookup);
  if (named !== null && isPossessiveAt(text, named.end)) return named.found;
  if (previous === null) return null;
  if (englishCountryPrepositions.has(previous.key) || isAfterDirection(text, previous, word, "en")) {
    return named?.found ?? null;
  }
  if (previous.key === "the") {
    const beforeThe = readPreviousWord(text, previous.start);
    if (beforeThe !== null && (englishCountryPrepositions.has(beforeThe.key) || isAfterDirection(text, beforeThe, previous, "en"))) {
      return longestName(text, previous, lookup)?.found ?? null;
    }
  }
  return null;
}

/** Per code unit: 1 for an Arabic letter (isArabicLetter), 0x10000 for a Latin one (isLatinLetter), so one sum counts both. */
const scriptWeight = new Int32Array(0x10000);
for (let code = 0; code < 0x6d4; code += 1) scriptWeight[code] = isArabicLetter(code) ? 1 : isLatinLetter(code) ? 0x10000 : 0;

/** The script that dominates the few characters around a span (digits belong to both). */
function languageAround(text: string, start: number, end: number): DetectionLanguage {
  const from = Math.max(0, start - 16);
  const to = Math.min(text.length, end + 16);
  let sum = 0;
  for (let index = from; index < to; index += 1) sum += scriptWeight[text.charCodeAt(index)] ?? 0;
  if (sum === 0 && (from > 0 || to < text.length)) return languageAround(text, from, to);
  return (sum & 0xffff) >= sum >>> 16 ? "ar" : "en";
}

function isPrecededBy(text: string, position: number, pattern: RegExp): boolean {
  return pattern.test(text.slice(Math.max(0, position - 12), skipSpacesBackward(text, position)));
}

// Hot tables by lexeme node (see tableByNode): a word finds its entry without hashing its text.
const arabicNumberWordsByNode = tableByNode(arabicNumberWords);
const arabicCurrenciesByNode = tableByNode(arabicCurrencies);
const arabicCurrencyNationalitiesByNode = tableByNode(arabicCurrencyNationalities);
const englishCurrencyWordsByNode = tableByNode(englishCurrencyWords);
const arabicUnitsByNode = tableByNode(arabicUnits);
const englishUnitsByNode = tableByNode(englishUnits);
const englishScaleWordsByNode = tableByNode(englishScaleWords);
const nounsBeginningLikeConjunctionByNode = setByNode(nounsBeginningLikeConjunction);
const qualifierFinalWordsByNode = setByNode(qualifierFinalWords);
const identifierLabelsByNode = setByNode(identifierLabels);
const arabicYearWordsByNode = setByNode(arabicYearWords);
const englishYearWordsByNode = setByNode(englishYearWords);
const arabicSubjectStopWordsByNode = setByNode(arabicSubjectStopWords);
const arabicOneIdiomsByNode = setByNode(arabicOneIdioms);
const englishSubjectStopWordsByNode = setByNode(englishSubjectStopWords);
const englishNumberWordsByNode = tableByNode(englishNumberWords);
const englishMonthsByNode = tableByNode(englishMonths);
const arabicCountryPrepositionsByNode = setByNode(arabicCountryPrepositions);
const englishDemonymsByNode = tableByNode(englishDemonyms);
const arabicCountryFirstWordsByNode = setByNode(arabicCountryFirstWords);

// Every word the parser compares or looks up, so reading it needs no normalised copy.
for (const table of Object.values(lexicon))
  if (table instanceof Map || table instanceof Set) registerWords([...table.keys()].filter((key): key is string => typeof key === "string"));
for (const table of [
  hijriMonths,
  arabicCountryFirstWords,
  englishPlacingVerbs,
  englishPartWords,
  qualifierFinalWords,
  arabicYearWords,
  englishYearWords,
  arabicOneIdioms,
  arabicCountryPrepositions,
  englishCountryPrepositions,
  englishPeopleNouns,
  rangeOnlyWithBetween,
  identifierLabels,
  digitSuffixScales,
  digitSuffixUnits,
  ordinalSuffixes,
])
  registerWords(table.keys());
registerWords([
  "and",
  "record",
  "a",
  "an",
  "و",
  "ونصف",
  "us",
  "u",
  "dollars",
  "dollar",
  "in",
  "out",
  "of",
  "من",
  "كل",
  "اصل",
  "first",
  "second",
  "الاول",
  "الثاني",
  "كانون",
  "تشرين",
  "وكانون",
  "وتشرين",
  "the",
  "half",
  "one",
  "to",
  "الي",
  "حتي",
  "علي",
  "التوالي",
  "time",
  "people",
  "عام",
  "سنه",
  "m",
  "b",
  "yen",
]);
