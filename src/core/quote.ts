/**
 * How a value someone typed or a file held is quoted in a message: short enough to read (a 50 MB bad
 * value must not become a 50 MB message) and with nothing invisible or direction-changing in it.
 */

/** The most characters of a value a message quotes; longer values are cut and their length given. */
export const QUOTE_MAX = 80;
/** The most problems a validator lists for one file; the rest are counted in one last line. */
export const PROBLEMS_MAX = 20;

/**
 * Characters shown as \uXXXX: C0 controls, DEL, C1 controls, the line and paragraph separators, and the
 * bidirectional marks, embeddings, overrides and isolates (U+202E can make a line read backwards).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Replaces each unsafe character by its \uXXXX escape (a tab becomes \u0009). */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_CHARS, unicodeEscape);
}

/** "52428800" → "52,428,800": digits in groups of three, for English messages. */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const escapeInQuotes = (c: string) => (c === '\\' || c === '"' ? `\\${c}` : escapeUnsafe(c));

/**
 * The start of a text as shown, at most `max` characters once escaped: whole characters and whole
 * escapes only (never half an emoji or half of \u001b), and whether anything was left out.
 */
function shownStart(
  text: string,
  max: number,
  escape: (c: string) => string,
): { shown: string; cut: boolean } {
  let shown = '';
  for (const c of text) {
    const piece = escape(c);
    if (shown.length + piece.length > max) return { shown, cut: true };
    shown += piece;
  }
  return { shown, cut: false };
}

/**
 * A text quoted for a message: `"inflation"`, or when longer than QUOTE_MAX characters as shown its
 * start, an ellipsis and its length: `"123456…" (52,428,800 characters)`. Quotes and backslashes are
 * escaped as in JSON, unsafe characters as \uXXXX (and count towards the QUOTE_MAX shown).
 */
export function quoteText(text: string, max: number = QUOTE_MAX): string {
  const { shown, cut } = shownStart(text, max, escapeInQuotes);
  return cut ? `"${shown}…" (${groupThousands(String(text.length))} characters)` : `"${shown}"`;
}

/**
 * Any JSON value quoted for a message: text as quoteText, numbers, true, false and null as written,
 * and a list or an object by its kind (never serialised: it may be huge or nested thousands deep).
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return quoteText(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * A field path for a message ("share.amount"), each part cut like quoteText (a field name in a file
 * can be as long as the file) and unsafe characters escaped.
 */
export function quotePath(parts: readonly (string | number)[]): string {
  return parts
    .map((part) => {
      const { shown, cut } = shownStart(String(part), QUOTE_MAX, escapeUnsafe);
      return cut ? `${shown}…` : shown;
    })
    .join('.');
}

/** Text shortened to at most `max` characters, ending with "…" when it was cut (names, file names). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
