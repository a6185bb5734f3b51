/** The sheet's embedded charts, floating over the grid at their anchor cells and scrolling with it. */
import type { ChartView } from "../runtime/contract";
import { Chart } from "./Chart";
import { ROW_HEADER_WIDTH } from "./columnLayout";

interface ChartLayerProps {
  charts: readonly ChartView[];
  /** Each column's left edge, from columnLayout. */
  lefts: readonly number[];
  /** A row's top edge (0-based row), below the column letters' row. */
  rowTop: (row: number) => number;
  /** A chart anchored below them scrolls under them. */
  frozenRows: number;
}

export function ChartLayer({ charts, lefts, rowTop, frozenRows }: ChartLayerProps) {
  const columnLeft = (column: number) => lefts[column] ?? lefts[lefts.length - 1] ?? 0;
  return (
    <>
      {charts.map((chart) => (
        <Chart
          key={chart.id}
          chart={chart}
          belowFrozenRows={chart.anchor.row >= frozenRows}
          left={ROW_HEADER_WIDTH + columnLeft(chart.anchor.column) + chart.anchor.offsetX}
          top={rowTop(chart.anchor.row) + chart.anchor.offsetY}
        />
      ))}
    </>
  );
}
