import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, evaluateAnswer, likelySlip } from '../../src/core';
import { exercise } from '../support/exercises';

// usd-to-cad: US$175B × 1.39 C$/US$ = C$243.25B (tolerance 0.01).
const ex = exercise('currency-conversion');
const slip = (typed: string, q = 'usd-to-cad') => likelySlip(ex, q, new Dec(typed));

describe('likelySlip', () => {
  it('finds a power of ten: dollars typed for billions, or a thousand times too small', () => {
    expect(slip('243250000000')).toEqual({ kind: 'powerOfTen', exponent: 9 });
    expect(slip('243250')).toEqual({ kind: 'powerOfTen', exponent: 3 });
    expect(slip('0.24325')).toEqual({ kind: 'powerOfTen', exponent: -3 });
    expect(slip('24.3')).toEqual({ kind: 'powerOfTen', exponent: -1 }); // within 1 %
  });

  it('finds the exchange rate used the wrong way: 175 ÷ 1.39 = 125.90 instead of 175 × 1.39', () => {
    expect(slip('125.90')).toEqual({ kind: 'rateWrongWay', rate: 'cadPerUsd' });
    // pounds: US$25B ÷ 1.3369 $/£ = £18.70B; multiplied instead: 25 × 1.3369 = 33.42.
    expect(slip('33.42', 'pounds')).toEqual({ kind: 'rateWrongWay', rate: 'usdPerGbp' });
  });

  it('finds an input rounded before the arithmetic: 175 × 1.4 = 245', () => {
    expect(slip('245')).toEqual({ kind: 'roundedInput', input: 'fx("cadPerUsd")', value: new Dec('1.4') });
    expect(slip('245.00')?.kind).toBe('roundedInput');
  });

  it('names no slip for a right answer, an open question, or a wrong answer nothing explains', () => {
    expect(slip('243.25')).toBeUndefined();
    expect(slip('243.26')).toBeUndefined(); // within the tolerance: not a slip
    expect(slip('200')).toBeUndefined();
    expect(slip('-243.25')).toBeUndefined();
    expect(likelySlip(exercise('fair-split'), 'design', new Dec(1))).toBeUndefined();
  });

  it('throws a RangeError for a question the exercise does not have', () => {
    expect(() => slip('1', 'nope')).toThrow(RangeError);
  });
});

describe('properties', () => {
  const expected = evaluateAnswer(ex, 'usd-to-cad')?.value ?? new Dec(0);
  it('every power of ten from 10^-12 to 10^12 (but 1) of the answer is found as that power', () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2, 3, 6, 9, 12, -1, -2, -3, -6, -9, -12), (exponent) => {
        const typed = expected.times(new Dec(10).pow(exponent));
        expect(likelySlip(ex, 'usd-to-cad', typed)).toEqual({ kind: 'powerOfTen', exponent });
      }),
    );
  });
  it('an answer within the tolerance never has a slip', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100, max: 100 }), (cents) => {
        const typed = expected.plus(new Dec(cents).div(10_000));
        expect(likelySlip(ex, 'usd-to-cad', typed)).toBeUndefined();
      }),
    );
  });
});
