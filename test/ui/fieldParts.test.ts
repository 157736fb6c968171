/** A number field's slider position and the notes that describe its text box. */
import { describe, expect, it } from 'vitest';
import { describedBy, sliderPosition } from '../../src/ui/inputs/fieldParts';

describe('fieldParts', () => {
  it('puts the slider at the value, within its range, and at the low end for text that is not a number', () => {
    expect(sliderPosition('12.5', 0, 50)).toBe(12.5);
    expect(sliderPosition('80', 0, 50)).toBe(50);
    expect(sliderPosition('-3', 0, 50)).toBe(0);
    expect(sliderPosition('', 1, 50)).toBe(1);
    expect(sliderPosition('abc', 2000, 2100)).toBe(2000);
  });

  it('lists the hint, the error and the unit, in that order, only those shown', () => {
    expect(describedBy('f1', true, true)).toBe('f1-hint f1-error f1-unit');
    expect(describedBy('f1', false, true)).toBe('f1-error f1-unit');
    expect(describedBy('f1', false, false)).toBe('f1-unit');
  });
});
