/**
 * The breakdown columns several exports share under different names: Meta's "Ad set name" is
 * Google Ads' "Ad group" and Snapchat's "Ad Squad Name". Each kind is one column of a combined
 * table, so a breakdown by campaign or ad set works across networks.
 */
import { isCampaignHeader, normalizeHeader } from "../import/headerNames";

export const DIMENSIONS = ["campaign", "adSet", "placement", "campaignType", "device", "country"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

const NAMES: Readonly<Record<Exclude<Dimension, "campaign">, readonly string[]>> = {
  adSet: [
    "ad set name", "ad set", "ad group", "ad group name", "ad squad name", "ad squad", "line item name", "line item",
    "nom de l ensemble de publicites", "ensemble de publicites", "groupe d annonces", "nom du groupe d annonces",
    "conjunto de anuncios", "nome do conjunto de anuncios", "grupo de anuncios", "nome do grupo de anuncios",
    "nombre del conjunto de anuncios", "nombre del grupo de anuncios",
    "anzeigengruppe", "name der anzeigengruppe", "anzeigengruppenname",
    "gruppo di inserzioni", "nome del gruppo di inserzioni", "gruppo di annunci", "nome del gruppo di annunci",
  ],
  placement: ["placement", "emplacement", "posicionamento", "ubicacion", "platzierung", "posizionamento"],
  campaignType: ["campaign type", "type de campagne", "tipo de campanha", "tipo de campana", "kampagnentyp", "tipo di campagna", "campaign objective", "objective", "objectif", "objetivo", "ziel", "obiettivo"],
  device: ["device", "device platform", "impression device", "appareil", "dispositivo", "gerat"],
  country: ["country", "country region", "pays", "pais", "land", "paese"],
};

/** The kind of breakdown a header names, or null. */
export function dimensionOf(header: string): Dimension | null {
  if (isCampaignHeader(header)) return "campaign";
  const name = normalizeHeader(header);
  return (Object.keys(NAMES) as Exclude<Dimension, "campaign">[]).find((kind) => NAMES[kind].includes(name)) ?? null;
}
