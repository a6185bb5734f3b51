/**
 * The header names that mean each field: English, French, Portuguese, Spanish, German, Italian, and what Meta, Google Ads, LinkedIn,
 * TikTok, X, Pinterest and Snapchat export. Compared once normalized (see normalizeHeader).
 */
import type { Field } from "./fields";

/** Within a field, an earlier name is the better column when several are present. */
const HEADER_NAMES: Readonly<Record<Field, readonly string[]>> = {
  channel: [
    "channel", "canal", "canaux", "platform", "plateforme", "publisher platform", "source", "social network", "reseau social",
    "reseau", "media", "support", "network channel", "marketing channel", "canal marketing", "levier", "network",
    "channel used", "kanal", "canale", "plataforma", "plattform", "piattaforma", "rede social", "red social", "soziales netzwerk",
  ],
  // The actual spend; a planned budget is plannedBudget when both are present.
  budget: [
    "spend", "spent", "amount spent", "total spent", "total spend", "cost", "costs", "ad spend", "media cost",
    "spend in account currency", "total cost", "billed charge", "montant depense", "depenses", "depense", "cout", "couts",
    "cout total", "investissement", "budget depense",
    "campaign cost", "marketing spend", "marketing cost", "mark spent",
    "custo", "custos", "custo total", "valor usado", "valor gasto", "montante gasto", "total gasto", "gasto total", "investimento",
    "coste", "costo", "costes", "costos", "coste total", "costo total", "importe gastado", "importe total gastado", "total gastado", "gasto", "gastos", "inversion",
    "kosten", "gesamtkosten", "ausgegebener betrag", "ausgegebener gesamtbetrag", "ausgaben", "gesamtausgaben", "ausgaben insgesamt",
    "costi", "costo totale", "importo speso", "importo totale speso", "spesa", "spesa totale",
    "budget", "orcamento", "presupuesto",
  ],
  leads: ["leads", "lead", "website leads", "on facebook leads", "prospects", "contacts", "number of leads", "clientes potenciales", "contatti", "cadastros"],
  // Sales-qualified leads (the source's "pistes de vente qualifiees"): accepted by sales. A marketing-qualified lead (MQL) is not one.
  qualifiedLeads: [
    "qualified leads", "sales qualified leads", "sql", "sqls", "number of qualified leads",
    "leads qualifies", "prospects qualifies", "pistes qualifiees", "pistes de vente qualifiees", "leads qualifies pour la vente",
    "leads qualificados", "leads qualificados para vendas", "leads cualificados", "leads calificados", "clientes potenciales cualificados",
    "qualifizierte leads", "vertriebsqualifizierte leads", "lead qualificati", "lead qualificati per le vendite",
  ],
  customers: [
    "customers", "new customers", "won deals", "deals won", "closed won deals", "number of customers",
    "clients", "nouveaux clients", "affaires gagnees", "transactions gagnees",
    "clientes", "novos clientes", "negocios ganhos", "nuevos clientes", "negocios ganados",
    "kunden", "neukunden", "neue kunden", "gewonnene deals", "clienti", "nuovi clienti", "trattative vinte",
  ],
  visits: [
    "sessions", "visits", "website visits", "site visits", "landing page views", "website landing page views", "visitors",
    "unique visitors", "visites", "visiteurs", "vues de page de destination", "vues de la page de destination",
    "sessoes", "visitas", "visualizacoes da pagina de destino", "sesiones", "visitas a la pagina de destino",
    "sitzungen", "besuche", "aufrufe der landingpage", "sessioni", "visite", "visualizzazioni della pagina di destinazione",
  ],
  bounceRate: ["bounce rate", "bounce", "taux de rebond", "rebond", "taxa de rejeicao", "tasa de rebote", "absprungrate", "frequenza di rimbalzo"],
  conversions: [
    "conversions", "conversion", "approved conversion", "purchases", "website purchases", "number of purchase", "number of purchases",
    "purchase", "checkouts", "sales", "orders", "transactions", "achats", "ventes", "commandes", "results", "resultats",
    "total conversion", "total conversions", "all conv", "toutes les conv", "conv", "key events",
    "number of conversions", "number of sales", "number of orders",
    "conversoes", "conversao", "compras", "compras no site", "vendas", "pedidos", "transacoes",
    "conversiones", "compras en el sitio web", "ventas", "transacciones",
    "kaufe", "website kaufe", "verkaufe", "bestellungen", "transaktionen",
    "conversioni", "acquisti", "acquisti sul sito web", "vendite", "ordini", "transazioni",
    "resultados", "ergebnisse", "risultati", "todas as conv", "todas las conv", "alle conv", "tutte le conv",
    "evenements cles", "eventos principais", "eventos clave", "schlusselereignisse", "eventi chiave",
  ],
  revenue: [
    "revenue", "revenues", "purchase revenue", "net sales", "conv value", "conversion value", "purchases conversion value", "website purchases conversion value",
    "purchase value", "purchases value", "total purchase value", "checkout value", "total checkout value", "sale amount", "sales amount", "income", "all conv value",
    "valeur de conv", "valeur de conversion", "valeur des conversions", "chiffre d affaires", "ca", "revenu", "revenus", "recettes",
    "revenue generated", "total revenue",
    "valor de conv", "valor de conversao", "valor de conversao da compra", "valor de conversao das compras", "valor total de compras",
    "valor total da compra", "valor de todas as conv", "receita", "receitas", "faturamento",
    "valor de conversion", "valor de conversion de compras", "valor de conversion de las compras", "valor total de compra", "valor de compra total",
    "valor de todas las conv", "ingresos", "facturacion",
    "conv wert", "conversion wert", "conversion wert fur kaufe", "gesamtkaufwert", "kaufwert", "wert aller conv", "umsatz", "einnahmen",
    "valore conv", "valore di conversione", "valore di conversione degli acquisti", "valore totale degli acquisti", "valore di tutte le conv",
    "entrate", "ricavi", "fatturato",
    "revenus des achats", "receita de compra", "ingresos por compras", "kaufumsatz", "entrate generate dagli acquisti",
    "ventes nettes", "vendas liquidas", "ventas netas", "nettoumsatz", "vendite nette",
    "total sales", "gross sales",
  ],
  impressions: [
    "impressions", "impr", "impression", "paid impressions", "impressions payees", "vues", "affichages",
    "number of impressions", "impressoes", "impresiones", "impressionen", "impressioni",
  ],
  clicks: [
    "link clicks", "clics sur un lien", "cliques no link", "clics en el enlace", "link klicks", "clic sul link",
    "clicks", "outbound clicks", "pin clicks", "swipe ups", "clicks all", "url clicks", "clics", "clic", "clics tous",
    "number of clicks", "number of website clicks", "website clicks", "cliques", "klicks",
  ],
  targetRoi: ["target roi", "roi target", "roi cible", "objectif roi", "objectif de roi"],
  plannedBudget: [
    "planned budget", "budget prevu", "budget planifie", "budget", "daily budget", "lifetime budget", "campaign budget",
    "orcamento", "presupuesto", "orcamento diario", "presupuesto diario", "tagesbudget", "budget giornaliero",
  ],
  otherCosts: ["other costs", "autres couts", "autres frais", "fees", "frais"],
  hours: ["hours", "heures", "temps passe"],
  reach: [
    "reach", "couverture", "portee", "accounts reached", "people reached", "unique reach", "total reach", "comptes touches", "personnes touchees",
    "alcance", "reichweite", "copertura",
  ],
  engagements: [
    "engagements", "post engagements", "post engagement", "total engagements", "engagement", "interactions", "total interactions",
    "interactions avec la publication", "engagements totaux", "interactions totales",
    "engajamento com a publicacao", "interacciones con la publicacion", "beitragsinteraktionen", "interazioni con il post",
  ],
  reactions: [
    "likes", "post reactions", "reactions", "paid likes", "j aime", "mentions j aime", "reactions a la publication",
    "reacoes a publicacao", "reacciones a la publicacion", "reazioni al post", "curtidas", "me gusta", "mi piace",
  ],
  comments: [
    "comments", "post comments", "paid comments", "replies", "commentaires", "commentaires sur la publication", "reponses",
    "comentarios", "comentarios na publicacao", "comentarios de la publicacion", "kommentare", "commenti", "commenti al post",
  ],
  shares: [
    "shares", "post shares", "paid shares", "retweets", "reposts", "partages", "partages de la publication",
    "compartilhamentos", "compartilhamentos da publicacao", "veces que se compartio la publicacion", "condivisioni", "condivisioni del post",
  ],
};

