/**
 * Which network an export comes from, told by the shape of its header row: the columns each ads
 * manager writes and no other does (Meta's "Amount spent", Google Ads' "Conv. value", LinkedIn's
 * "Total Spent"...), in every language the header tables cover. When no network, or more than one,
 * has its columns, the export is undecided and the user names it: never guessed.
 */
import { normalizeHeader } from "../import/headerNames";

export const NETWORKS = ["Meta", "Google Ads", "LinkedIn", "TikTok", "X", "Pinterest", "Snapchat", "Microsoft Ads"] as const;
export type Network = (typeof NETWORKS)[number];

/**
 * A network's signs: each one a set of header names (normalized) that must all be present. A name
 * alone where only that network writes it; a pair where the names are shared (Google Ads and
 * Microsoft Ads both write "Impr.": Google beside "Cost", Microsoft beside "Spend").
 */
const SIGNS: Readonly<Record<Network, readonly (readonly string[])[]>> = {
  Meta: [
    ["amount spent"], ["montant depense"], ["valor usado"], ["valor gasto"], ["importe gastado"], ["ausgegebener betrag"], ["importo speso"],
    ["result indicator"], ["indicateur de resultats"], ["indicador de resultados"], ["indicador de resultado"], ["ergebnisindikator"], ["indicatore dei risultati"],
    ["result type"], ["type de resultat"], ["tipo de resultado"], ["ergebnistyp"], ["tipo di risultato"],
    ["reporting starts"], ["debut des rapports"], ["inicio dos relatorios"], ["inicio del informe"], ["berichtsbeginn"], ["inizio report"],
    ["ad set name"], ["nom de l ensemble de publicites"], ["nome do conjunto de anuncios"], ["nombre del conjunto de anuncios"], ["nome del gruppo di inserzioni"],
    ["cost per result"], ["cout par resultat"], ["custo por resultado"], ["coste por resultado"], ["kosten pro ergebnis"], ["costo per risultato"],
    ["attribution setting"], ["parametre d attribution"], ["configuracao de atribuicao"], ["configuracion de atribucion"], ["attributionseinstellung"], ["impostazione di attribuzione"],
  ],
  "Google Ads": [
    ["conv value"], ["valeur de conv"], ["valor de conv"], ["conv wert"], ["valore conv"],
    ["search impr share"], ["taux d impr sur le reseau de recherche"], ["parcela de impr de pesquisa"], ["cuota de impr de busqueda"], ["anteil an moglichen impr im suchnetzwerk"],
    ["cost conv"], ["cout conv"], ["custo conv"], ["coste conv"], ["kosten conv"], ["costo conv"],
    ["cost", "impr"], ["cout", "impr"], ["custo", "impr"], ["coste", "impr"], ["kosten", "impr"], ["costo", "impr"],
    ["cost", "campaign type"], ["cout", "type de campagne"], ["custo", "tipo de campanha"], ["coste", "tipo de campana"], ["kosten", "kampagnentyp"], ["costo", "tipo di campagna"],
    ["cost", "avg cpc"], ["cout", "cpc moy"], ["custo", "cpc med"], ["coste", "cpc medio"], ["kosten", "durchschn cpc"], ["costo", "cpc medio"],
  ],
  LinkedIn: [
    ["total spent"], ["montant total depense"], ["total gasto"], ["importe total gastado"], ["ausgegebener gesamtbetrag"], ["importo totale speso"],
    ["campaign group name"], ["nom du groupe de campagnes"], ["nome do grupo de campanhas"], ["nombre del grupo de campanas"], ["name der kampagnengruppe"], ["nome del gruppo di campagne"],
    ["campaign group id"], ["lead form opens"], ["leads work email"], ["clicks to landing page"],
  ],
  TikTok: [
    ["primary status"], ["statut principal"], ["status principal"], ["estado principal"], ["primarer status"], ["stato principale"],
    ["clicks destination"], ["clics destination"], ["cliques destino"], ["clics destino"], ["klicks ziel"], ["clic destinazione"],
    ["ctr destination"], ["cpc destination"], ["total complete payment"], ["complete payment roas"], ["cost", "ad group name"], ["cost", "total purchase value"],
  ],
  X: [
    ["retweets"], ["reposts"], ["funding source name"], ["funding source"], ["tweet text"], ["post text"], ["tweet id"], ["post id", "follows"],
    ["billed engagements"], ["billed charge"], ["line item name"], ["promoted tweet"],
  ],
  Pinterest: [
    ["pin clicks"], ["clics sur l epingle"], ["cliques no pin"], ["clics en el pin"], ["pin klicks"], ["clic sul pin"],
    ["spend in account currency"], ["saves"], ["enregistrements"], ["pin promotion name"], ["earned impressions"], ["pin id"],
  ],
  Snapchat: [
    ["swipe ups"], ["swipe up rate"], ["ad squad name"], ["ad squad"], ["ecpsu"], ["story opens"], ["paid impressions", "amount spent"],
  ],
  "Microsoft Ads": [
    ["account number"], ["return on ad spend"],
    ["spend", "impr"], ["spend", "avg cpc"], ["spend", "conv"], ["spend", "avg pos"],
    ["depense", "impr"], ["gasto", "impr"], ["ausgaben", "impr"], ["spesa", "impr"],
  ],
};

export type NetworkDetection =
  /** One network has the most signs: the headers that told it. */
  | { kind: "detected"; network: Network; headers: string[] }
  /** No network's columns, or as many of two networks' columns: the user names it. */
  | { kind: "undecided"; candidates: Network[] };

/** A header as written, in both forms a sign may name: without what its brackets say ("Amount spent"), and with it ("Clicks destination"). */
function namesOf(header: string): string[] {
  const withBrackets = normalizeHeader(header.replace(/[()[\]]/g, " "));
  return [normalizeHeader(header), withBrackets];
}

export function detectNetwork(headers: readonly string[]): NetworkDetection {
  const columnOf = new Map<string, string>();
  for (const header of headers) for (const name of namesOf(header)) if (name !== "" && !columnOf.has(name)) columnOf.set(name, header);
  const scored = NETWORKS.map((network) => {
    const signs = SIGNS[network].filter((sign) => sign.every((name) => columnOf.has(name)));
    return { network, count: signs.length, headers: [...new Set(signs.flat().map((name) => columnOf.get(name)!))] };
  }).filter((score) => score.count > 0);
  scored.sort((a, b) => b.count - a.count);
  const [best, second] = scored;
  if (!best || (second && second.count === best.count)) return { kind: "undecided", candidates: scored.filter((score) => score.count === best?.count).map((score) => score.network) };
  return { kind: "detected", network: best.network, headers: best.headers };
}

/** A network named by the user ("google-ads", "linkedin"): its name as the scorecard shows it, else the name as typed ("Twitter"). */
export function networkNamed(text: string): string {
  const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return NETWORKS.find((network) => squash(network) === squash(text)) ?? text.trim();
}
