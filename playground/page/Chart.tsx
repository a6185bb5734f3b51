/**
 * An embedded chart drawn with chart.js: bar (horizontal), column, line and pie, from the data the view
 * read off the sheet, with the options the script set that Sheets honours (a log axis and its
 * number format, in the spreadsheet's locale; series colours; stacked bars; values on the bars).
 * Other types are named in place of the chart, as not drawn by the playground.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  PieController,
  Title,
  Tooltip,
  type ChartConfiguration,
  type Plugin,
} from "chart.js";
import { useEffect, useRef } from "preact/hooks";
import type { ChartView } from "../runtime/contract";
import { tickText } from "./chartText";

ChartJs.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, LogarithmicScale, PieController, ArcElement, Legend, Title, Tooltip);

// Sheets' default series colours.
const PALETTE = ["#4285f4", "#db4437", "#f4b400", "#0f9d58", "#ab47bc", "#00acc1", "#ff7043", "#9e9d24", "#5c6bc0"];
const DRAWN_TYPES = new Set(["BAR", "COLUMN", "LINE", "PIE"]);

// chart.js's own grid colour.
const GRID_COLOUR = "rgba(0, 0, 0, 0.1)";
// Room beyond the longest bar for its value.
const DATA_LABEL_ROOM = 72;

/** Each value as the sheet displays it, beyond the end of its bar, for the series whose options ask for it. */
function dataLabels(chart: ChartView): Plugin<"bar"> {
  return {
    id: "dataLabels",
    afterDatasetsDraw(drawn) {
      const { ctx } = drawn;
      const horizontal = chart.type === "BAR";
      ctx.save();
      ctx.fillStyle = "#202124";
      ctx.font = "12px Arial, sans-serif";
      chart.series.forEach((series, i) => {
        if (!series.dataLabels) return;
        drawn.getDatasetMeta(i).data.forEach((bar, j) => {
          const value = series.values[j];
          if (value === null || series.displays[j] === "") return;
          const { x, y } = bar.getProps(["x", "y"], true) as { x: number; y: number };
          if (horizontal) {
            ctx.textAlign = value < 0 ? "right" : "left";
            ctx.textBaseline = "middle";
            ctx.fillText(series.displays[j], x + (value < 0 ? -4 : 4), y);
          } else {
            ctx.textAlign = "center";
            ctx.textBaseline = value < 0 ? "top" : "bottom";
            ctx.fillText(series.displays[j], x, y + (value < 0 ? 4 : -4));
          }
        });
      });
      ctx.restore();
    },
  };
}

/** An axis minimum that leaves a negative bar's value room beyond its end, as the positive ones have past theirs. */
function roomForNegativeLabels(chart: ChartView): number | undefined {
  const values = chart.series.flatMap((series) => series.values.filter((value): value is number => value !== null));
  const [low, high] = [Math.min(0, ...values), Math.max(0, ...values)];
  return low < 0 ? low - (high - low) * 0.3 : undefined;
}

function configuration(chart: ChartView): ChartConfiguration<"bar" | "line" | "pie"> {
  const pie = chart.type === "PIE";
  const line = chart.type === "LINE";
  const datasets = chart.series.map((series, i) => ({
    label: series.name ?? "",
    data: series.values,
    backgroundColor: pie ? chart.labels.map((_, j) => PALETTE[j % PALETTE.length]) : (series.color ?? PALETTE[i % PALETTE.length]),
    // A line through each series' points; a blank cell is a gap, as Sheets draws it.
    ...(line && { borderColor: series.color ?? PALETTE[i % PALETTE.length], borderWidth: 2, pointRadius: 3, spanGaps: false }),
  }));
  const labelled = !pie && chart.series.some((series) => series.dataLabels);
  const valueAxis = {
    type: chart.valueAxis.logScale ? ("logarithmic" as const) : ("linear" as const),
    stacked: chart.stacked,
    ...(labelled && !chart.valueAxis.logScale && { suggestedMin: roomForNegativeLabels(chart) }),
    ticks: { autoSkip: !chart.valueAxis.logScale, callback: (value: string | number) => tickText(chart, Number(value)) },
    // Grid lines where the axis has numbers: a log axis has none between its powers of ten.
    grid: { color: (context: { tick?: { value: number } }) => (context.tick && tickText(chart, context.tick.value) === "" ? "transparent" : GRID_COLOUR) },
  };
  const labelAxis = { stacked: chart.stacked };
  return {
    type: pie ? "pie" : line ? "line" : "bar",
    data: { labels: chart.labels, datasets },
    plugins: labelled ? [dataLabels(chart) as Plugin<"bar" | "line" | "pie">] : [],
    options: {
      animation: false,
      responsive: false,
      indexAxis: chart.type === "BAR" ? "y" : "x",
      ...(labelled && { layout: { padding: chart.type === "BAR" ? { right: DATA_LABEL_ROOM } : { top: 20 } } }),
      plugins: {
        title: { display: chart.title !== null, text: chart.title ?? "" },
        legend: { display: chart.legend && (pie || chart.series.some((series) => series.name !== null)) },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ? `${item.dataset.label}: ` : ""}${chart.series[item.datasetIndex].displays[item.dataIndex]}` } },
      },
      ...(!pie && { scales: chart.type === "BAR" ? { x: valueAxis, y: labelAxis } : { y: valueAxis, x: labelAxis } }),
    },
  };
}

/** What the chart shows, for screen readers (and tests): the title, then each label with its values. */
function description(chart: ChartView): string {
  const points = chart.labels.map((label, i) => [label, ...chart.series.map((series) => series.displays[i]).filter((display) => display !== "")].join(" "));
  return [chart.title ?? "Chart", points.join(", ")].join(": ");
}

export function Chart({ chart, left, top, belowFrozenRows }: { chart: ChartView; left: number; top: number; belowFrozenRows: boolean }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = DRAWN_TYPES.has(chart.type ?? "") && !chart.problem;

  useEffect(() => {
    if (!drawn || !canvas.current) return;
    const instance = new ChartJs(canvas.current, configuration(chart));
    return () => instance.destroy();
  }, [chart, drawn]);

  return (
    <figure class={belowFrozenRows ? "chart below-frozen" : "chart"} style={{ left: `${left}px`, top: `${top}px`, width: `${chart.width}px`, height: `${chart.height}px` }} data-chart-id={chart.id}>
      {drawn ? (
        <canvas ref={canvas} width={chart.width} height={chart.height} role="img" aria-label={description(chart)} />
      ) : (
        <figcaption class="chart-problem">{chart.problem ?? `${chart.title ?? "A chart"}: the playground does not draw ${chart.type ?? "untyped"} charts yet.`}</figcaption>
      )}
    </figure>
  );
}
