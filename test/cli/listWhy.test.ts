import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';

function listOutput(): string {
  let out = '';
  const code = run(['list'], { out: (t) => (out += `${t}\n`), err: () => undefined });
  expect(code).toBe(0);
  return out;
}

describe('list: why the numbers differ', () => {
  it('reconciles each pair of published figures with arithmetic a student can follow', () => {
    const out = listOutput();
    expect(out).toContain('Why do the numbers differ?');
    // 175 × 1.39 = 243.25; 25 ÷ 1.3369 = 18.70; 542 − 524 = 18; 61 ÷ 175 = 34.86 %; 71 ÷ 175 = 40.57 %
    expect(out).toContain(
      'US$175.00 billion × 1.39 (C$ per US$) = C$243.25 billion. Reported: C$243.00 billion',
    );
    expect(out).toContain('US$25.00 billion ÷ 1.3369 (US$ per £) = £18.70 billion');
    expect(out).toContain('The difference, US$18.00 billion, is a multiple of 9');
    expect(out).toContain('US$61.00 billion ÷ US$175.00 billion = 34.86%');
    expect(out).toContain('US$71.00 billion ÷ US$175.00 billion = 40.57%');
    expect(out).toContain('US$542.00 billion ÷ 20 years = US$27.10 billion a year');
  });
});
