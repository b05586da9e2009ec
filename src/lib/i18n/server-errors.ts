import { localeSchema } from "./index";
import type { Locale } from "./index";

/**
 * Arabic for the messages the JSON API sends back (`error.message` and `error.fieldErrors`).
 *
 * The server keeps writing its messages in English (logs, scripts, tests); route-handler.ts translates them
 * on the way out when the caller's interface is Arabic. Three layers, tried in order:
 *  1. an exact dictionary of every fixed message in src/ (server-errors.test.ts fails when one is missing);
 *  2. patterns for the messages built at run time, carrying their variable parts (ids, keys, names, numbers);
 *  3. patterns for zod's own default messages (schemas without a message of their own).
 * Anything else comes back in English, unchanged: a message in the wrong language beats a lost one.
 */
export function translateServerMessage(message: string, locale: Locale): string {
  if (locale !== "ar") return message;
  const exact = fixedMessages.get(message);
  if (exact !== undefined) return exact;
  for (const [pattern, render] of patterns) {
    const match = pattern.exec(message);
    if (!match) continue;
    const translated = render(match.slice(1).map((group) => group ?? ""));
    if (translated !== undefined) return translated;
  }
  return message;
}

/**
 * The language of the API's error messages: the interface language cookie when it holds a known locale,
 * else Arabic when the first Accept-Language tag is Arabic (ar, ar-EG…), else English — so scripts with an
 * API token and no preferences get English.
 */
export function errorLocaleOf(cookieValue: string | undefined, acceptLanguage: string | null): Locale {
  const fromCookie = localeSchema.safeParse(cookieValue?.trim().toLowerCase());
  if (fromCookie.success) return fromCookie.data;
  const firstTag = (acceptLanguage ?? "").split(",")[0]?.split(";")[0]?.trim().toLowerCase() ?? "";
  return firstTag === "ar" || firstTag.startsWith("ar-") ? "ar" : "en";
}

// 1. Fixed messages ------------------------------------------------------------------------------------------

