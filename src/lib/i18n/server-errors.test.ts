import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { errorLocaleOf, translateServerMessage } from "./server-errors";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const arabicLetter = /[\u0621-\u064A]/;
const latinWord = /[A-Za-z]{2,}/;

function sourceFiles(...directories: string[]): string[] {
  const walk = (directory: string): string[] =>
    readdirSync(directory).flatMap((name) => {
      const path = join(directory, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return directories
    .flatMap((directory) => walk(join(root, directory)))
    .filter((path) => /\.tsx?$/.test(path) && !/\.test\.tsx?$/.test(path))
    .filter((path) => !relative(root, path).startsWith(join("src", "lib", "i18n"))) // the interface catalogues, not server messages
    .filter((path) => !path.endsWith(join("api", "openapi.ts"))); // API documentation, not messages
}

/** Source without comments (whole-line and block), so apostrophes in prose do not pair up as quotes. */
function codeOf(path: string): string {
  return readFileSync(path, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/^\s*\/\/.*$/gm, "");
}

/**
 * Every fixed sentence the server can say: string literals (double- or single-quoted) that read as a sentence
 * (a space, a final full stop), leaving out zod `.describe(…)` texts, OpenAPI descriptions and `new Error(…)`
 * (a 500 whose message is never shown). Same net as `grep -rhoE '"[A-Z][^"]{8,}"'`, tighter on the ending.
 */
function fixedServerMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of sourceFiles("src/modules", "src/auth", "src/lib", "src/db")) {
    const code = codeOf(path);
    for (const literal of [/"((?:[^"\\\n]|\\.)*)"/g, /(?<!\w)'((?:[^'\\\n]|\\.)*)'(?!\w)/g]) {
      for (const match of code.matchAll(literal)) {
        const text = match[1] ?? "";
        if (!/^[A-Za-z][^\n]*\s[^\n]*\.$/.test(text) || text.includes("${")) continue;
        const before = code.slice(Math.max(0, match.index - 40), match.index);
        if (/(\.describe\(|new Error\(|description:)\s*$/.test(before)) continue;
        if (!found.has(text)) found.set(text, relative(root, path));
      }
    }
  }
  return found;
}

/** Sentence-like template literals, their `${…}` parts blanked to `${}`: the messages built at run time. */
function messageTemplates(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of sourceFiles("src/modules", "src/auth", "src/lib", "src/db")) {
    for (const match of codeOf(path).matchAll(/`((?:[^`\\]|\\.)*)`/g)) {
      const template = (match[1] ?? "").replace(/\$\{[^}]*\}/g, "${}");
      if (/^[A-Za-z"$]/.test(template) && /\s/.test(template) && template.endsWith(".") && !found.has(template)) found.set(template, relative(root, path));
    }
  }
  return found;
}

/**
 * One real message for each run-time template in the code. A new template fails the test below until it
 * gets a pattern in server-errors.ts and an example here.
 */
const templateExamples: Record<string, string> = {
  "${} was not found.": "The claim was not found.",
  "${} already exists.": "A user with the email sara@example.test already exists.",
  "${} refers to something that no longer exists.": "The record refers to something that no longer exists.",
  "Your role (${}) does not allow you to ${}; it needs ${} or above.": "Your role (viewer) does not allow you to give verdicts; it needs reviewer or above.",
  "The rating ${} cannot be removed: existing verdicts on articles using this scale have it. Keep it (you may relabel it), or retire the scale and create a new one.":
    'The rating "false" cannot be removed: existing verdicts on articles using this scale have it. Keep it (you may relabel it), or retire the scale and create a new one.',
  "This scale is in use by ${} ${}; retire it instead.": "This scale is in use by 3 articles; retire it instead.",
  'The scale "${}" is retired; choose a scale in use, or bring it back first.': 'The scale "Old" is retired; choose a scale in use, or bring it back first.',
  'Verdicts on this article use ${}, which the scale "${}" does not have; add those ratings to it first.':
    'Verdicts on this article use "satire", which the scale "Simple" does not have; add those ratings to it first.',
  "${} must be a whole number.": "The value must be a whole number.",
  "${} must be at least ${}.": "The best rating must be at least -1000.",
  "${} must be at most ${}.": "The worst rating must be at most 1000.",
  "Enter the ${} label.": "Enter the English label.",
  "The ${} label must be at most 60 characters.": "The Arabic label must be at most 60 characters.",
  'The key "${}" is used twice; each rating needs its own key.': 'The key "true" is used twice; each rating needs its own key.',
  "The value must lie between the worst rating (${}) and the best rating (${}), or be left empty.":
    "The value must lie between the worst rating (0) and the best rating (4), or be left empty.",
  '"${}" is not a rating of this article\'s scale (${}).': '"maybe" is not a rating of this article\'s scale (Simple).',
  "Choose one of: ${}.": "Choose one of: true, false.",
  "Must be at most ${}.": "Must be at most 120.",
  "That quote occurs ${} times; add a prefix or suffix to say which one.": "That quote occurs 4 times; add a prefix or suffix to say which one.",
  "Occurs ${} times.": "Occurs 4 times.",
  "A claim that is ${} cannot be set to ${}.": "A claim that is in review cannot be set to open.",
  "Unknown user ${}.": "Unknown user u_123.",
  "${} can only read: give them the reviewer role first.": "Omar can only read: give them the reviewer role first.",
};

/** The first capture of `pattern` across the given directories. */
function capturesIn(pattern: RegExp, ...directories: string[]): string[] {
  const values = new Set<string>();
  for (const path of sourceFiles(...directories)) for (const match of codeOf(path).matchAll(pattern)) if (match[1]) values.add(match[1]);
  return [...values].sort();
}

const ar = (message: string) => translateServerMessage(message, "ar");

describe("every message the server can send has Arabic", () => {
  const messages = fixedServerMessages();

  it("finds the server's messages (the scan itself works)", () => {
    expect(messages.size).toBeGreaterThan(80);
    expect(messages.has("Some fields are not valid.")).toBe(true);
    expect(messages.has("end must be greater than start.")).toBe(true);
    expect(messages.has('If-Match must be the version in quotes, e.g. "3".')).toBe(true);
  });

  it("translates every fixed message found in src/modules, src/auth, src/lib and src/db", () => {
    const untranslated = [...messages].filter(([message]) => {
      const translated = ar(message);
      return translated === message || !arabicLetter.test(translated);
    });
    // A new message needs its Arabic in src/lib/i18n/server-errors.ts.
    expect(untranslated.map(([message, path]) => `${path}: ${message}`)).toEqual([]);
  });

  it("has a pattern (and an example here) for every message template built at run time", () => {
    const templates = messageTemplates();
    expect(templates.size).toBeGreaterThan(15);
    const withoutExample = [...templates].filter(([template]) => !(template in templateExamples)).map(([template, path]) => `${path}: ${template}`);
    expect(withoutExample).toEqual([]);
    for (const [template, example] of Object.entries(templateExamples)) {
      const translated = ar(example);
      expect(translated, `${template} (e.g. ${example})`).not.toBe(example);
      expect(translated, example).toMatch(arabicLetter);
    }
  });

  it("translates every '<what> was not found.' the code can build", () => {
    const whats = [
      ...capturesIn(/\bnotFound\(\s*"([^"]+)"\s*\)/g, "src", "app/api"),
      ...capturesIn(/\breadId\([^;]*?,\s*"([^"]+)"\s*\)/g, "app/api"),
      ...capturesIn(/\bwhat\s*=\s*"([^"]+)"/g, "src"),
    ];
    expect(whats).toContain("The article");
    expect(whats).toContain("The source link");
    for (const what of whats) {
      for (const message of [`${what} was not found.`, `${what} already exists.`, `${what} refers to something that no longer exists.`]) {
        expect(ar(message), message).toMatch(arabicLetter);
        expect(ar(message), message).not.toMatch(latinWord);
      }
    }
  });

  it("translates every role refusal: all actions, all roles", () => {
    const actions = capturesIn(/\bassert(?:Role\([^,()]+,\s*"\w+"|CanReviewClaims\([^,()]+)\s*,\s*"([^"]+)"\s*\)/g, "src");
    expect(actions).toContain("create, edit or delete articles");
    expect(actions).toContain("give verdicts");
    for (const action of actions) {
      for (const [role, minimum] of [
        ["viewer", "editor"],
        ["reviewer", "admin"],
        ["editor", "admin"],
      ] as const) {
        const message = `Your role (${role}) does not allow you to ${action}; it needs ${minimum} or above.`;
        expect(ar(message), message).toMatch(arabicLetter);
        expect(ar(message), message).not.toMatch(latinWord);
      }
    }
  });

  it("translates the rating scale's score and label messages for every field", () => {
    for (const what of capturesIn(/\bscoreSchema\(\s*"([^"]+)"\s*\)/g, "src/modules")) {
      for (const message of [`${what} must be a whole number.`, `${what} must be at least -1000.`, `${what} must be at most 1000.`]) {
        expect(ar(message), message).not.toMatch(latinWord);
      }
    }
    for (const language of capturesIn(/\blabelSchema\(\s*"([^"]+)"\s*\)/g, "src/modules")) {
      for (const message of [`Enter the ${language} label.`, `The ${language} label must be at most 60 characters.`]) {
        expect(ar(message), message).not.toMatch(latinWord);
      }
    }
  });
});

describe("fixed messages", () => {
  it.each([
    ["The password needs at least 10 characters.", "تحتاج كلمة المرور إلى عشرة أحرف على الأقل."],
    ["Some fields are not valid.", "بعض الحقول غير صالحة."],
    ["Something went wrong on our side. The change was not saved; please try again.", "حدث خطأ من جهتنا. لم يُحفظ التغيير؛ يُرجى المحاولة مرة أخرى."],
    ["end must be greater than start.", "يجب أن تكون قيمة end أكبر من قيمة start."],
  ])("%s", (english, arabic) => {
    expect(ar(english)).toBe(arabic);
  });

  it("keeps technical words, numbers and examples as they are", () => {
    expect(ar("Sign in, or send a personal API token as Authorization: Bearer <token>.")).toContain("Authorization: Bearer <token>");
    expect(ar("The colour must be written #rrggbb (e.g. #1b7f3b).")).toContain("#1b7f3b");
    expect(ar("The address must be a full web address starting with http:// or https://.")).toContain("http:// أو https://");
    expect(ar("The explanation can have at most 10,000 characters.")).toContain("10,000");
  });
});

describe("messages built at run time carry their variable parts", () => {
  it.each([
    ["The claim was not found.", "لم يُعثر على الادعاء."],
    ["The revision was not found.", "لم يُعثر على النسخة."],
    ["That reviewer's assignment was not found.", "لم يُعثر على تكليف هذا المراجع."],
    ["A user with the email sara@example.test already exists.", "يوجد مسبقاً مستخدم بالبريد الإلكتروني sara@example.test."],
    ["The record refers to something that no longer exists.", "يشير السجل إلى عنصر لم يعد موجوداً."],
    [
      "Your role (viewer) does not allow you to create, edit or delete articles; it needs editor or above.",
      "دورك (قارئ) لا يسمح لك بإنشاء المقالات أو تعديلها أو حذفها؛ يلزم دور محرر أو أعلى.",
    ],
    ["Your role (reviewer) does not allow you to manage users; it needs admin or above.", "دورك (مراجع) لا يسمح لك بإدارة المستخدمين؛ يلزم دور مدير أو أعلى."],
    [
      "Your role (viewer) does not allow you to comment on claims; it needs reviewer or above.",
      "دورك (قارئ) لا يسمح لك بالتعليق على الادعاءات؛ يلزم دور مراجع أو أعلى.",
    ],
    ['"mostly-true" is not a rating of this article\'s scale (Tahqiq 2024).', '"mostly-true" ليس تقييماً في مقياس هذا المقال (Tahqiq 2024).'],
    ["Choose one of: true, false, misleading.", "اختر واحداً مما يلي: true, false, misleading."],
    [
      'The rating "false", "satire" cannot be removed: existing verdicts on articles using this scale have it. Keep it (you may relabel it), or retire the scale and create a new one.',
      'لا يمكن حذف التقييم "false", "satire": تحمله أحكام قائمة على مقالات تستخدم هذا المقياس. أبقِه (ويمكنك تغيير تسميته)، أو أوقف استخدام المقياس وأنشئ مقياساً جديداً.',
    ],
    ["This scale is in use by 1 article; retire it instead.", "يستخدم هذا المقياسَ مقالٌ واحد؛ أوقف استخدامه بدلاً من حذفه."],
    ["This scale is in use by 7 articles; retire it instead.", "عدد المقالات التي تستخدم هذا المقياس: 7؛ أوقف استخدامه بدلاً من حذفه."],
    [
      'The scale "مقياس قديم" is retired; choose a scale in use, or bring it back first.',
      'المقياس "مقياس قديم" موقوف؛ اختر مقياساً قيد الاستخدام، أو أعده إلى الاستخدام أولاً.',
    ],
    [
      'Verdicts on this article use "satire", "pants-on-fire", which the scale "Simple" does not have; add those ratings to it first.',
      'تستخدم الأحكام على هذا المقال "satire", "pants-on-fire"، وليست في المقياس "Simple"؛ أضف هذه التقييمات إليه أولاً.',
    ],
    ['The key "true" is used twice; each rating needs its own key.', 'المفتاح "true" مستخدم مرتين؛ يحتاج كل تقييم إلى مفتاح خاص به.'],
    [
      "The value must lie between the worst rating (-2) and the best rating (5), or be left empty.",
      "يجب أن تقع القيمة بين قيمة أسوأ تقييم (-2) وقيمة أفضل تقييم (5)، أو أن تُترك فارغة.",
    ],
    ["The best rating must be a whole number.", "يجب أن تكون قيمة أفضل تقييم عدداً صحيحاً."],
    ["The worst rating must be at least -1000.", "يجب ألا تقل قيمة أسوأ تقييم عن -1000."],
    ["The value must be at most 1000.", "يجب ألا تزيد القيمة على 1000."],
    ["Enter the Arabic label.", "أدخل التسمية بالعربية."],
    ["The English label must be at most 60 characters.", "يجب ألا تتجاوز التسمية بالإنجليزية 60 حرفاً."],
    ["Must be at most 1234.", "يجب ألا تزيد القيمة على 1234."],
    [
      "That quote occurs 2 times; add a prefix or suffix to say which one.",
      "يرد هذا الاقتباس في المقال مرتين؛ أضف نصاً سابقاً له (prefix) أو لاحقاً له (suffix) لتحديد الموضع المقصود.",
    ],
    ["Occurs 3 times.", "يرد 3 مرات."],
    ["Occurs 12 times.", "يرد 12 مرة."],
    ["A claim that is in review cannot be set to open.", "لا يمكن نقل ادعاء حالته «قيد المراجعة» إلى حالة «مقبول»."],
    ["A claim that is verdict proposed cannot be set to open.", "لا يمكن نقل ادعاء حالته «حكم مقترح» إلى حالة «مقبول»."],
    ["Unknown user cm1x2y3z.", "مستخدم غير معروف: cm1x2y3z."],
    ["سارة can only read: give them the reviewer role first.", "لا يملك سارة إلا صلاحية القراءة: امنحه دور مراجع أولاً."],
    ["سارة, Omar can only read: give them the reviewer role first.", "لا يملك سارة, Omar إلا صلاحية القراءة: امنحهم دور مراجع أولاً."],
  ])("%s", (english, arabic) => {
    expect(ar(english)).toBe(arabic);
  });

  it("leaves a message it cannot fully translate in English rather than half-translated", () => {
    expect(ar("The widget was not found.")).toBe("The widget was not found.");
    expect(ar("Your role (viewer) does not allow you to fly; it needs admin or above.")).toBe(
      "Your role (viewer) does not allow you to fly; it needs admin or above.",
    );
    expect(ar("A claim that is frozen cannot be set to open.")).toBe("A claim that is frozen cannot be set to open.");
    expect(ar("Something entirely new happened.")).toBe("Something entirely new happened.");
  });
});

describe("zod's default messages", () => {
  it.each([
    ["Invalid input: expected string, received number", "قيمة غير صالحة: المتوقَّع نص، والمُرسَل رقم"],
    ["Invalid input: expected object, received undefined", "قيمة غير صالحة: المتوقَّع كائن، ولم تُرسَل أي قيمة"],
    ["Invalid input: expected int, received number", "قيمة غير صالحة: المتوقَّع عدد صحيح، والمُرسَل رقم"],
    ["Invalid input: expected true", "قيمة غير صالحة: المتوقَّع true"],
    ['Invalid option: expected one of "ar"|"en"', 'خيار غير صالح: المتوقَّع أحد الخيارات "ar"|"en"'],
    ["Invalid discriminator value. Expected 'publish' | 'correct' | 'unpublish'", "قيمة مميِّزة غير صالحة: المتوقَّع 'publish' | 'correct' | 'unpublish'"],
    ["Too big: expected string to have <=40 characters", "النص طويل جداً: يجب ألا يزيد عدد الأحرف على 40"],
    ["Too small: expected string to have >=1 characters", "النص قصير جداً: يجب ألا يقل عدد الأحرف عن 1"],
    ["Too big: expected array to have <=20 items", "القائمة طويلة جداً: يجب ألا يزيد عدد العناصر على 20"],
    ["Too small: expected number to be >0", "القيمة صغيرة جداً: يجب أن تكون أكبر من 0"],
    ["Too big: expected number to be <=1000", "القيمة كبيرة جداً: يجب ألا تزيد على 1000"],
    ['Invalid string: must start with "https://"', 'نص غير صالح: يجب أن يبدأ بـ"https://"'],
    ["Invalid string: must match pattern /^[a-z]+$/", "نص غير صالح: يجب أن يطابق النمط /^[a-z]+$/"],
    ['Unrecognized key: "zz"', 'مفتاح غير معروف: "zz"'],
    ['Unrecognized keys: "a", "b"', 'مفاتيح غير معروفة: "a", "b"'],
    ["Invalid email address", "بريد إلكتروني غير صالح"],
    ["Invalid URL", "رابط غير صالح"],
    ["Invalid ISO date", "تاريخ غير صالح (المتوقَّع صيغة ISO: YYYY-MM-DD)"],
    ["Invalid KSUID", "صيغة غير صالحة (KSUID)"],
    ["Invalid input", "قيمة غير صالحة"],
  ])("%s", (english, arabic) => {
    expect(ar(english)).toBe(arabic);
  });
});

describe("English", () => {
  it("returns every message unchanged", () => {
    for (const message of ["Some fields are not valid.", "The claim was not found.", "Invalid input: expected string, received number", "anything"]) {
      expect(translateServerMessage(message, "en")).toBe(message);
    }
  });
});

describe("errorLocaleOf", () => {
  it.each([
    [undefined, null, "en"],
    ["ar", null, "ar"],
    ["en", "ar-EG,ar;q=0.9", "en"],
    ["ar", "en-GB", "ar"],
    [undefined, "ar", "ar"],
    [undefined, "ar-EG,en;q=0.8", "ar"],
    [undefined, "AR-sa", "ar"],
    [undefined, "en-US,ar;q=0.9", "en"],
    [undefined, "arn", "en"],
    ["fr", "ar-MA", "ar"],
    ["fr", null, "en"],
  ] as const)("cookie %s, Accept-Language %s → %s", (cookie, acceptLanguage, locale) => {
    expect(errorLocaleOf(cookie, acceptLanguage)).toBe(locale);
  });
});
