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

/** A path for a message: escaped, and when long its last QUOTE_MAX characters (the file's name). */
export function shownPath(path: string): string {
  const escaped = escapeUnsafe(path);
  return escaped.length > QUOTE_MAX ? `…${escaped.slice(-(QUOTE_MAX - 1))}` : escaped;
}
