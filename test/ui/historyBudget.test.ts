import { describe, expect, it } from 'vitest';
import { tokenBucket } from '../../src/ui/historyBudget';

describe('the budget of history changes', () => {
  it('allows a burst of 50, then 10 a second, and says how long to wait', () => {
    let t = 0;
    const bucket = tokenBucket(() => t);
    for (let i = 0; i < 50; i += 1) {
      expect(bucket.wait()).toBe(0);
      bucket.spend();
    }
    expect(bucket.wait()).toBe(100);
    t = 40;
    expect(bucket.wait()).toBe(60);
    t = 100;
    expect(bucket.wait()).toBe(0);
    bucket.spend();
    // A navigation spends even from an empty budget; the next update waits the longer.
    bucket.spend();
    expect(bucket.wait()).toBe(200);
  });

  it('never allows more than 150 changes in any 10 seconds, however they are asked for', () => {
    let t = 0;
    const bucket = tokenBucket(() => t);
    const times: number[] = [];
    // An update asked for every 7 ms for a minute, each made as soon as the budget allows.
    for (let asked = 0; asked < 60_000; asked += 7) {
      t = Math.max(t, asked);
      const wait = bucket.wait();
      t += wait;
      bucket.spend();
      times.push(t);
    }
    const most = Math.max(
      ...times.map((start) => times.filter((x) => x >= start && x < start + 10_000).length),
    );
    expect(most).toBeLessThanOrEqual(150);
    expect(most).toBeGreaterThan(140);
  });
});
