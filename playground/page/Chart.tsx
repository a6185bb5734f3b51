/**
 * An embedded chart drawn with chart.js: bar (horizontal), column and pie, from the data the view
 * read off the sheet. Other types are named in place of the chart, as not drawn by the playground.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJs,
  Legend,
  LinearScale,
  PieController,
  Title,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { useEffect, useRef } from "preact/hooks";
import type { ChartView } from "../runtime/contract";

ChartJs.register(BarController, BarElement, CategoryScale, LinearScale, PieController, ArcElement, Legend, Title, Tooltip);

// Sheets' default series colours.
const PALETTE = ["#4285f4", "#db4437", "#f4b400", "#0f9d58", "#ab47bc", "#00acc1", "#ff7043", "#9e9d24", "#5c6bc0"];
const DRAWN_TYPES = new Set(["BAR", "COLUMN", "PIE"]);

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

function configuration(chart: ChartView): ChartConfiguration<"bar" | "pie"> {
  const pie = chart.type === "PIE";
  const datasets = chart.series.map((series, i) => ({
    label: series.name ?? "",
    data: series.values,
    backgroundColor: pie ? chart.labels.map((_, j) => PALETTE[j % PALETTE.length]) : PALETTE[i % PALETTE.length],
  }));
  const valueAxis = { ticks: { callback: (value: string | number) => (chart.percent ? percent.format(Number(value)) : value) } };
  return {
    type: pie ? "pie" : "bar",
    data: { labels: chart.labels, datasets },
    options: {
      animation: false,
      responsive: false,
      indexAxis: chart.type === "BAR" ? "y" : "x",
      plugins: {
        title: { display: chart.title !== null, text: chart.title ?? "" },
        legend: { display: chart.legend && (pie || chart.series.some((series) => series.name !== null)) },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ? `${item.dataset.label}: ` : ""}${chart.series[item.datasetIndex].displays[item.dataIndex]}` } },
      },
      ...(!pie && { scales: chart.type === "BAR" ? { x: valueAxis } : { y: valueAxis } }),
    },
  };
}

/** What the chart shows, for screen readers (and tests): the title, then each label with its values. */
function description(chart: ChartView): string {
  const points = chart.labels.map((label, i) => `${label} ${chart.series.map((series) => series.displays[i]).join(" ")}`);
  return [chart.title ?? "Chart", points.join(", ")].join(": ");
}

export function Chart({ chart, left, top }: { chart: ChartView; left: number; top: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawn = DRAWN_TYPES.has(chart.type ?? "") && !chart.problem;

  useEffect(() => {
    if (!drawn || !canvas.current) return;
    const instance = new ChartJs(canvas.current, configuration(chart));
    return () => instance.destroy();
  }, [chart, drawn]);

  return (
    <figure class="chart" style={{ left: `${left}px`, top: `${top}px`, width: `${chart.width}px`, height: `${chart.height}px` }} data-chart-id={chart.id}>
      {drawn ? (
        <canvas ref={canvas} width={chart.width} height={chart.height} role="img" aria-label={description(chart)} />
      ) : (
        <figcaption class="chart-problem">{chart.problem ?? `${chart.title ?? "A chart"}: the playground does not draw ${chart.type ?? "untyped"} charts yet.`}</figcaption>
      )}
    </figure>
  );
}
