// The add-on's answers about the data it is sent, in French for a French user: row problems,
// refused builds and refused insertions, with French typography.
import { describe, expect, it } from "vitest";
import { formulaToInsert } from "../../src/addon/formulaToInsert";
import { requestMessages } from "../../src/i18n";
import { readChannelRows } from "../../src/scorecard/channelRows";
import { prepareScorecard, type PlanContext } from "../../src/scorecard/prepare";
import { addonTexts } from "../../src/i18n";
import type { ScorecardRequest } from "../../src/scorecard/request";

const NBSP = "\u00a0";
const fr = requestMessages("fr");
const mapping = { channel: 0, budget: 1, leads: 2, bounceRate: 3, conversions: 4, revenue: 5 };

describe("row problems in French", () => {
  it("names the sheet row, the field and the fix for every bad cell", () => {
    const { issues } = readChannelRows(
      [
        ["Facebook", "abc", 7900, "48%", 210, 12600],
        ["Instagram", -5, 5300, 1.2, 120, 8400],
        ["", 900, 1500, "50%", 30, "1,800"],
        ["LinkedIn", 2500, true, "35%", 85, 8500],
      ],
      mapping,
      2,
      undefined,
      fr,
    );
    expect(issues.map((issue) => issue.message)).toEqual([
      `Ligne 2${NBSP}: dépenses${NBSP}: le texte «${NBSP}abc${NBSP}»${NBSP}; saisissez un nombre.`,
      `Ligne 3${NBSP}: dépenses${NBSP}: -5${NBSP}; saisissez un montant de 0 ou plus.`,
      `Ligne 3${NBSP}: taux de rebond${NBSP}: 1.2${NBSP}; saisissez un pourcentage de 0${NBSP}% à 100${NBSP}%, par exemple 45${NBSP}%.`,
      // A row without a channel is no problem: it goes under "(no channel)".
      `Ligne 4${NBSP}: chiffre d’affaires${NBSP}: le texte «${NBSP}1,800${NBSP}», ambigu (séparateur de milliers ou virgule décimale${NBSP}?)${NBSP}; écrivez-le sans séparateur de milliers, avec un point décimal, par exemple 1234.5.`,
      `Ligne 5${NBSP}: leads${NBSP}: TRUE, une valeur logique${NBSP}; saisissez un nombre.`,
    ]);
  });

  it("keeps English for an English user, as before", () => {
    const { issues } = readChannelRows([["Facebook", -5, 7900, "48%", 210, 12600]], mapping, 2);
    expect(issues.map((issue) => issue.message)).toEqual(["Row 2: spend is -5; enter an amount of 0 or more."]);
  });
});

describe("refused builds and insertions in French", () => {
  const context: PlanContext = {
    sheetName: "Tableau de bord des canaux",
    sourceChannels: null,
    texts: addonTexts("fr"),
    moneyFormat: "#,##0.00 [$€]",
    builtOn: "2026-11-30",
    messages: fr,
  };
  const request = (overrides: Partial<ScorecardRequest>): ScorecardRequest =>
    ({ mapping, rows: [["Facebook", 4200, 7900, "48%", 210, 12600]], source: null, options: { targetRoi: 0 }, ...overrides }) as ScorecardRequest;

  it("asks for the missing columns, and for one column per field", () => {
    expect(() => prepareScorecard(request({ mapping: { channel: 0, budget: 1 } }), context)).toThrow(/^Choisissez la colonne qui contient les conversions, les leads ou les clics\u00a0: /);
    expect(() => prepareScorecard(request({ mapping: { ...mapping, revenue: 1 } }), context)).toThrow(
      `Dépenses et chiffre d’affaires utilisent la même colonne${NBSP}; donnez à chacun la sienne.`,
    );
    expect(() => prepareScorecard(request({ rows: [] }), context)).toThrow(/^Il n’y a aucune ligne de canal/);
  });

  it("refuses bad options, uncosted hours and a link formulas could not follow", () => {
    expect(() => prepareScorecard(request({ options: { targetRoi: 0, hourlyRate: -5 } as ScorecardRequest["options"] }), context)).toThrow(
      `Le taux horaire doit être un montant de 0 ou plus, par exemple 50.`,
    );
    expect(() => prepareScorecard(request({ mapping: { ...mapping, hours: 6 }, rows: [["Facebook", 4200, 7900, "48%", 210, 12600, 12]] }), context)).toThrow(
      /^Les données ont des heures\u00a0: donnez un taux horaire/,
    );
    const source = { sheetName: "Données", rangeA1: "A1:F3", firstRow: 1, firstColumn: 1, hasHeader: true };
    const withTotals = request({ rows: [["Facebook", 4200, 7900, "48%", 210, 12600], ["Total", 4200, 7900, "48%", 210, 12600]], source, options: { targetRoi: 0, chart: false, linkToSource: true } });
    expect(() => prepareScorecard(withTotals, context)).toThrow(
      `Le tableau de bord ne peut pas suivre A1:F3 dans Données${NBSP}: elle a des lignes de totaux, que les formules compteraient. Créez-le sans le lien.`,
    );
  });

  it("refuses a formula that is not ours", () => {
    expect(() => formulaToInsert("=SUM(A1:A3)", ["CPA"], fr)).toThrow(
      `Impossible d’insérer '=SUM(A1:A3)'${NBSP}: elle ne commence pas par un appel à une fonction Social ROI. Insérez une formule comme =CPA(5000, 1000).`,
    );
    expect(() => formulaToInsert("=CPA(IMPORTXML(A1), 2)", ["CPA"], fr)).toThrow(/elle appelle IMPORTXML, qui n’est pas une fonction Social ROI/);
  });
});
