import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language";

// Passages of the development set (eval/values/cases), one sentence or two per language.
const passages: [string, string][] = [
  [
    "en",
    "According to the General Public Prosecutor's Office of the USSR, they resulted in the death of 26 Armenians and 6 Azerbaijanis; over 100 persons were injured.",
  ],
  [
    "es",
    "Según cifras oficiales, la catástrofe se cobró unas 25.000 vidas, unas 19.000 personas quedaron discapacitadas y cerca de 530.000 más quedaron sin hogar.",
  ],
  [
    "fr",
    "A la suite de ce pogrom, puis de ceux de Kirovabad et de Bakou, plus de 400 000 arméniens ont quitté Bakou",
  ],
  [
    "it",
    "Il risultato diretto e indiretto di questi orrori furono decine di migliaia di profughi.",
  ],
  [
    "de",
    "Einigen anschließenden Augenzeugenberichten zufolge wurden 33 Zivilisten und acht Soldaten getötet sowie 150 Menschen schwer verletzt.",
  ],
  [
    "ru",
    "По официальным данным Генпрокуратуры СССР, в ходе беспорядков погибли 26 граждан армянской национальности, более ста человек были ранены.",
  ],
  [
    "pt",
    "Existem oficialmente 15.524 feridos e 530.000 desabrigados. Estima-se que entre 25.000 e 30.000 pessoas morreram.",
  ],
];

describe("detectLanguage", () => {
  it.each(passages)("reads %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("gives no guess for short texts, figures alone, or languages the readers do not know", () => {
    expect(detectLanguage("26 killed")).toBeNull();
    expect(detectLanguage("1988-1990, 26, 32, 400 000")).toBeNull();
    expect(
      detectLanguage(
        "Պաշտոնական տվյալներով, ընդամենը 30 վայրկյանի ընթացքում բնական աղետը դարձավ 25 հազար մարդու մահվան պատճառ",
      ),
    ).toBeNull();
  });

  it("never throws, and answers a supported code or null", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" })), (text) => {
        const found = detectLanguage(text);
        expect(found === null || ["en", "es", "fr", "it", "de", "ru", "pt"].includes(found)).toBe(
          true,
        );
      }),
      { numRuns: 60 },
    );
    expect(detectLanguage(undefined as unknown as string)).toBeNull();
  }, 30_000);
});
