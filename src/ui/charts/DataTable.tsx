/**
 * The accessible alternative to a chart: a captioned table, first column as row headers. On a
 * narrow screen a wide table scrolls sideways inside a focusable, labelled region, so keyboard
 * users can scroll it too; the caption is repeated above the region so it never scrolls away.
 */
import { useId } from 'react';
import type { ChartCsv } from './chartCsv';

export interface TableSpec {
  readonly caption: string;
  /** Column headings; the first names the row-header column. */
  readonly columns: readonly string[];
  /** Which columns hold numbers (right-aligned). Default: every column but the first. */
  readonly numeric?: readonly boolean[];
  /** Cells as display text; the first cell of each row is its header. */
  readonly rows: readonly (readonly string[])[];
  /** An optional totals row, formatted like the others. */
  readonly foot?: readonly string[];
  /** The same numbers as the chart draws them, for its CSV download (chartCsv.ts). */
  readonly csv?: ChartCsv;
}

function cellClass(numeric: readonly boolean[] | undefined, i: number): string | undefined {
  return (numeric ? numeric[i] : i > 0) ? 'num' : undefined;
}

function Row({ cells, numeric }: { cells: readonly string[]; numeric: readonly boolean[] | undefined }) {
  const [head, ...rest] = cells;
  return (
    <tr>
      <th scope="row" className={cellClass(numeric, 0)}>
        {head}
      </th>
      {rest.map((cell, i) => (
        <td key={i} className={cellClass(numeric, i + 1)}>
          {cell}
        </td>
      ))}
    </tr>
  );
}

export function DataTable({ caption, columns, numeric, rows, foot }: TableSpec) {
  const captionId = useId();
  return (
    <>
      <p className="chart-table-title" id={captionId} aria-hidden="true">
        {caption}
      </p>
      <div className="chart-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="chart-table">
          <caption className="chart-sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c} scope="col" className={cellClass(numeric, i)}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <Row key={`${r[0] ?? ''}-${i}`} cells={r} numeric={numeric} />
            ))}
          </tbody>
          {foot ? (
            <tfoot>
              <Row cells={foot} numeric={numeric} />
            </tfoot>
          ) : null}
        </table>
      </div>
    </>
  );
}
