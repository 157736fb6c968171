import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { computeScenario } from '../../src/core';
import {
  CURRENT_SCHEMA_VERSION,
  migrateScenarioDoc,
  migrateV1ToV2,
  migrateV3ToV4,
  migrateV2ToV3,
  parseScenarioDoc,
  summaryCsv,
  yearsCsv,
  type JsonObject,
  type MigrationStep,
} from '../../src/io';

describe('migrateScenarioDoc', () => {
  it('passes a current-version document through unchanged', () => {
    const doc = { schemaVersion: CURRENT_SCHEMA_VERSION, id: 'x' };
    expect(migrateScenarioDoc(doc)).toEqual({ ok: true, doc });
  });

  it('applies a chain of steps v1 → v2 → v3 in order, stamping each new version', () => {
    const calls: string[] = [];
    const v1ToV2: MigrationStep = (d) => {
      calls.push(`1→2 saw version ${String(d['schemaVersion'])}`);
      return { ...d, inflation: d['inflationPct'], inflationPct: undefined, trail: ['v2'] };
    };
    const v2ToV3: MigrationStep = (d) => {
      calls.push(`2→3 saw version ${String(d['schemaVersion'])}`);
      return { ...d, trail: [...(d['trail'] as string[]), 'v3'] };
    };
    const result = migrateScenarioDoc({ schemaVersion: 1, inflationPct: '2' }, [v1ToV2, v2ToV3], 3);
    expect(calls).toEqual(['1→2 saw version 1', '2→3 saw version 2']);
    expect(result).toEqual({
      ok: true,
      doc: { schemaVersion: 3, inflation: '2', inflationPct: undefined, trail: ['v2', 'v3'] },
    });
  });

  it('starts the chain at the document’s own version (a v2 document skips the v1 → v2 step)', () => {
    const step =
      (tag: string): MigrationStep =>
      (d: JsonObject) => ({ ...d, tags: [...((d['tags'] as string[]) ?? []), tag] });
    const result = migrateScenarioDoc({ schemaVersion: 2 }, [step('a'), step('b')], 3);
    expect(result).toEqual({ ok: true, doc: { schemaVersion: 3, tags: ['b'] } });
  });

  it('reports a missing step as a problem at schemaVersion', () => {
    const result = migrateScenarioDoc({ schemaVersion: 1 }, [(d) => d], 3);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'schemaVersion', message: 'no migration from version 2 to 3' }],
    });
  });

  it('refuses a newer, missing, fractional or non-numeric version, and a document that is not an object', () => {
    const problem = (doc: unknown) => {
      const r = migrateScenarioDoc(doc);
      return r.ok ? 'accepted' : `${r.problems[0]?.path ?? '?'}: ${r.problems[0]?.message ?? '?'}`;
    };
    expect(problem({ schemaVersion: 5 })).toBe(
      'schemaVersion: version 5 is newer than this app understands (4); update the app',
    );
    expect(problem({ id: 'x' })).toBe('schemaVersion: missing: add "schemaVersion": 4');
    expect(problem({ schemaVersion: 1.5 })).toBe(
      'schemaVersion: must be a whole number from 1 to 4, got 1.5',
    );
    expect(problem({ schemaVersion: '1' })).toBe(
      'schemaVersion: must be a whole number from 1 to 4, got "1"',
    );
    expect(problem({ schemaVersion: 0 })).toContain('must be a whole number');
    expect(problem([1])).toBe(': a scenario must be a JSON object ({ … })');
    expect(problem(null)).toBe(': a scenario must be a JSON object ({ … })');
  });
});

describe('migrateV1ToV2', () => {
  it('only changes the version: a version-1 file has no ranges', () => {
    const v1 = { schemaVersion: 1, id: 'x', inflationPct: '2' };
    expect(migrateV1ToV2(v1)).toEqual({ schemaVersion: 2, id: 'x', inflationPct: '2' });
    expect(migrateScenarioDoc(v1)).toEqual({
      ok: true,
      doc: { schemaVersion: 4, id: 'x', inflationPct: '2' },
    });
  });

  it('version 3 → 4 only changes the version: without an outlook, the context figures every year', () => {
    const v3 = { schemaVersion: 3, id: 'x', share: { rule: 'gdp' } };
    expect(migrateV3ToV4(v3)).toEqual({ ...v3, schemaVersion: 4 });
    expect(migrateScenarioDoc({ ...v3, outlook: {} })).toEqual({
      ok: false,
      problems: [
        { path: 'outlook', message: 'a version-3 file has no outlook: give "schemaVersion": 4 to use it' },
      ],
    });
  });

  it('version 2 → 3 only changes the version: without amountDollars or creditDollars, both are nominal', () => {
    const v2 = {
      schemaVersion: 2,
      id: 'x',
      share: { rule: 'fixed', amount: '61000000000', currency: 'USD' },
    };
    expect(migrateV2ToV3(v2)).toEqual({ ...v2, schemaVersion: 3 });
  });

  const dir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
  const presets = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it('every version is shipped: version 1, version 2 with ranges, version 3 with the dollars of a fixed amount, version 4 with an outlook', () => {
    const versions = presets.map(
      (f) => (JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as JsonObject)['schemaVersion'],
    );
    expect(versions).toContain(1);
    expect(versions).toContain(2);
    expect(versions).toContain(3);
    expect(versions).toContain(4);
  });

  // A version-4 preset with an outlook has no older form; the outlook tests (test/core/outlook.test.ts) cover it.
  const older = presets.filter(
    (f) => !Object.hasOwn(JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as JsonObject, 'outlook'),
  );

  it.each(older)(
    '%s exports the same CSV bytes as its version-2 form (no amountDollars or creditDollars)',
    (file) => {
      const doc = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as JsonObject;
      const share = { ...(doc['share'] as JsonObject) };
      delete share['amountDollars'];
      delete share['creditDollars'];
      const v2 = { ...doc, share, schemaVersion: 2 };
      const csvs = (d: JsonObject) => {
        const parsed = parseScenarioDoc(d);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        const r = computeScenario(parsed.scenario);
        return [summaryCsv([r]), yearsCsv([r], 'nominal'), yearsCsv([r], 'constant')];
      };
      expect(csvs(doc)).toEqual(csvs(v2));
    },
  );

  it.each(older)('%s computes the same as version 1 (without ranges) and as version 2', (file) => {
    const doc = JSON.parse(readFileSync(`${dir}${file}`, 'utf8')) as JsonObject;
    const withoutRanges = { ...doc };
    delete withoutRanges['ranges'];
    const csvs = (d: JsonObject) => {
      const parsed = parseScenarioDoc(d);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      const r = computeScenario(parsed.scenario);
      return [summaryCsv([r]), yearsCsv([r], 'nominal'), yearsCsv([r], 'constant')];
    };
    const v1 = csvs({ ...withoutRanges, schemaVersion: 1 });
    expect(csvs({ ...doc, schemaVersion: 2 })).toEqual(v1);
    expect(csvs(doc)).toEqual(v1);
  });
});
