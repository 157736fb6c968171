/**
 * Text from argv or a file as the terminal shows it: control characters, DEL, C1 and bidi overrides
 * escaped (a crafted name must not erase lines or print a fake "13 files valid"), and long values cut.
 */
import { escapeUnsafe, QUOTE_MAX } from '../core';

/** Every printed line goes through this: unsafe characters escaped, the line breaks we print kept. */
export function terminalText(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeUnsafe(line))
    .join('\n');
}

/**
 * A path for a message: escaped, and when longer than QUOTE_MAX characters as shown, an ellipsis and
 * its end (the file's name), whole characters and whole escapes only.
 */
export function shownPath(path: string): string {
  const escaped = escapeUnsafe(path);
  if (escaped.length <= QUOTE_MAX) return escaped;
  const tail: string[] = [];
  let length = 1; // the ellipsis
  for (const c of Array.from(path).reverse()) {
    const piece = escapeUnsafe(c);
    if (length + piece.length > QUOTE_MAX) break;
    tail.push(piece);
    length += piece.length;
  }
  return `…${tail.reverse().join('')}`;
}
