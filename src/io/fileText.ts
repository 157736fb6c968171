/**
 * The text of a file from its bytes, the same way in the command line and the browser's file opener:
 * UTF-8 with or without a byte-order mark, or UTF-16 (little- or big-endian) with its byte-order mark.
 * Anything else is refused with a sentence saying what to do, never read as garbled text.
 */
import type { Problem } from '../core';

export type FileTextResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

/** The largest file read: far above any scenario or exercise, small enough to refuse a runaway file. */
export const FILE_BYTES_MAX = 100 * 1024 * 1024;

/** Why a file over FILE_BYTES_MAX is refused. */
export const FILE_TOO_LARGE = `too large (more than ${FILE_BYTES_MAX / 1024 / 1024} MB)`;

const refuse = (message: string): FileTextResult => ({ ok: false, problems: [{ path: '', message }] });

function decode(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | undefined {
  try {
    // fatal: a broken sequence is an error, not a silent U+FFFD; the byte-order mark is dropped.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes a file's bytes as text (see the module comment). */
export function fileText(bytes: Uint8Array): FileTextResult {
  if (bytes.length > FILE_BYTES_MAX) return refuse(FILE_TOO_LARGE);
  const [b0, b1] = bytes;
  const encoding =
    b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : 'utf-8';
  // A zero byte first or second is UTF-16 without its mark (valid UTF-8, but then no JSON at all).
  if (encoding === 'utf-8' && (b0 === 0 || b1 === 0))
    return refuse('looks like UTF-16 text without a byte-order mark: save it as UTF-8');
  const text = decode(encoding, bytes);
  if (text !== undefined) return { ok: true, text };
  return refuse(
    encoding === 'utf-8' ? 'not UTF-8 text: save it as UTF-8' : `not valid ${encoding.toUpperCase()} text`,
  );
}
