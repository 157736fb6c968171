/** docs/model.md §5 lists every share rule of core's table, and the default shares it quotes are core's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_RULES,
  contextRuleSharePct,
  defaultContext,
  defaultFx,
  roundHalfEven,
  ruleRatio,
  SHARE_RULES,
} from '../../src/core';

const model = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
const section5 = model.slice(model.indexOf('## 5.'), model.indexOf('## 6.'));

describe('docs/model.md §5, the share rules', () => {
  it('has one row per rule of core’s SHARE_RULE_SPECS, and no other', () => {
    const rows = [...section5.matchAll(/^\| `([a-z]+)`/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...SHARE_RULES].sort());
  });

  it('quotes each ratio rule’s default share as core computes it (GDP 7.13 %, population 10.88 %, land 49.00 %)', () => {
    for (const rule of CONTEXT_RULES.filter((r) => ruleRatio(r))) {
      const pct = roundHalfEven(contextRuleSharePct(rule, defaultContext(), defaultFx()), 2).toFixed(2);
      expect(section5, rule).toContain(`${pct} %`);
    }
  });
});
