/**
 * Reading a number typed by a person, the one way every field and every exercise answer reads it.
 * The language's marks (src/i18n/typedNumber.ts takes them from the locale) decide; the input is
 * read only when it means one number in that language, and is otherwise refused with the reason, so
 * it is never silently a thousand times off.
 *
 * With English marks (decimal ".", thousands "," or a space) and French ones (decimal ",",
 * thousands a space: plain, no-break or narrow no-break):
 *
 * | typed       | English             | French                  |
 * | ----------- | ------------------- | ----------------------- |
 * | `1200`      | 1200                | 1200                    |
 * | `1,200`     | 1200                | 1.2                     |
 * | `1 200`     | 1200                | 1200                    |
 * | `1.2`       | 1.2                 | marks                   |
 * | `1,2`       | marks               | 1.2                     |
 * | `1.200`     | 1.2                 | ambiguous: 1200 or 1.2  |
 * | `1,234.5`   | 1234.5              | marks                   |
 * | `1 234,5`   | marks               | 1234.5                  |
 * | `1.234,5`   | marks               | marks                   |
 * | `1,23,456`  | grouping            | marks                   |
 * | `abc`, `5k` | notNumber           | notNumber               |
 *
 * - `marks`: the separators are another language's (a decimal comma in English, a decimal point in
 *   French, or several decimal marks, as in "1.234.567").
 * - `grouping`: thousands separators that do not set off groups of three digits.
 * - `ambiguous` (French only): a point followed by exactly three digits is a thousands separator in
 *   much of Europe and a decimal point in English; both readings are given.
 * A sign ("-", "−", "+") and an exponent ("1e9") are accepted; currency signs, units and scale words
 * are not (the field states its unit). The value is a plain decimal string: "1200", "-0.5".
 */
import { Dec } from './money';

/** How one language writes numbers: its decimal mark, and its thousands separator besides spaces. */
export interface NumberMarks {
  readonly decimal: '.' | ',';
  /** "," in English; " " where only spaces separate thousands (French). */
  readonly group: ',' | '.' | ' ';
}

export type TypedNumberProblem =
  | { readonly kind: 'empty' | 'notNumber' | 'marks' | 'grouping' }
  | { readonly kind: 'ambiguous'; readonly readings: readonly [thousands: string, decimal: string] };

export type TypedNumber =
  | {
      readonly ok: true;
      /** The number as a plain decimal string. */
      readonly value: string;
      /** When one thousands separator that is also some language's decimal mark was read ("1,389"
       * in English): the value had it been a decimal mark ("1.389"), to explain a slip. */
      readonly ifGroupWereDecimal?: string;
    }
  | { readonly ok: false; readonly problem: TypedNumberProblem };

const MAX_LENGTH = 100;
const SPACES = /[\s\u00a0\u2009\u202f]+/g;
const SHAPE = /^([+-]?) ?([\d., ]+?)(?:e([+-]?\d{1,3}))?$/i;

const refuse = (kind: 'empty' | 'notNumber' | 'marks' | 'grouping'): TypedNumber => ({
  ok: false,
  problem: { kind },
});

/** A plain decimal string from digits, an optional fraction and exponent: "-0" → "0". */
function plain(sign: string, int: string, frac: string, exponent = '0'): string {
  const value = new Dec(`${sign}${int === '' ? '0' : int}.${frac === '' ? '0' : frac}e${exponent}`);
  return value.isZero() ? '0' : value.toFixed();
}

const count = (text: string, mark: string) => text.split(mark).length - 1;

/** Reads digits with separators; `sign` and `exponent` are applied to the value. */
function readDigits(
  body: string,
  marks: NumberMarks,
  sign: string,
  exponent: string | undefined,
): TypedNumber {
  const other = marks.decimal === '.' ? ',' : '.';
  const parts = body.split(marks.decimal);
  if (parts.length > 2) return refuse('marks');
  const [int = '', frac = ''] = parts;
  const hasDecimal = parts.length === 2;
  if (!/^\d*$/.test(frac)) return refuse(frac.includes(other) ? 'marks' : 'grouping');
  if (marks.group !== other && int.includes(other)) {
    if (hasDecimal || !/^\d{1,3}\.\d{3}$/.test(int)) return refuse('marks');
    const [whole = '', part = ''] = int.split('.');
    const readings = [
      plain(sign, `${whole}${part}`, '', exponent),
      plain(sign, whole, part, exponent),
    ] as const;
    return { ok: false, problem: { kind: 'ambiguous', readings } };
  }
  const separator = marks.group === ' ' ? / / : new RegExp(`[ \\${marks.group}]`);
  const groups = int.split(separator);
  const lastSeparator = Math.max(int.lastIndexOf(' '), int.lastIndexOf(marks.group));
  // One separator that could be a decimal mark, last of all, with nothing after the decimal mark.
  const lone =
    marks.group !== ' ' &&
    !hasDecimal &&
    count(int, marks.group) === 1 &&
    int.lastIndexOf(marks.group) === lastSeparator;
  const [first = '', ...rest] = groups;
  if (rest.length > 0 && (!/^\d{1,3}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))))
    return refuse(lone ? 'marks' : 'grouping');
  const value = plain(sign, groups.join(''), frac, exponent);
  if (!lone) return { ok: true, value };
  const asDecimal = int.slice(0, lastSeparator).replace(SPACES, '') + '.' + int.slice(lastSeparator + 1);
  const [i = '', f = ''] = asDecimal.split('.');
  return { ok: true, value, ifGroupWereDecimal: plain(sign, i, f, exponent) };
}

/** The number in `text` as `marks`' language writes it, or why it cannot be read (see the table above). */
export function readTypedNumber(text: string, marks: NumberMarks): TypedNumber {
  if (text.length > MAX_LENGTH) return refuse('notNumber');
  const s = text
    .trim()
    .replace(SPACES, ' ')
    .replace(/\u2212/g, '-');
  if (s === '') return refuse('empty');
  const shape = SHAPE.exec(s);
  if (!shape || !/\d/.test(shape[2] ?? '')) return refuse('notNumber');
  const [, sign = '', body = '', exponent] = shape;
  return readDigits(body, marks, sign === '-' ? '-' : '', exponent);
}
