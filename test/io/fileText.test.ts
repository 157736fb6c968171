import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_BYTES_MAX, fileText } from '../../src/io';

const text = '{ "name": "Défense — 北美" }';
const utf16le = (s: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  return Uint8Array.from([0xfe, 0xff, ...le.swap16()]);
};

describe('fileText', () => {
  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with a byte-order mark', Buffer.from(`\uFEFF${text}`, 'utf8')],
    ['UTF-16 little-endian with its mark', utf16le(text)],
    ['UTF-16 big-endian with its mark', utf16be(text)],
  ])('reads %s', (_label, bytes) => {
    expect(fileText(bytes)).toEqual({ ok: true, text });
  });

  it.each([
    [
      'UTF-16 without a mark',
      Buffer.from(text, 'utf16le'),
      'looks like UTF-16 text without a byte-order mark',
    ],
    ['Latin-1', Buffer.from('{ "name": "D\xe9fense" }', 'latin1'), 'not UTF-8 text: save it as UTF-8'],
    ['UTF-16 cut in the middle of a character', utf16le(text).subarray(0, 9), 'not valid UTF-16LE text'],
  ])('refuses %s with a sentence', (_label, bytes, message) => {
    const result = fileText(bytes);
    expect(result.ok ? '' : result.problems[0]?.message).toContain(message);
  });

  it('refuses a file over the limit without decoding it', () => {
    const result = fileText(new Uint8Array(FILE_BYTES_MAX + 1));
    expect(result.ok ? '' : result.problems[0]?.message).toBe('too large (more than 100 MB)');
  });

  describe('properties', () => {
    it('any text saved as UTF-8 or UTF-16 with a mark reads back the same', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (s) => {
          const json = JSON.stringify({ s }); // starts with "{": never a zero byte first
          for (const bytes of [Buffer.from(json, 'utf8'), utf16le(json), utf16be(json)])
            expect(fileText(bytes)).toEqual({ ok: true, text: json });
        }),
      );
    });
  });
});
