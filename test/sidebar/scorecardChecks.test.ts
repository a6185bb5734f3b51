import { describe, expect, it } from "vitest";
import { en, fr, requestMessages } from "../../src/i18n";
import { checkTable } from "../../src/sidebar/scorecard/checks";
import { mapColumn, setCell, tableFromSelection, typedTable } from "../../src/sidebar/scorecard/table";

const HEADERS = ["Channel", "Spend", "Leads", "Sales", "Revenue"];
const MAPPING = { channel: 0, budget: 1, leads: 2, conversions: 3, revenue: 4 };

/** Rows read from B3:F5 of "Data", headers in row 3: the data rows are sheet rows 4 and 5. */
const selection = (rows: (string | number)[][]) =>
  tableFromSelection({ sheetName: "Data", rangeA1: "B3:F5", firstRow: 3, firstColumn: 2, hasHeader: true, headers: HEADERS, rows, mapping: MAPPING, breakdown: [], convention: ".", report: { headerRow: 0, linesAbove: 0, decisions: [], derived: [], numbers: [], empty: [], currency: { kind: "none" }, dates: [], repeated: [] } });

const GOOD = [["Facebook", 10, 100, 1, 50], ["X", 20, 200, 2, 90]];

describe("the checks before a build", () => {
  it("find nothing to fix in good rows", () => {
    expect(checkTable(selection(GOOD), en)).toMatchObject({ problems: [], filledRows: 2 });
  });

  it("name a bad cell by its sheet row, and say what to do", () => {
    const check = checkTable(selection([GOOD[0], ["X", "abc", 200, -2, 90]]), en);
    expect(check.problems).toEqual([
      "Row 5: spend is the text 'abc'; enter a number.",
      "Row 5: conversions is -2; enter a count of 0 or more.",
    ]);
    expect(en.problemCount(check.problems.length)).toBe("2 problems to fix before building:");
  });

  it("name a bad cell in French for a French user", () => {
    const check = checkTable(selection([GOOD[0], ["X", "abc", 200, -2, 90]]), fr, requestMessages("fr"));
    expect(check.problems).toEqual([
      "Ligne 5\u00a0: dépenses\u00a0: le texte «\u00a0abc\u00a0»\u00a0; saisissez un nombre.",
      "Ligne 5\u00a0: conversions\u00a0: -2\u00a0; saisissez un nombre de 0 ou plus.",
    ]);
  });

  it("number typed rows from 1, as the sidebar's table shows them", () => {
    const typed = setCell(setCell(setCell(typedTable((field) => field), 0, 1, "100"), 0, 3, "150%"), 0, 4, "3");
    const check = checkTable(typed, en);
    expect(check.problems).toEqual(["Row 1: bounce rate is 1.5; enter a percentage from 0% to 100%, such as 45%."]);
    // A row without a channel is not refused: it goes under "(no channel)", with a warning.
    expect(check.read?.noChannelRows).toEqual([1]);
  });

  it("ask for a missing column in the user's language, without repeating it for every row", () => {
    const table = mapColumn(mapColumn(mapColumn(selection(GOOD), 1, null), 2, null), 3, null);
    expect(checkTable(table, en).problems).toEqual([
      "Choose the column that holds: Spend.",
      "Choose at least one column of results: conversions, leads or clicks.",
    ]);
    expect(checkTable(table, fr).problems).toEqual([
      "Choisissez la colonne qui contient\u00a0: Dépenses.",
      "Choisissez au moins une colonne de résultats\u00a0: conversions, leads ou clics.",
    ]);
    // Revenue and leads are optional: conversions alone are enough to build.
    expect(checkTable(mapColumn(mapColumn(selection(GOOD), 4, null), 2, null), en).problems).toEqual([]);
  });

  it("name a column set for several fields", () => {
    const table = { ...selection(GOOD), mapping: { ...MAPPING, revenue: 1 } };
    expect(checkTable(table, en).problems).toEqual(["The column “Spend” is set for Spend, Revenue: choose one field for it."]);
    expect(checkTable(table, fr).problems).toEqual([
      "La colonne «\u00a0Spend\u00a0» est attribuée à Dépenses, Chiffre d’affaires\u00a0: choisissez-lui un seul champ.",
    ]);
  });

  it("name a column with a blank header by its letter in the sheet", () => {
    const table = { ...selection(GOOD), headers: ["Channel", "", "Leads", "Sales", "Revenue"], mapping: { ...MAPPING, revenue: 1 } };
    expect(checkTable(table, en).problems).toEqual(["The column “Column C” is set for Spend, Revenue: choose one field for it."]);
  });

  it("count no rows to build in an empty table, without calling it a problem", () => {
    expect(checkTable(typedTable((field) => field), en)).toMatchObject({ problems: [], filledRows: 0 });
  });
});

describe("the checks on what the rows mean", () => {
  it("leave out a column chosen for a field that is empty on every row, so the report can say so", () => {
    const check = checkTable(selection([["Facebook", 10, 100, 1, ""], ["X", 20, 200, 2, "--"]]), en);
    expect(check).toMatchObject({ problems: [], emptied: [{ field: "revenue", column: 4 }] });
    expect(check.mapping).toEqual({ channel: 0, budget: 1, leads: 2, conversions: 3 });
  });

  it("refuse results of several kinds added up, naming each kind and its rows, in the user's language", () => {
    const table = tableFromSelection({
      sheetName: "Export", rangeA1: "A1:D4", firstRow: 1, firstColumn: 1, hasHeader: true,
      headers: ["Campaign name", "Amount spent (EUR)", "Results", "Result indicator"],
      rows: [["Traffic", 100, 900, "actions:link_click"], ["Leads", 200, 20, "actions:onsite_conversion.lead_grouped"], ["Paused", 0, "", ""]],
      mapping: { channel: 0, budget: 1, conversions: 2 }, breakdown: [], convention: ".",
      report: { headerRow: 0, linesAbove: 0, decisions: [], derived: [], numbers: [], empty: [], currency: { kind: "none" }, dates: [], repeated: [] },
    });
    expect(checkTable(table, fr, requestMessages("fr")).problems).toEqual([
      "«\u00a0Results\u00a0» compte un résultat différent selon les lignes («\u00a0Result indicator\u00a0»\u00a0: actions:link_click, 1 ligne\u00a0; " +
        "actions:onsite_conversion.lead_grouped, 1 ligne)\u00a0: additionnés comme conversions, des résultats différents pèseraient autant. " +
        "Filtrez l’export sur un seul type de résultat, ou choisissez pour conversions une colonne d’un seul type (comme «\u00a0Achats sur le site web\u00a0» ou «\u00a0Prospects\u00a0»).",
    ]);
  });

  it("say an export with a note and no figures has no data rows", () => {
    const check = checkTable(selection([["No data available.", "", "", "", ""]]), en);
    expect(check.problems).toEqual(["The export has no data rows: export a period or a level that has data, or select the rows below the header."]);
  });
});
