import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, fixed } from '../../src/core';
import { BOM, neutralizeFormula, parseCsv, toCsv } from '../../src/io';

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('\uFEFFa,b\r\n1,2\r\n');
  });

  it('quotes fields holding a comma, a quote or a line break, doubling the quotes', () => {
    expect(toCsv(['x'], [['a,b'], ['say "hi"'], ['two\nlines'], ['cr\rhere']])).toBe(
      '\uFEFFx\r\n"a,b"\r\n"say ""hi"""\r\n"two\nlines"\r\n"cr\rhere"\r\n',
    );
  });

  it('keeps accented text as it is (UTF-8 with BOM is what lets Excel read it)', () => {
    expect(toCsv(['nom'], [['Défense « Dôme » à Québec']])).toBe(
      '\uFEFFnom\r\nDéfense « Dôme » à Québec\r\n',
    );
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1', "'+1"],
    ['-1+2', "'-1+2"],
    ['-', "'-"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('prefixes %j with an apostrophe', (cell, expected) => {
    expect(neutralizeFormula(cell)).toBe(expected);
  });

  it.each(['-2.5', '-100', '0', '12.34', 'plain text', "'already", ' =x', ''])(
    'leaves %j as it is',
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(cell);
    },
  );

  it('neutralizes before quoting, so a formula with a comma is both', () => {
    expect(toCsv(['n'], [['=HYPERLINK("http://x"),1'], ['-2.5']])).toBe(
      '\uFEFFn\r\n"\'=HYPERLINK(""http://x""),1"\r\n-2.5\r\n',
    );
  });
});

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes and embedded line breaks', () => {
    expect(parseCsv('\uFEFFa,"b,c","d""e"\r\n"f\r\ng",,h\r\n')).toEqual([
      ['a', 'b,c', 'd"e'],
      ['f\r\ng', '', 'h'],
    ]);
  });

  it('accepts LF line endings, no BOM and no final line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('strips only the leading BOM', () => {
    expect(BOM).toBe('\uFEFF');
    expect(parseCsv(`${BOM}x\r\n`)).toEqual([['x']]);
  });
});

describe('properties', () => {
  // Cells built from the characters that matter to CSV and to spreadsheets, plus arbitrary Unicode text.
  const tricky = fc
    .array(
      fc.constantFrom(
        ',',
        '"',
        '\r',
        '\n',
        '\r\n',
        '=',
        '+',
        '-',
        '@',
        '\t',
        "'",
        ' ',
        'a',
        'é',
        '€',
        '1',
        '.',
      ),
      {
        maxLength: 8,
      },
    )
    .map((parts) => parts.join(''));
  const cell = fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 12 }));
  const table = fc
    .integer({ min: 1, max: 5 })
    .chain((width) =>
      fc.tuple(
        fc.array(cell, { minLength: width, maxLength: width }),
        fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
      ),
    );

  it('CSV written and parsed back gives the same cells (formula-like text with its apostrophe)', () => {
    fc.assert(
      fc.property(table, ([header, rows]) => {
        expect(parseCsv(toCsv(header, rows))).toEqual([header, ...rows].map((r) => r.map(neutralizeFormula)));
      }),
    );
  });

  it('text that does not start like a formula comes back exactly', () => {
    const safe = cell.filter((c) => !/^[=+\-@\t\r]/.test(c));
    fc.assert(
      fc.property(fc.array(fc.array(safe, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        expect(parseCsv(toCsv(['a', 'b', 'c'], rows))).toEqual([['a', 'b', 'c'], ...rows]);
      }),
    );
  });

  it('money and percentage values (negative ones too) come back as the same decimals, never prefixed', () => {
    const amount = fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }).map((n) => dec(n.toString()).div(100));
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 10 }), (pairs) => {
        const rows = pairs.map(([m, p]) => [fixed(m, 2), fixed(p.div(100), 4)]);
        const back = parseCsv(toCsv(['money', 'pct'], rows)).slice(1);
        expect(back).toEqual(rows);
        back.forEach(([m, p], i) => {
          expect(dec(m ?? 'NaN').eq(pairs[i]?.[0] ?? 0)).toBe(true);
          expect(dec(p ?? 'NaN').eq(pairs[i]?.[1].div(100) ?? 0)).toBe(true);
        });
      }),
    );
  });
});
