/**
 * The hand-written docs that list the share rules follow core's tables: docs/model.md §5 (with the default
 * shares it quotes) and the scenario-file format in scenarios/README.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_KEYS,
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

describe('scenarios/README.md, the file format', () => {
  const readme = readFileSync(new URL('../../scenarios/README.md', import.meta.url), 'utf8');
  const row = (field: string) => readme.split('\n').find((l) => l.startsWith(`| \`${field}\``)) ?? '';

  it('names every share rule and every context figure of core’s tables', () => {
    for (const rule of SHARE_RULES) expect(row('share.rule'), rule).toContain(`\`${rule}\``);
    for (const key of CONTEXT_KEYS) expect(row('context.*'), key).toContain(`\`${key}\``);
  });
});