/**
 * Columns a scorecard can break down by (network, media type, campaign, ad set, owner, region,
 * device...), as platforms and teams head them: suggested, never required.
 */
const BREAKDOWN_NAMES = [
  "network", "media type", "campaign type", "campaign", "campaign name", "ad set name", "ad set", "ad group", "ad group name",
  "ad name", "placement", "platform", "publisher platform", "device", "device platform", "impression device", "region", "country",
  "owner", "employee", "team", "group", "objective", "format", "type de media", "type de campagne", "campagne", "nom de la campagne",
  "ensemble de publicites", "nom de l ensemble de publicites", "groupe d annonces", "plateforme", "emplacement", "appareil",
  "pays", "responsable", "employe", "equipe", "groupe", "objectif",
  "rede", "tipo de campanha", "campanha", "nome da campanha", "conjunto de anuncios", "nome do conjunto de anuncios", "grupo de anuncios",
  "nome do grupo de anuncios", "nome do anuncio", "posicionamento", "plataforma", "dispositivo", "regiao", "pais", "responsavel", "objetivo", "formato",
  "red", "tipo de campana", "campana", "nombre de la campana", "nombre del conjunto de anuncios", "nombre del grupo de anuncios",
  "nombre del anuncio", "ubicacion", "equipo",
  "netzwerk", "kampagnentyp", "kampagne", "kampagnenname", "anzeigengruppe", "name der anzeigengruppe", "anzeigengruppenname", "anzeigenname",
  "platzierung", "plattform", "gerat", "land", "verantwortlich", "ziel",
  "rete", "tipo di campagna", "campagna", "nome della campagna", "nome campagna", "gruppo di inserzioni", "nome del gruppo di inserzioni",
  "gruppo di annunci", "nome del gruppo di annunci", "nome dell inserzione", "posizionamento", "piattaforma", "regione", "paese", "responsabile",
  "squadra", "obiettivo",
];

