/**
 * RFC 4180 CSV, as spreadsheets open it: UTF-8 with a byte-order mark (so Excel reads accents),
 * CRLF line endings, fields quoted when they hold a comma, quote or line break. Text that a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) is prefixed with an
 * apostrophe; plain numbers such as -2.5 are left as they are.
 */

export const BOM = '\uFEFF';
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralizes a cell that a spreadsheet would evaluate as a formula. */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Builds the CSV text of a header and rows (BOM first, CRLF after every line). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => quote(neutralizeFormula(c))).join(',');
  return BOM + [header, ...rows].map((r) => `${line(r)}\r\n`).join('');
}

/** Parses CSV text (RFC 4180, with or without BOM, CRLF or LF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < src.length; i += 1) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
