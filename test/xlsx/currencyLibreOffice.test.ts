// The .xlsx of an export in reais, opened in LibreOffice: its money shows in reais there too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliDir, run } from "../cli/runCli";
import { shownByLibreOffice } from "../support/libreOffice";

const BRAZIL = new URL("../cli/fixtures/google-ads-brazil-excel.csv", import.meta.url).pathname;
const MAP = "channel=Campanha,budget=Custo,conversions=Conversões,revenue=Valor de conv.,clicks=Cliques,impressions=Impr.";

describe("an .xlsx in the export's currency, in LibreOffice", () => {
  it("shows the scorecard's money in reais, with the Brazilian sign and cents", async () => {
    const out = join(cliDir, "brazil.xlsx");
    const { code } = await run("scorecard", BRAZIL, "--map", MAP, "--out", out);
    expect(code).toBe(0);
    const shown = await shownByLibreOffice(readFileSync(out), "Channel scorecard");
    const header = shown.findIndex((row) => row[0] === "Channel");
    const spend = shown[header].indexOf("Spend");
    const cpa = shown[header].indexOf("CPA");
    const row = (channel: string) => shown.find((cells) => cells[0] === channel)!;
    expect(row("Marca - Pesquisa")[spend]).toBe("R$ 1,234.56");
    expect(row("Genérica - Pesquisa")[spend]).toBe("R$ 7,307.37");
    // Recalculated by LibreOffice from the values: 9,562.69 spent for 188.75 conversions.
    const total = 1234.56 + 7307.37 + 236.86 + 783.9;
    expect(row("Total")[spend]).toBe(`R$ ${total.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    expect(row("Total")[cpa]).toBe(`R$ ${(total / (96 + 71.5 + 18.25 + 3)).toFixed(2)}`);
  }, 300_000);
});