/** Campaign columns that name the rows when the data has no channel column (one platform's export). */
const CAMPAIGN_NAMES = [
  "campaign", "campaign name", "campagne", "nom de la campagne", "campanha", "nome da campanha", "campana", "nombre de la campana",
  "kampagne", "kampagnenname", "campagna", "nome della campagna", "nome campagna",
];

/**
 * Ratios and averages that look like costs or conversions: "Cost / conv." is not a cost, "Conv.
 * rate" not a count. They are never mapped.
 */
const DERIVED_METRICS = [
  "cost conv", "cost per conv", "cost per conversion", "cost per result", "cost per results", "cost per purchase",
  "cost per lead", "cost per click", "cost all conv", "cpc", "avg cpc", "cpm", "avg cpm", "ctr", "cpa", "cpl", "roas", "roi",
  "conv rate", "conversion rate", "all conv rate", "purchase roas", "cout par resultat", "cout par conversion", "cout par clic",
  "taux de conversion", "taux de clic", "frequency", "frequence", "avg cost", "cost per 1 000 people reached",
  "engagement rate", "taux d engagement", "cost per engagement", "cost per post engagement", "cpe", "cout par interaction",
];

// Ratios in every language the tables cover, whatever follows: a cost per something ("Coste por conversión", "Kosten pro
// Ergebnis", "Costo per risultato"), or a ratio's word ("CPC méd.", "Durchschn. CPC", "Taxa de conv.", "Klickrate", "Frequenz").
const COST_WORDS = ["cost", "cout", "custo", "coste", "costo", "kosten"];
const PER_WORDS = ["per", "par", "por", "pro", "je"];
const RATIO_WORDS = new Set([
  "cpc", "cpm", "cpa", "cpl", "cpv", "cpe", "ctr", "cvr", "roas", "roi", "rate", "taux", "taxa", "tasa", "tasso", "klickrate", "interaktionsrate",
  "conversionrate", "engagementrate", "frequency", "frequence", "frecuencia", "frequencia", "frequenz", "frequenza", "haufigkeit",
  "avg", "average", "moyen", "moyenne", "med", "medio", "durchschn", "durchschnittlich", "durchschnittliche", "durchschnittlicher",
]);
const FIELD_NAMES = new Set(Object.values(HEADER_NAMES).flat());

