import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core';
import { formatMoney, formatPct } from '../../src/i18n';

const NBSP = '\u00a0';
const plain = (s: string) => s.replaceAll(NBSP, ' ').replaceAll('\u202f', ' ');

describe('money and percentages in French (Canada)', () => {
  it('puts the currency after the number, with a decimal comma and the right scale word', () => {
    expect(plain(formatMoney(new Dec('17340000000'), 'CAD', 'fr'))).toBe('17,34 milliards $ CA');
    expect(plain(formatMoney(new Dec('1500000000'), 'USD', 'fr'))).toBe('1,50 milliard $ US');
    expect(plain(formatMoney(new Dec('1191000000000'), 'USD', 'fr'))).toBe('1,19 billion $ US');
    expect(plain(formatMoney(new Dec('3600000000000'), 'USD', 'fr'))).toBe('3,60 billions $ US');
    expect(plain(formatMoney(new Dec('1234.56'), 'CAD', 'fr'))).toBe('1 234,56 $ CA');
    expect(plain(formatPct(new Dec('7.1281'), 2, 'fr'))).toBe('7,13 %');
  });

  it('keeps English as it was', () => {
    expect(formatMoney(new Dec('17340000000'), 'CAD')).toBe('C$17.34 billion');
    expect(formatMoney(new Dec('1500000000'), 'USD')).toBe('US$1.50 billion');
    expect(formatMoney(new Dec('1234.56'), 'CAD')).toBe('C$1,234.56');
  });
});