const fixedMessages = new Map<string, string>([
  // src/lib/route-handler.ts, src/lib/errors.ts
  ["Some fields are not valid.", "بعض الحقول غير صالحة."],
  ["Something went wrong on our side. The change was not saved; please try again.", "حدث خطأ من جهتنا. لم يُحفظ التغيير؛ يُرجى المحاولة مرة أخرى."],
  ["Cross-site requests are not allowed; use a personal API token.", "الطلبات القادمة من مواقع أخرى غير مسموح بها؛ استخدم رمز وصول شخصياً (API token)."],
  ["Send the body as JSON with Content-Type: application/json.", "أرسل متن الطلب بصيغة JSON مع الترويسة Content-Type: application/json."],
  ["The body is larger than 5 MB.", "حجم متن الطلب يتجاوز 5 ميغابايت."],
  ["The body is not valid JSON.", "متن الطلب ليس JSON صالحاً."],
  ['If-Match must be the version in quotes, e.g. "3".', 'يجب أن تحمل الترويسة If-Match رقم النسخة بين علامتَي تنصيص، مثل "3".'],

  // src/auth
  ["The Authorization header must be: Bearer <token>.", "يجب أن تكون الترويسة Authorization بالصيغة: Bearer <token>."],
  ["This API token is not valid or has been revoked.", "رمز الوصول هذا غير صالح أو أُلغي."],
  ["Sign in, or send a personal API token as Authorization: Bearer <token>.", "سجّل الدخول، أو أرسل رمز وصول شخصياً في الترويسة Authorization: Bearer <token>."],

  // Users and API tokens
  ["An administrator already exists. Sign in instead.", "يوجد مدير بالفعل. سجّل الدخول بدلاً من ذلك."],
  ["You cannot remove your own administrator access; ask another administrator.", "لا يمكنك أن تنزع صلاحية المدير عن نفسك؛ اطلب ذلك من مدير آخر."],
  ["Enter a valid email address.", "أدخل بريداً إلكترونياً صالحاً."],
  ["The password needs at least 10 characters.", "تحتاج كلمة المرور إلى عشرة أحرف على الأقل."],
  ["The password can have at most 200 characters.", "يجب ألا تتجاوز كلمة المرور 200 حرف."],
  ["Enter a name.", "أدخل اسماً."],
  ["The name can have at most 120 characters.", "يجب ألا يتجاوز الاسم 120 حرفاً."],
  ["The name must be at most 120 characters.", "يجب ألا يتجاوز الاسم 120 حرفاً."],
  ["Give the token a name.", "أعطِ الرمز اسماً."],
  ["The name can have at most 80 characters.", "يجب ألا يتجاوز الاسم 80 حرفاً."],

  // Articles and revisions
  ["Enter a title.", "أدخل عنواناً."],
  ["The title can have at most 300 characters.", "يجب ألا يتجاوز العنوان 300 حرف."],
  ["Paste the article's text.", "الصق نص المقال."],
  ["The text can have at most 2,000,000 characters.", "يجب ألا يتجاوز النص 2,000,000 حرف."],
  ["The note can have at most 500 characters.", "يجب ألا تتجاوز الملاحظة 500 حرف."],
  [
    "Someone else changed this article since you opened it. Reload to see their change, then apply yours again.",
    "غيّر شخص آخر هذا المقال منذ أن فتحته. أعد تحميل الصفحة لترى تعديله، ثم طبّق تعديلك مرة أخرى.",
  ],
  [
    "Someone else revised this article at the same moment. Reload and apply your change again.",
    "حفظ شخص آخر نسخة جديدة من هذا المقال في اللحظة نفسها. أعد تحميل الصفحة وطبّق تعديلك مرة أخرى.",
  ],

  // Claims
  ["A claim needs some text, not only spaces.", "يحتاج الادعاء إلى نص، لا إلى مسافات فقط."],
  ["The range holds only white space.", "لا يحوي النطاق المحدد إلا مسافات فارغة."],
  ["The range lies outside the article's text.", "يقع النطاق المحدد خارج نص المقال."],
  ["That quote does not occur in the article's text.", "هذا الاقتباس غير موجود في نص المقال."],
  ["Not found in the article.", "غير موجود في المقال."],
  ["Must be a number.", "يجب أن تكون القيمة رقماً."],
  ["Must be a whole number.", "يجب أن تكون القيمة عدداً صحيحاً."],
  ["Must be 0 or more.", "يجب أن تكون القيمة 0 أو أكثر."],
  ["end must be greater than start.", "يجب أن تكون قيمة end أكبر من قيمة start."],
  ["Quote the claim's text.", "اقتبس نص الادعاء."],
  ["The restated claim can have at most 1000 characters.", "يجب ألا تتجاوز صياغة الادعاء 1000 حرف."],
  ["Choose at least one reviewer.", "اختر مراجعاً واحداً على الأقل."],
  ["A published claim cannot be changed: unpublish its verdict first.", "لا يمكن تغيير ادعاء منشور: اسحب حكمه أولاً."],
  ["A published claim cannot be deleted: unpublish its verdict first.", "لا يمكن حذف ادعاء منشور: اسحب حكمه أولاً."],
  [
    "Someone else changed this claim since you opened it. Its current state is shown; apply your change again if it still holds.",
    "غيّر شخص آخر هذا الادعاء منذ أن فتحته. تظهر الآن حالته الحالية؛ أعد تطبيق تعديلك إن كان لا يزال قائماً.",
  ],
  [
    "Someone else changed this claim at the same moment. Reload and apply your change again.",
    "غيّر شخص آخر هذا الادعاء في اللحظة نفسها. أعد تحميل الصفحة وطبّق تعديلك مرة أخرى.",
  ],
  ["This claim's verdict is published; unpublish it to review again.", "حكم هذا الادعاء منشور؛ اسحبه لتعاد مراجعته."],
  ["This claim's verdict is published; unpublish it first.", "حكم هذا الادعاء منشور؛ اسحبه أولاً."],
  ["Accept the claim before assigning reviewers.", "اقبل الادعاء قبل تكليف المراجعين."],
  ["Some of the people chosen do not exist or are deactivated.", "بعض الأشخاص المختارين غير موجودين أو معطَّلة حساباتهم."],
  ["Viewers cannot review.", "لا يستطيع من دوره قارئ أن يراجع."],

  // Verdicts and publication
  ["Choose a rating.", "اختر تقييماً."],
  ["Explain the verdict.", "اكتب تفسير الحكم."],
  ["The explanation can have at most 10,000 characters.", "يجب ألا يتجاوز التفسير 10,000 حرف."],
  ["The reason can have at most 2000 characters.", "يجب ألا يتجاوز السبب 2000 حرف."],
  ["Choose the final rating.", "اختر التقييم النهائي."],
  ["Write the published explanation.", "اكتب التفسير الذي سيُنشر."],
  ["Choose the corrected rating.", "اختر التقييم المصحَّح."],
  ["Write the corrected explanation.", "اكتب التفسير المصحَّح."],
  ["Say what was corrected and why: readers see it.", "اذكر ما الذي صُحّح ولماذا: سيرى القراء ذلك."],
  ["Say why the verdict is withdrawn: readers see it.", "اذكر سبب سحب الحكم: سيرى القراء ذلك."],
  ["The verdict on this claim is published; it can only be corrected by an editor.", "الحكم على هذا الادعاء منشور؛ ولا يصححه إلا محرر."],
  [
    "Only accepted claims get verdicts: accept the suggestion first (an editor can).",
    "لا تصدر الأحكام إلا على الادعاءات المقبولة: اقبل الاقتراح أولاً (يستطيع المحرر ذلك).",
  ],
  ["A source relied on is not attached to this claim.", "أحد المصادر المستند إليها غير مرفق بهذا الادعاء."],
  [
    "Your verdict changed since you opened it (in another tab?). Its current text is shown; apply your change again.",
    "تغيّر حكمك منذ أن فتحته (في تبويب آخر؟). يظهر الآن نصه الحالي؛ طبّق تعديلك مرة أخرى.",
  ],
  ["Your verdict was changed at the same moment. Reload and apply your change again.", "تغيّر حكمك في اللحظة نفسها. أعد تحميل الصفحة وطبّق تعديلك مرة أخرى."],
  ["The claim changed at the same moment. Reload and submit again.", "تغيّر الادعاء في اللحظة نفسها. أعد تحميل الصفحة وأرسل مرة أخرى."],
  [
    "Someone else changed this claim since you opened it. Its current state is shown; decide again.",
    "غيّر شخص آخر هذا الادعاء منذ أن فتحته. تظهر الآن حالته الحالية؛ قرّر من جديد.",
  ],
  ["This verdict is already published; publish a correction instead.", "هذا الحكم منشور بالفعل؛ انشر تصحيحاً بدلاً من ذلك."],
  ["Nothing is published on this claim yet.", "لم يُنشر أي حكم على هذا الادعاء بعد."],
  ["No reviewer has given a verdict on this claim yet.", "لم يُصدر أي مراجع حكماً على هذا الادعاء بعد."],
  [
    "Four eyes: you are the only person who reviewed this claim, so someone else must publish its verdict (or another reviewer must review it).",
    "مبدأ الأعين الأربع: أنت الوحيد الذي راجع هذا الادعاء، لذا يجب أن ينشر حكمَه شخصٌ آخر (أو أن يراجعه مراجع آخر).",
  ],
  ["The final rating differs from every reviewer's: give the reason.", "يختلف التقييم النهائي عن تقييمات جميع المراجعين: اذكر السبب."],
  ["Needed when the rating differs from the reviewers'.", "مطلوب عندما يختلف التقييم عن تقييمات المراجعين."],

  // Sources
  ["Enter the source's address (URL).", "أدخل رابط المصدر (URL)."],
  ["The address can have at most 2048 characters.", "يجب ألا يتجاوز الرابط 2048 حرفاً."],
  ["The address must be a full web address starting with http:// or https://.", "يجب أن يكون الرابط عنوان ويب كاملاً يبدأ بـ http:// أو https://."],
  ["Enter the source's title.", "أدخل عنوان المصدر."],
  ["The title can have at most 500 characters.", "يجب ألا يتجاوز العنوان 500 حرف."],
  ["The publisher can have at most 200 characters.", "يجب ألا يتجاوز اسم الناشر 200 حرف."],
  ["The author can have at most 200 characters.", "يجب ألا يتجاوز اسم الكاتب 200 حرف."],
  ["Enter the date published as YYYY-MM-DD.", "أدخل تاريخ النشر بالصيغة YYYY-MM-DD."],
  ["Enter the date accessed as YYYY-MM-DD.", "أدخل تاريخ الاطلاع بالصيغة YYYY-MM-DD."],
  ["The note can have at most 2000 characters.", "يجب ألا تتجاوز الملاحظة 2000 حرف."],
  ["The excerpt can have at most 5000 characters.", "يجب ألا يتجاوز المقتطف 5000 حرف."],
  ["This claim is dismissed; reopen it before attaching sources.", "هذا الادعاء مستبعد؛ أعد فتحه قبل إرفاق المصادر."],
  ["This source is already attached to the claim.", "هذا المصدر مرفق بالادعاء بالفعل."],
  ["The verdict on this claim is published; its sources stay as published.", "الحكم على هذا الادعاء منشور؛ وتبقى مصادره كما نُشرت."],
  ["Someone else edited this source since you opened it.", "عدّل شخص آخر هذا المصدر منذ أن فتحته."],
  ["Another source already has this address.", "هناك مصدر آخر مسجَّل بهذا الرابط."],
  ["Someone else edited this source at the same moment.", "عدّل شخص آخر هذا المصدر في اللحظة نفسها."],

  // Comments
  ["Write the comment.", "اكتب التعليق."],
  ["A comment can have at most 5000 characters.", "يجب ألا يتجاوز التعليق 5000 حرف."],

  // Rating scales
  ["Enter a key.", "أدخل مفتاحاً."],
  [
    "The key must be 1 to 40 characters: lowercase Latin letters, digits and hyphens (e.g. mostly-true).",
    "يجب أن يتكون المفتاح من 1 إلى 40 حرفاً: أحرف لاتينية صغيرة وأرقام وشرطات (مثل mostly-true).",
  ],
  ["Choose a colour.", "اختر لوناً."],
  ["The colour must be written #rrggbb (e.g. #1b7f3b).", "يجب أن يُكتب اللون بالصيغة #rrggbb (مثل #1b7f3b)."],
  ["List the ratings.", "أدرج التقييمات."],
  ["A scale needs at least 2 ratings.", "يحتاج المقياس إلى تقييمين على الأقل."],
  ["A scale can have at most 20 ratings.", "يجب ألا يتجاوز عدد تقييمات المقياس 20 تقييماً."],
  ["The best rating must be greater than the worst rating.", "يجب أن تكون قيمة أفضل تقييم أكبر من قيمة أسوأ تقييم."],
  ["Send the version you last saw.", "أرسل رقم آخر نسخة اطّلعت عليها."],
  ["Say whether the scale is retired (true) or back in use (false).", "حدّد ما إذا كان المقياس موقوفاً (true) أو عاد إلى الاستخدام (false)."],
  ["Choose a rating scale.", "اختر مقياس تقييم."],
  [
    "Someone else changed this rating scale since you opened it. Reload to see their change, then apply yours again.",
    "غيّر شخص آخر مقياس التقييم هذا منذ أن فتحته. أعد تحميل الصفحة لترى تعديله، ثم طبّق تعديلك مرة أخرى.",
  ],
  [
    "The default scale cannot be retired: articles without a scale of their own use it.",
    "لا يمكن إيقاف استخدام المقياس الافتراضي: تستخدمه المقالات التي ليس لها مقياس خاص بها.",
  ],
  [
    "The default scale cannot be deleted: articles without a scale of their own use it.",
    "لا يمكن حذف المقياس الافتراضي: تستخدمه المقالات التي ليس لها مقياس خاص بها.",
  ],

  // zod's fixed defaults
  ["Invalid input", "قيمة غير صالحة"],
  ["Invalid input: more than one option matched", "قيمة غير صالحة: تطابق أكثر من خيار واحد"],
]);