/** "Amount spent (EUR)" -> "amount spent"; "Spend [USD]" -> "spend"; "# of Purchase" -> "number of purchase". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/^\s*#\s*(of\s)?/, "number of ")
    .replace(/[^a-z0-9%]+/g, " ")
    .trim();
}

export interface HeaderMeaning {
  field: Field;
  /** Lower is better among the columns of one field. */
  rank: number;
}

/** Every field a header may mean, best first (a "Budget" column is the cost, or else the planned budget). */
export function meaningsOfHeader(header: string): HeaderMeaning[] {
  const name = normalizeHeader(header);
  if (name === "") return [];
  const meanings: HeaderMeaning[] = [];
  for (const [field, names] of Object.entries(HEADER_NAMES) as [Field, readonly string[]][]) {
    const rank = names.indexOf(name);
    if (rank >= 0) meanings.push({ field, rank });
  }
  return meanings;
}

/** The field a header names first, or null. */
export function fieldOfHeader(header: string): Field | null {
  return meaningsOfHeader(header)[0]?.field ?? null;
}

// A budget per day (Google Ads' "Budget" beside "Budget type: Daily") is a rate, not the period's plan.
const PER_DAY_BUDGETS = [
  "daily budget", "avg daily budget", "budget quotidien", "budget journalier", "orcamento diario", "presupuesto diario", "tagesbudget", "budget giornaliero",
];
const BUDGET_TYPES = ["budget type", "budget period", "type de budget", "tipo de orcamento", "tipo de presupuesto", "budgettyp", "tipo di budget"];

/** True when the budget column is a budget per day, which pacing cannot compare with the period's spend. */
export function isPerDayBudget(headers: readonly string[], column: number): boolean {
  return PER_DAY_BUDGETS.includes(normalizeHeader(headers[column])) || headers.some((header) => BUDGET_TYPES.includes(normalizeHeader(header)));
}

/**
 * A ratio or an average, never a field's column (a field's own name, such as "Bounce rate" or "Target ROI", is not one): a
 * known name, a cost per something, a ratio's word, or a quotient with a field on one side ("Kosten/Conv.", "Conv. value / cost").
 */
export function isDerivedMetric(header: string): boolean {
  const name = normalizeHeader(header);
  if (name === "" || FIELD_NAMES.has(name)) return false;
  const words = name.split(" ");
  if (DERIVED_METRICS.includes(name) || (COST_WORDS.includes(words[0]) && PER_WORDS.includes(words[1])) || words.some((word) => RATIO_WORDS.has(word))) {
    return true;
  }
  const sides = header.split("/").map(normalizeHeader);
  return sides.length === 2 && !sides.includes("") && sides.some((side) => FIELD_NAMES.has(side));
}

export const isBreakdownHeader = (header: string) => BREAKDOWN_NAMES.includes(normalizeHeader(header));
export const isCampaignHeader = (header: string) => CAMPAIGN_NAMES.includes(normalizeHeader(header));
