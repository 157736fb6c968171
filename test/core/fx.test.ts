import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dec, defaultFx, fromUsd, toUsd, usdToCad, type FxRates } from '../../src/core';
import { decimalArb, hundredths } from './fixtures';

const fx: FxRates = defaultFx();

describe('toUsd and fromUsd at the default rates (1.39 CAD per USD, 1.3369 USD per GBP)', () => {
  it('converts C$243B to US$174,820,143,884.89 (243e9 / 1.39 = 174820143884.8920…)', () => {
    const usd = toUsd(dec('243000000000'), 'CAD', fx);
    expect(usd.toFixed(2)).toBe('174820143884.89');
    expect(usd.toFixed(4)).toBe('174820143884.8921');
  });

  it('converts US$175B to C$243.25B (175 × 1.39)', () => {
    expect(usdToCad(dec('175000000000'), fx).toFixed(2)).toBe('243250000000.00');
    expect(fromUsd(dec('175000000000'), 'CAD', fx).toFixed(2)).toBe('243250000000.00');
  });

  it('converts US$25B to £18.70bn (25e9 / 1.3369 = 18699977560.03) and £18.7bn back to US$25.00003bn', () => {
    const gbp = fromUsd(dec('25000000000'), 'GBP', fx);
    expect(gbp.toFixed(2)).toBe('18699977560.03');
    expect(gbp.div(1e9).toFixed(2)).toBe('18.70');
    expect(toUsd(dec('18700000000'), 'GBP', fx).toFixed(2)).toBe('25000030000.00');
  });

  it('leaves US dollars as they are', () => {
    expect(toUsd(dec('1.005'), 'USD', fx).toString()).toBe('1.005');
    expect(fromUsd(dec('1.005'), 'USD', fx).toString()).toBe('1.005');
  });

  it('uses the scenario’s own rate when it has one', () => {
    expect(toUsd(dec('125'), 'CAD', { ...fx, cadPerUsd: dec('1.25') }).toFixed(2)).toBe('100.00');
  });
});

describe('properties', () => {
  const cents = fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(hundredths);
  const rate = decimalArb(0, 100).filter((r) => r.gt(0));

  it('a CAD amount converted to USD and back is unchanged to the cent', () => {
    fc.assert(
      fc.property(cents, rate, (amount, cadPerUsd) => {
        const rates = { ...fx, cadPerUsd };
        expect(fromUsd(toUsd(amount, 'CAD', rates), 'CAD', rates).toFixed(2)).toBe(amount.toFixed(2));
        expect(usdToCad(toUsd(amount, 'CAD', rates), rates).toFixed(2)).toBe(amount.toFixed(2));
      }),
    );
  });

  it('a GBP amount converted to USD and back is unchanged to the cent', () => {
    fc.assert(
      fc.property(cents, rate, (amount, usdPerGbp) => {
        const rates = { ...fx, usdPerGbp };
        expect(fromUsd(toUsd(amount, 'GBP', rates), 'GBP', rates).toFixed(2)).toBe(amount.toFixed(2));
      }),
    );
  });
});
