import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReport, computeScenario, fixed } from '../../src/core';
import {
  checksum,
  decodeShareFragment,
  encodeShareFragment,
  parseScenarioDoc,
  scenarioToDoc,
} from '../../src/io';
import { PRESETS } from '../../src/state';

const preset = PRESETS.find((p) => p.id === 'cbo-2025-high-gdp');
if (!preset) throw new Error('preset missing');

describe('share links', () => {
  it('round-trips a scenario exactly, in the URL fragment, with a version', () => {
    const hash = encodeShareFragment(preset, { currency: 'CAD', dollars: 'constant' });
    expect(hash.startsWith('#s=2.')).toBe(true);
    const back = decodeShareFragment(hash);
    expect(back.ok && back.view).toEqual({ currency: 'CAD', dollars: 'constant' });
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(scenarioToDoc(back.scenario)).toEqual(scenarioToDoc(preset));
    expect(fixed(buildReport(computeScenario(back.scenario), 'nominal').totals.canadaUsd, 2)).toBe(
      fixed(buildReport(computeScenario(preset), 'nominal').totals.canadaUsd, 2),
    );
  });

  it('keeps accented names intact', () => {
    const parsed = parseScenarioDoc({ ...scenarioToDoc(preset), name: 'Scénario « Québec » — 40 %' });
    if (!parsed.ok) throw new Error('invalid');
    const back = decodeShareFragment(encodeShareFragment(parsed.scenario));
    expect(back.ok && back.scenario.name).toBe('Scénario « Québec » — 40 %');
  });

  it('refuses an edited link (checksum), another version, garbage and a valid-looking but invalid scenario', () => {
    const hash = encodeShareFragment(preset);
    const [head, payload = '', sum] = hash.split('.');
    const flipped = `${head}.${payload.slice(0, 10)}${payload[10] === 'A' ? 'B' : 'A'}${payload.slice(11)}.${sum}`;
    const cases: [string, RegExp][] = [
      [flipped, /damaged or was edited/],
      [hash.replace('#s=2.', '#s=9.'), /version 9/],
      ['#s=2.%%%.00000000', /damaged/],
      ['#s=', /version/],
      ['#other', /not a scenario link/],
    ];
    for (const [input, message] of cases) {
      const result = decodeShareFragment(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.message).toMatch(message);
    }
    const badDoc = Buffer.from(JSON.stringify({ ...scenarioToDoc(preset), years: 99 })).toString('base64url');
    const tampered = decodeShareFragment(`#s=1.${badDoc}.${checksum(badDoc)}`);
    expect(tampered.ok).toBe(false);
    if (!tampered.ok) expect(tampered.problems[0]?.path).toBe('link: years');
  });

  it('reads a version-1 link (the scenario alone) as shown in US dollars, nominal', () => {
    const payload = Buffer.from(JSON.stringify(scenarioToDoc(preset))).toString('base64url');
    const back = decodeShareFragment(`#s=1.${payload}.${checksum(payload)}`);
    expect(back.ok && back.view).toEqual({ currency: 'USD', dollars: 'nominal' });
    expect(back.ok && scenarioToDoc(back.scenario)).toEqual(scenarioToDoc(preset));
  });

  it('refuses a version-2 link with an unknown currency or no scenario', () => {
    const link = (content: unknown) => {
      const payload = Buffer.from(JSON.stringify(content)).toString('base64url');
      return decodeShareFragment(`#s=2.${payload}.${checksum(payload)}`);
    };
    const doc = scenarioToDoc(preset);
    expect(link({ scenario: doc, currency: 'EUR', dollars: 'nominal' }).ok).toBe(false);
    expect(link({ scenario: doc, currency: 'USD', dollars: 'real' }).ok).toBe(false);
    expect(link({ currency: 'USD', dollars: 'nominal' }).ok).toBe(false);
    expect(link({ scenario: doc, currency: 'USD', dollars: 'nominal' }).ok).toBe(true);
  });

  describe('properties', () => {
    it('never throws on any fragment', () => {
      fc.assert(
        fc.property(fc.string(), (s) => {
          expect(() => decodeShareFragment(`#s=${s}`)).not.toThrow();
        }),
      );
    });

    it('round-trips every preset', () => {
      for (const p of PRESETS) {
        const back = decodeShareFragment(encodeShareFragment(p));
        expect(back.ok && scenarioToDoc(back.scenario)).toEqual(scenarioToDoc(p));
      }
    });
  });
});
