/** The texts a chart draws besides its data: its axis numbers. */
import { formatNumber } from "../emulation/numberFormat";
import type { ChartView } from "../runtime/contract";

/**
 * An axis number in the chart's format, else as whole percentages or with thousands separators,
 * in the spreadsheet's locale; a log axis is labelled at its powers of ten only, as Sheets does.
 */
export function tickText(chart: Pick<ChartView, "valueAxis" | "percent" | "locale">, value: number): string {
  if (chart.valueAxis.logScale && Math.abs(Math.log10(value) - Math.round(Math.log10(value))) > 1e-9) return "";
  return formatNumber(value, chart.valueAxis.format ?? (chart.percent ? "0%" : "#,##0"), chart.locale);
}
