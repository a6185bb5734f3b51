/** The planned cells a chart reads: the cells of each of its ranges ("M4:O5"), row by row, side by side. */
import type { Cell, ChartPlan } from "../../src/scorecard/plan";

const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

export function chartCells(cells: Cell[][], chart: Pick<ChartPlan, "ranges">): Cell[][] {
  const areas = chart.ranges.map((range) => {
    const [, from, top, to, bottom] = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
    return { left: columnIndex(from), right: columnIndex(to), top: Number(top) - 1, bottom: Number(bottom) - 1 };
  });
  const rows = areas[0].bottom - areas[0].top + 1;
  return Array.from({ length: rows }, (_, r) => areas.flatMap((area) => cells[area.top + r].slice(area.left, area.right + 1)));
}
