// One precompiled pattern finds every place a numeric expression can start: a digit, or a number
// word (ordinal words included). Arabic words may carry clitics in front, so only the stem is matched
// here and the whole word is checked afterwards.
import { arabicNumberWords, arabicOrdinals, englishNumberWords, englishOrdinals } from "./lexicon";

function arabicStemPattern(normalised: string): string {
  let pattern = "";
  for (let index = 0; index < normalised.length; index += 1) {
    const letter = normalised.charAt(index);
    const isLast = index === normalised.length - 1;
    if (letter === "ا") pattern += "[اأإآٱ]";
    else if (letter === "ي" && isLast) pattern += "[يى]";
    else if (letter === "ه" && isLast) pattern += "[هة]";
    else pattern += letter;
  }
  return pattern;
}

function englishWordPattern(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first}]${word.slice(1)}`;
}

function byLengthDescending(left: string, right: string): number {
  return right.length - left.length;
}

export function buildAnchorPattern(): RegExp {
  const arabicStems = [...arabicNumberWords.keys(), ...arabicOrdinals.keys()].sort(byLengthDescending).map(arabicStemPattern);
  const englishWords = [...englishNumberWords.keys(), ...englishOrdinals.keys()].sort(byLengthDescending).map(englishWordPattern);
  return new RegExp(
    `[0-9\\u0660-\\u0669\\u06F0-\\u06F9]|(?:${arabicStems.join("|")})(?![\\u0621-\\u064A])|\\b(?:${englishWords.join("|")})\\b`,
    "g",
  );
}
