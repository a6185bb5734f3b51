// Headers as the platforms write them in Portuguese, Spanish, German and Italian, and plain-English variants.
import { describe, expect, it } from "vitest";
import { fieldOfHeader, isBreakdownHeader, isCampaignHeader } from "../../src/import/headerNames";
import { guessMapping } from "../../src/import/mapping";

describe("headers in the languages platforms export in", () => {
  it.each([
    // Google Ads
    ["Custo", "budget"], ["Coste", "budget"], ["Costo", "budget"], ["Kosten", "budget"],
    ["Cliques", "clicks"], ["Clics", "clicks"], ["Klicks", "clicks"], ["Clic", "clicks"],
    ["Conversões", "conversions"], ["Conversiones", "conversions"], ["Conversioni", "conversions"],
    ["Valor de conv.", "revenue"], ["Conv.-Wert", "revenue"], ["Valore conv.", "revenue"], ["Wert aller Conv.", "revenue"],
    ["Impressões", "impressions"], ["Impresiones", "impressions"], ["Impressionen", "impressions"], ["Impressioni", "impressions"],
    ["Todas as conv.", "conversions"], ["Alle Conv.", "conversions"],
    // Meta
    ["Valor usado (BRL)", "budget"], ["Importe gastado (EUR)", "budget"], ["Ausgegebener Betrag (EUR)", "budget"], ["Importo speso (EUR)", "budget"],
    ["Resultados", "conversions"], ["Ergebnisse", "conversions"], ["Risultati", "conversions"], ["Käufe", "conversions"], ["Acquisti", "conversions"],
    ["Valor de conversión de compras", "revenue"], ["Conversion-Wert für Käufe", "revenue"], ["Valore di conversione degli acquisti", "revenue"],
    ["Cliques no link", "clicks"], ["Clics en el enlace", "clicks"], ["Link-Klicks", "clicks"], ["Clic sul link", "clicks"],
    ["Alcance", "reach"], ["Reichweite", "reach"], ["Copertura", "reach"], ["Clientes potenciales", "leads"], ["Contatti", "leads"],
    // LinkedIn, TikTok
    ["Ausgegebener Gesamtbetrag", "budget"], ["Importe total gastado", "budget"], ["Clic (destinazione)", "clicks"],
    ["Valore totale degli acquisti", "revenue"], ["Valor total de compras", "revenue"], ["Valor total de compra", "revenue"], ["Gesamtkaufwert", "revenue"],
    // Plain English, with underscores and hash signs
    ["# of Impressions", "impressions"], ["Campaign_Cost", "budget"], ["Revenue_Generated", "revenue"], ["mark_spent", "budget"],
    ["Total_Spend", "budget"], ["# of Website Clicks", "clicks"], ["Channel_Used", "channel"],
    // Rates that are fields
    ["Taxa de rejeição", "bounceRate"], ["Tasa de rebote", "bounceRate"], ["Absprungrate", "bounceRate"], ["Frequenza di rimbalzo", "bounceRate"],
  ])("%s means %s", (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it("never takes a ratio for a cost or a count, in any of the languages", () => {
    const ratios = [
      "Kosten/Conv.", "Custo/conv.", "Coste/conv.", "Costo/conv.", "Kosten/alle Conv.", "Valor conv./custo", "Conv.-Wert/Kosten",
      "CPC méd.", "CPC medio", "Durchschn. CPC", "Custo médio", "Taxa de conv.", "Tasa de conv.", "Tasso di conv.", "Conv.-Rate", "Klickrate",
      "Coste por resultado", "Custo por resultado", "Kosten pro Ergebnis", "Costo per risultato", "Costo per conversione", "Kosten pro Lead",
      "Frecuencia", "Frequência", "Frequenz", "Frequenza", "CTR (destinazione)", "Tasso di conversione (CVR)", "ROAS de compras",
    ];
    for (const header of ratios) expect(fieldOfHeader(header), header).toBeNull();
    const { mapping, derived } = guessMapping(["Kampagne", "Kosten", "Kosten/Conv.", "Conversions", "Conv.-Wert", "Conv.-Wert/Kosten", "Klickrate"]);
    expect(mapping).toEqual({ channel: 0, budget: 1, conversions: 3, revenue: 4 });
    expect(derived).toEqual([2, 5, 6]);
  });

  it("prefers the purchases and the link clicks over the results and all clicks, as in English", () => {
    const spanish = guessMapping(["Nombre de la campaña", "Resultados", "Compras en el sitio web", "Clics (todos)", "Clics en el enlace", "Importe gastado (EUR)"]);
    expect(spanish.mapping).toEqual({ channel: 0, conversions: 2, clicks: 4, budget: 5 });
    const german = guessMapping(["Kampagnenname", "Ergebnisse", "Käufe", "Klicks (alle)", "Link-Klicks", "Ausgegebener Betrag (EUR)"]);
    expect(german.mapping).toEqual({ channel: 0, conversions: 2, clicks: 4, budget: 5 });
  });

  it("takes the cost over a campaign's budget, and leaves a budget per day out", () => {
    const portuguese = guessMapping(["Campanha", "Orçamento", "Tipo de orçamento", "Custo", "Conversões"]);
    expect(portuguese.mapping).toEqual({ channel: 0, budget: 3, conversions: 4 });
    expect(portuguese.decisions).toContainEqual({ field: "plannedBudget", column: 1, because: "perDayBudgetLeftOut" });
    expect(guessMapping(["Kanal", "Budget", "Kosten", "Conversions"]).mapping).toEqual({ channel: 0, budget: 2, plannedBudget: 1, conversions: 3 });
  });

  it("names the rows by campaign and suggests the breakdown columns", () => {
    for (const header of ["Campanha", "Nome da campanha", "Campaña", "Nombre de la campaña", "Kampagne", "Kampagnenname", "Campagna", "Nome della campagna"]) {
      expect(isCampaignHeader(header), header).toBe(true);
    }
    const breakdowns = [
      "Grupo de anúncios", "Conjunto de anuncios", "Anzeigengruppe", "Gruppo di inserzioni", "Tipo de campanha", "Tipo de campaña",
      "Kampagnentyp", "Tipo di campagna", "Posicionamento", "Ubicación", "Platzierung", "Posizionamento", "Plataforma", "Plattform",
    ];
    for (const header of breakdowns) expect(isBreakdownHeader(header), header).toBe(true);
  });
});
