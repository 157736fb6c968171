import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  migrateScenarioDoc,
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
    expect(problem({ schemaVersion: 2 })).toBe(
      'schemaVersion: version 2 is newer than this app understands (1); update the app',
    );
    expect(problem({ id: 'x' })).toBe('schemaVersion: missing: add "schemaVersion": 1');
    expect(problem({ schemaVersion: 1.5 })).toBe(
      'schemaVersion: must be a whole number from 1 to 1, got 1.5',
    );
    expect(problem({ schemaVersion: '1' })).toBe(
      'schemaVersion: must be a whole number from 1 to 1, got "1"',
    );
    expect(problem({ schemaVersion: 0 })).toContain('must be a whole number');
    expect(problem([1])).toBe(': a scenario must be a JSON object ({ … })');
    expect(problem(null)).toBe(': a scenario must be a JSON object ({ … })');
  });
});