// 2. Messages built at run time -----------------------------------------------------------------------------

type Render = (groups: string[]) => string | undefined;

interface Subject {
  ar: string;
  feminine?: boolean;
  indefinite?: boolean;
}

/** The things `notFound(what)`, `readId(params, what)` and `mapDatabaseError(error, what)` speak of. */
const subjects = new Map<string, Subject>([
  ["The article", { ar: "المقال" }],
  ["The claim", { ar: "الادعاء" }],
  ["The revision", { ar: "النسخة", feminine: true }],
  ["The user", { ar: "المستخدم" }],
  ["The API token", { ar: "رمز الوصول" }],
  ["The rating scale", { ar: "مقياس التقييم" }],
  ["The source", { ar: "المصدر" }],
  ["The source link", { ar: "ربط المصدر بالادعاء" }],
  ["The reviewer", { ar: "المراجع" }],
  ["That reviewer's assignment", { ar: "تكليف هذا المراجع" }],
  ["The record", { ar: "السجل" }],
]);

function subjectOf(english: string): Subject | undefined {
  const known = subjects.get(english);
  if (known) return known;
  const userByEmail = /^A user with the email (.+)$/.exec(english);
  if (userByEmail?.[1]) return { ar: `مستخدم بالبريد الإلكتروني ${userByEmail[1]}`, indefinite: true };
  return undefined;
}

