import { describe, expect, it } from "vitest";
import * as lexicon from "@/detection/lexicon";
import { ar } from "./ar";

describe("Arabic scope names", () => {
  it("name in Arabic every scope the detector can report", () => {
    const scopeTables = [
      lexicon.arabicDemonyms,
      lexicon.arabicCountries,
      lexicon.arabicFeminineAdjectives,
      lexicon.arabicMasculineNisbas,
      lexicon.englishDemonyms,
      lexicon.englishNationalityAdjectives,
      lexicon.englishCountries,
    ];
    const scopes = new Set(scopeTables.flatMap((table) => [...table.values()]));
    expect(scopes.size).toBeGreaterThan(190);
    const unnamed = [...scopes].filter((scope) => !/^[\u0621-\u064A ]+$/.test(ar.panel.scopes[scope] ?? ""));
    expect(unnamed).toEqual([]);
  });
});
