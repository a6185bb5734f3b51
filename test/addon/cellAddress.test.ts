import { describe, expect, it } from "vitest";
import { cellAddress } from "../../src/addon/cellAddress";

describe("cellAddress", () => {
  it("writes a plain sheet name as is", () => {
    expect(cellAddress("Sheet1", "B3")).toBe("Sheet1!B3");
    expect(cellAddress("Feuille_1", "A1")).toBe("Feuille_1!A1");
  });

  it("quotes a sheet name as Sheets does when it holds spaces, accents, quotes or looks like a cell", () => {
    expect(cellAddress("Channel scorecard", "B3")).toBe("'Channel scorecard'!B3");
    expect(cellAddress("Données", "C2")).toBe("'Données'!C2");
    expect(cellAddress("Bob's data", "A1")).toBe("'Bob''s data'!A1");
    expect(cellAddress("AB12", "A1")).toBe("'AB12'!A1");
    expect(cellAddress("2024", "A1")).toBe("'2024'!A1");
  });
});