const roleNames = new Map<string, string>([
  ["admin", "مدير"],
  ["editor", "محرر"],
  ["reviewer", "مراجع"],
  ["viewer", "قارئ"],
]);

/** What `assertRole(user, minimum, action)` says the person tried to do, as a verbal noun (masdar). */
const actions = new Map<string, string>([
  ["read articles", "قراءة المقالات"],
  ["create, edit or delete articles", "إنشاء المقالات أو تعديلها أو حذفها"],
  ["create, accept, dismiss or delete claims", "إنشاء الادعاءات أو قبولها أو استبعادها أو حذفها"],
  ["assign reviewers", "تكليف المراجعين"],
  ["give verdicts", "إصدار الأحكام"],
  ["attach sources", "إرفاق المصادر"],
  ["remove sources", "فصل المصادر"],
  ["edit sources", "تعديل المصادر"],
  ["comment on claims", "التعليق على الادعاءات"],
  ["manage users", "إدارة المستخدمين"],
  ["read rating scales", "قراءة مقاييس التقييم"],
  ["manage rating scales", "إدارة مقاييس التقييم"],
]);

/** Claim statuses as `claims.ts` writes them ("in_review" → "in review"), named as the interface names them. */
const claimStatuses = new Map<string, string>([
  ["suggested", "اقتراح من الكاشف"],
  ["open", "مقبول"],
  ["in review", "قيد المراجعة"],
  ["verdict proposed", "حكم مقترح"],
  ["published", "منشور"],
  ["dismissed", "مستبعد"],
]);

