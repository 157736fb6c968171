import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/state/threeWayMerge';

type Entry = { key: string; name: string };
const entry = (key: string, name = key): Entry => ({ key, name });
const keys = (v: unknown) => (v as Entry[]).map((e) => e.key);

describe('three-way merge of saved lists', () => {
  it('keeps what the other tab added and applies what this tab added', () => {
    const base = [entry('a')];
    expect(keys(merge(base, [entry('a'), entry('mine')], [entry('a'), entry('theirs')]))).toEqual([
      'a',
      'theirs',
      'mine',
    ]);
  });

  it('a deletion on either side stays deleted, even against an edit', () => {
    const base = [entry('a'), entry('b')];
    expect(keys(merge(base, [entry('a', 'renamed'), entry('b')], [entry('b')]))).toEqual(['b']);
    expect(keys(merge(base, [entry('b')], [entry('a', 'renamed'), entry('b')]))).toEqual(['b']);
  });

  it('takes this tab’s rename and the other tab’s rename of another entry', () => {
    const base = [entry('a'), entry('b')];
    expect(merge(base, [entry('a', 'A!'), entry('b')], [entry('a'), entry('b', 'B!')])).toEqual([
      entry('a', 'A!'),
      entry('b', 'B!'),
    ]);
  });

  it('merges objects field by field (answers to different questions)', () => {
    const base = { ex: { q1: 'x' } };
    expect(merge(base, { ex: { q1: 'x', q2: 'mine' } }, { ex: { q1: 'x', q3: 'theirs' } })).toEqual({
      ex: { q1: 'x', q3: 'theirs', q2: 'mine' },
    });
  });

  describe('properties', () => {
    const list = fc.uniqueArray(
      fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), name: fc.constantFrom('1', '2') }),
      { selector: (e) => e.key },
    );

    it('no change here gives theirs; no change there gives mine', () => {
      fc.assert(
        fc.property(list, list, (base, other) => {
          expect(merge(base, base, other)).toEqual(other);
          expect(merge(base, other, base)).toEqual(other);
        }),
      );
    });

    it('nothing added on either side is lost, and nothing deleted on either side comes back', () => {
      fc.assert(
        fc.property(list, list, list, (base, mine, theirs) => {
          const out = keys(merge(base, mine, theirs));
          const was = new Set(keys(base));
          for (const k of [...keys(mine), ...keys(theirs)]) if (!was.has(k)) expect(out).toContain(k);
          for (const k of was)
            if (!keys(mine).includes(k) || !keys(theirs).includes(k)) expect(out).not.toContain(k);
          expect(new Set(out).size).toBe(out.length);
        }),
      );
    });
  });
});
