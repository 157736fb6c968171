/** Plain-text tables for the terminal: columns padded, numbers right-aligned. */
import { groupThousands } from '../core';

/** The header, a dashed rule and the rows, columns padded to their widest cell. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const isNumeric = (s: string) => /^[-\d.,%$C£US ]+$/.test(s) && /\d/.test(s);
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => (isNumeric(cell) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A decimal string with thousands separators for reading (never in CSV). */
export function grouped(decimal: string): string {
  const [whole = '', frac] = decimal.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = groupThousands(whole.replace('-', ''));
  return `${sign}${digits}${frac === undefined ? '' : `.${frac}`}`;
}