/** The numeric fields of a rating scale (all feminine in Arabic: القيمة). */
const scoreFields = new Map<string, string>([
  ["The value", "القيمة"],
  ["The best rating", "قيمة أفضل تقييم"],
  ["The worst rating", "قيمة أسوأ تقييم"],
]);

const labelLanguages = new Map<string, string>([
  ["Arabic", "بالعربية"],
  ["English", "بالإنجليزية"],
]);

/** "n times", with Arabic number agreement (مرة واحدة، مرتين، 3 مرات، 11 مرة). */
function times(count: string): string {
  const n = Number(count);
  if (n === 1) return "مرة واحدة";
  if (n === 2) return "مرتين";
  if (n >= 3 && n <= 10) return `${count} مرات`;
  return `${count} مرة`;
}

const patterns: ReadonlyArray<readonly [RegExp, Render]> = [
  [
    /^(.+) was not found\.$/,
    ([what = ""]) => {
      const subject = subjectOf(what);
      return subject && `لم يُعثر على ${subject.ar}.`;
    },
  ],
  [
    /^(.+) already exists\.$/,
    ([what = ""]) => {
      const subject = subjectOf(what);
      if (!subject) return undefined;
      if (subject.indefinite) return `يوجد مسبقاً ${subject.ar}.`;
      return `${subject.ar} ${subject.feminine ? "موجودة" : "موجود"} مسبقاً.`;
    },
  ],
  [
    /^(.+) refers to something that no longer exists\.$/,
    ([what = ""]) => {
      const subject = subjectOf(what);
      return subject && `${subject.feminine ? "تشير" : "يشير"} ${subject.ar} إلى عنصر لم يعد موجوداً.`;
    },
  ],
  [
    /^Your role \((\w+)\) does not allow you to (.+); it needs (\w+) or above\.$/,
    ([role = "", action = "", minimum = ""]) => {
      const roleAr = roleNames.get(role);
      const actionAr = actions.get(action);
      const minimumAr = roleNames.get(minimum);
      if (!roleAr || !actionAr || !minimumAr) return undefined;
      return `دورك (${roleAr}) لا يسمح لك ب${actionAr}؛ يلزم دور ${minimumAr} أو أعلى.`;
    },
  ],
  [/^"(.*)" is not a rating of this article's scale \((.*)\)\.$/s, ([rating = "", scale = ""]) => `"${rating}" ليس تقييماً في مقياس هذا المقال (${scale}).`],
  [/^Choose one of: (.*)\.$/s, ([keys = ""]) => `اختر واحداً مما يلي: ${keys}.`],
  [
    /^The rating (.+) cannot be removed: existing verdicts on articles using this scale have it\. Keep it \(you may relabel it\), or retire the scale and create a new one\.$/s,
    ([keys = ""]) =>
      `لا يمكن حذف التقييم ${keys}: تحمله أحكام قائمة على مقالات تستخدم هذا المقياس. أبقِه (ويمكنك تغيير تسميته)، أو أوقف استخدام المقياس وأنشئ مقياساً جديداً.`,
  ],
  [
    /^This scale is in use by (\d+) articles?; retire it instead\.$/,
    ([count = ""]) =>
      count === "1"
        ? "يستخدم هذا المقياسَ مقالٌ واحد؛ أوقف استخدامه بدلاً من حذفه."
        : `عدد المقالات التي تستخدم هذا المقياس: ${count}؛ أوقف استخدامه بدلاً من حذفه.`,
  ],
  [
    /^The scale "(.*)" is retired; choose a scale in use, or bring it back first\.$/s,
    ([name = ""]) => `المقياس "${name}" موقوف؛ اختر مقياساً قيد الاستخدام، أو أعده إلى الاستخدام أولاً.`,
  ],
  [
    /^Verdicts on this article use (.+?), which the scale "(.*)" does not have; add those ratings to it first\.$/s,
    ([keys = "", name = ""]) => `تستخدم الأحكام على هذا المقال ${keys}، وليست في المقياس "${name}"؛ أضف هذه التقييمات إليه أولاً.`,
  ],
  [/^The key "(.*)" is used twice; each rating needs its own key\.$/s, ([key = ""]) => `المفتاح "${key}" مستخدم مرتين؛ يحتاج كل تقييم إلى مفتاح خاص به.`],
  [
    /^The value must lie between the worst rating \((-?\d+)\) and the best rating \((-?\d+)\), or be left empty\.$/,
    ([worst = "", best = ""]) => `يجب أن تقع القيمة بين قيمة أسوأ تقييم (${worst}) وقيمة أفضل تقييم (${best})، أو أن تُترك فارغة.`,
  ],
  [
    /^(.+) must be a whole number\.$/,
    ([what = ""]) => {
      const field = scoreFields.get(what);
      return field && `يجب أن تكون ${field} عدداً صحيحاً.`;
    },
  ],
  [
    /^(.+) must be at least (-?\d+)\.$/,
    ([what = "", limit = ""]) => {
      const field = scoreFields.get(what);
      return field && `يجب ألا تقل ${field} عن ${limit}.`;
    },
  ],
  [
    /^(.+) must be at most (-?\d+)\.$/,
    ([what = "", limit = ""]) => {
      const field = scoreFields.get(what);
      return field && `يجب ألا تزيد ${field} على ${limit}.`;
    },
  ],
  [
    /^Enter the (\w+) label\.$/,
    ([language = ""]) => {
      const inLanguage = labelLanguages.get(language);
      return inLanguage && `أدخل التسمية ${inLanguage}.`;
    },
  ],
  [
    /^The (\w+) label must be at most (\d+) characters\.$/,
    ([language = "", limit = ""]) => {
      const inLanguage = labelLanguages.get(language);
      return inLanguage && `يجب ألا تتجاوز التسمية ${inLanguage} ${limit} حرفاً.`;
    },
  ],
  [/^Must be at most (\d+)\.$/, ([limit = ""]) => `يجب ألا تزيد القيمة على ${limit}.`],
  [
    /^That quote occurs (\d+) times; add a prefix or suffix to say which one\.$/,
    ([count = ""]) => `يرد هذا الاقتباس في المقال ${times(count)}؛ أضف نصاً سابقاً له (prefix) أو لاحقاً له (suffix) لتحديد الموضع المقصود.`,
  ],
  [/^Occurs (\d+) times\.$/, ([count = ""]) => `يرد ${times(count)}.`],
  [
    /^A claim that is (.+) cannot be set to (.+)\.$/,
    ([from = "", to = ""]) => {
      const fromAr = claimStatuses.get(from);
      const toAr = claimStatuses.get(to);
      return fromAr && toAr && `لا يمكن نقل ادعاء حالته «${fromAr}» إلى حالة «${toAr}».`;
    },
  ],
  [/^Unknown user (.+)\.$/s, ([id = ""]) => `مستخدم غير معروف: ${id}.`],
  [
    /^(.+) can only read: give them the reviewer role first\.$/s,
    ([names = ""]) =>
      names.includes(", ") ? `لا يملك ${names} إلا صلاحية القراءة: امنحهم دور مراجع أولاً.` : `لا يملك ${names} إلا صلاحية القراءة: امنحه دور مراجع أولاً.`,
  ],

  // 3. zod's default messages (zod/v4/locales/en.js) ---------------------------------------------------------
  [
    /^Invalid input: expected (\S+), received (\S+)$/,
    ([expected = "", received = ""]) =>
      received === "undefined"
        ? `قيمة غير صالحة: المتوقَّع ${typeName(expected)}، ولم تُرسَل أي قيمة`
        : `قيمة غير صالحة: المتوقَّع ${typeName(expected)}، والمُرسَل ${typeName(received)}`,
  ],
  [/^Invalid input: expected (.+)$/s, ([value = ""]) => `قيمة غير صالحة: المتوقَّع ${value}`],
  [/^Invalid option: expected one of (.+)$/s, ([values = ""]) => `خيار غير صالح: المتوقَّع أحد الخيارات ${values}`],
  [/^Invalid discriminator value\. Expected (.+)$/s, ([values = ""]) => `قيمة مميِّزة غير صالحة: المتوقَّع ${values}`],
  [
    /^Too (big|small): expected (\w+) to have (<=|<|>=|>|exactly )(\S+) (\w+)$/,
    ([size = "", origin = "", comparison = "", limit = "", unit = ""]) => {
      const what = `عدد ${sizeUnits.get(unit) ?? unit}`;
      return `${tooBigOrSmall(size, origin)}: ${countRule(what, comparison, limit)}`;
    },
  ],
  [
    /^Too (big|small): expected (\w+) to be (<=|<|>=|>|exactly )(\S+)$/,
    ([size = "", origin = "", comparison = "", limit = ""]) => `${tooBigOrSmall(size, origin)}: ${valueRule(comparison, limit)}`,
  ],
  [/^Invalid string: must start with "(.*)"$/s, ([prefix = ""]) => `نص غير صالح: يجب أن يبدأ بـ"${prefix}"`],
  [/^Invalid string: must end with "(.*)"$/s, ([suffix = ""]) => `نص غير صالح: يجب أن ينتهي بـ"${suffix}"`],
  [/^Invalid string: must include "(.*)"$/s, ([part = ""]) => `نص غير صالح: يجب أن يتضمن "${part}"`],
  [/^Invalid string: must match pattern (.+)$/s, ([pattern = ""]) => `نص غير صالح: يجب أن يطابق النمط ${pattern}`],
  [/^Invalid number: must be a multiple of (.+)$/, ([divisor = ""]) => `رقم غير صالح: يجب أن يكون من مضاعفات ${divisor}`],
  [/^Unrecognized key: (.+)$/s, ([key = ""]) => `مفتاح غير معروف: ${key}`],
  [/^Unrecognized keys: (.+)$/s, ([keys = ""]) => `مفاتيح غير معروفة: ${keys}`],
  [/^Invalid key in (\w+)$/, ([origin = ""]) => `مفتاح غير صالح في ${containerName(origin)}`],
  [/^Invalid value in (\w+)$/, ([origin = ""]) => `قيمة غير صالحة في ${containerName(origin)}`],
  // Last: zod's "Invalid <format>" has no colon and no final full stop, unlike the application's own sentences.
  [/^Invalid ([^:]*[^.:])$/, ([format = ""]) => formatName(format)],
];

const typeNames = new Map<string, string>([
  ["string", "نص"],
  ["number", "رقم"],
  ["int", "عدد صحيح"],
  ["bigint", "عدد صحيح كبير"],
  ["boolean", "قيمة منطقية (true/false)"],
  ["object", "كائن"],
  ["array", "قائمة"],
  ["date", "تاريخ"],
  ["file", "ملف"],
  ["map", "خريطة"],
  ["set", "مجموعة"],
  ["symbol", "رمز"],
  ["function", "دالة"],
  ["null", "null"],
]);

function typeName(type: string): string {
  return typeNames.get(type) ?? type;
}

function containerName(origin: string): string {
  return typeNames.get(origin) ?? (origin === "record" ? "كائن" : origin);
}

const sizeUnits = new Map<string, string>([
  ["characters", "الأحرف"],
  ["items", "العناصر"],
  ["entries", "المدخلات"],
  ["bytes", "البايتات"],
]);

function tooBigOrSmall(size: string, origin: string): string {
  const big = size === "big";
  if (origin === "string") return big ? "النص طويل جداً" : "النص قصير جداً";
  if (origin === "array" || origin === "set" || origin === "map") return big ? "القائمة طويلة جداً" : "القائمة قصيرة جداً";
  if (origin === "file") return big ? "الملف كبير جداً" : "الملف صغير جداً";
  if (origin === "date") return big ? "التاريخ متأخر جداً" : "التاريخ مبكر جداً";
  return big ? "القيمة كبيرة جداً" : "القيمة صغيرة جداً";
}

/** "عدد الأحرف" with a comparison: the noun phrase avoids Arabic number agreement after the limit. */
function countRule(what: string, comparison: string, limit: string): string {
  switch (comparison) {
    case "<=":
      return `يجب ألا يزيد ${what} على ${limit}`;
    case "<":
      return `يجب أن يقل ${what} عن ${limit}`;
    case ">=":
      return `يجب ألا يقل ${what} عن ${limit}`;
    case ">":
      return `يجب أن يزيد ${what} على ${limit}`;
    default:
      return `يجب أن يكون ${what} ${limit} بالضبط`;
  }
}

function valueRule(comparison: string, limit: string): string {
  switch (comparison) {
    case "<=":
      return `يجب ألا تزيد على ${limit}`;
    case "<":
      return `يجب أن تكون أقل من ${limit}`;
    case ">=":
      return `يجب ألا تقل عن ${limit}`;
    case ">":
      return `يجب أن تكون أكبر من ${limit}`;
    default:
      return `يجب أن تساوي ${limit}`;
  }
}

const formatNames = new Map<string, string>([
  ["email address", "بريد إلكتروني غير صالح"],
  ["URL", "رابط غير صالح"],
  ["UUID", "معرِّف UUID غير صالح"],
  ["ISO datetime", "تاريخ ووقت غير صالحين (المتوقَّع صيغة ISO)"],
  ["ISO date", "تاريخ غير صالح (المتوقَّع صيغة ISO: YYYY-MM-DD)"],
  ["ISO time", "وقت غير صالح (المتوقَّع صيغة ISO)"],
  ["ISO duration", "مدة غير صالحة (المتوقَّع صيغة ISO)"],
  ["IPv4 address", "عنوان IPv4 غير صالح"],
  ["IPv6 address", "عنوان IPv6 غير صالح"],
  ["JSON string", "نص JSON غير صالح"],
  ["emoji", "رمز تعبيري غير صالح"],
  ["input", "قيمة غير صالحة"],
]);

/** zod's "Invalid <format>": a known format in words, any other named as zod names it. */
function formatName(format: string): string {
  return formatNames.get(format) ?? `صيغة غير صالحة (${format})`;
}
