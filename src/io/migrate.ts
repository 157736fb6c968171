/**
 * Scenario-file versions. One function per step (v1 → v2, …), chained. A missing, unknown or newer
 * `schemaVersion` is a clear problem, never a guess. The persisted browser state uses this too.
 */
import { quoteValue, type Problem } from '../core';

export const CURRENT_SCHEMA_VERSION = 4;

export type JsonObject = { [key: string]: unknown };
/** Migrates a document of version n to version n + 1. */
export type MigrationStep = (doc: JsonObject) => JsonObject;

/**
 * Version 1 → 2: version 2 adds the optional `ranges` (uncertainty); a version-1 file has none, so
 * only the version changes.
 */
export const migrateV1ToV2: MigrationStep = (doc) => ({ ...doc, schemaVersion: 2 });

/**
 * Version 2 → 3: version 3 adds the optional `share.amountDollars` and `share.creditDollars`
 * (nominal or constant). A version-2 file has neither, which version 3 reads as nominal — what
 * version 2 meant — so only the version changes and every number stays the same.
 */
export const migrateV2ToV3: MigrationStep = (doc) => ({ ...doc, schemaVersion: 3 });

/**
 * Version 3 → 4: version 4 adds the optional `outlook` (GDP and defence budgets year by year). A
 * version-3 file has none, which version 4 reads as the context's figures every year, in either
 * dollars — what version 3 meant — so only the version changes and every number stays the same.
 */
export const migrateV3ToV4: MigrationStep = (doc) => ({ ...doc, schemaVersion: 4 });

/** The chain: STEPS[i] migrates version i + 1 to i + 2. */
export const STEPS: readonly MigrationStep[] = [migrateV1ToV2, migrateV2ToV3, migrateV3ToV4];

export type MigrateResult = { ok: true; doc: JsonObject } | { ok: false; problems: Problem[] };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Brings a parsed scenario document up to the current schema version. */
export function migrateScenarioDoc(
  doc: unknown,
  steps: readonly MigrationStep[] = STEPS,
  current: number = CURRENT_SCHEMA_VERSION,
): MigrateResult {
  if (!isJsonObject(doc)) return fail('', 'a scenario must be a JSON object ({ … })');
  const version = doc['schemaVersion'];
  if (version === undefined) return fail('schemaVersion', `missing: add "schemaVersion": ${current}`);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('schemaVersion', `must be a whole number from 1 to ${current}, got ${quoteValue(version)}`);
  }
  if (version > current) {
    return fail(
      'schemaVersion',
      `version ${version} is newer than this app understands (${current}); update the app`,
    );
  }
  // Ranges came with version 2 and the outlook with 4: in an older file they are a mistake.
  if (version < 2 && Object.hasOwn(doc, 'ranges'))
    return fail('ranges', `a version-${version} file has no ranges: give "schemaVersion": 2 to use them`);
  if (version < 4 && Object.hasOwn(doc, 'outlook'))
    return fail('outlook', `a version-${version} file has no outlook: give "schemaVersion": 4 to use it`);
  let migrated: JsonObject = doc;
  for (let v = version; v < current; v += 1) {
    const step = steps[v - 1];
    if (!step) return fail('schemaVersion', `no migration from version ${v} to ${v + 1}`);
    migrated = { ...step(migrated), schemaVersion: v + 1 };
  }
  return { ok: true, doc: migrated };
}

function fail(path: string, message: string): MigrateResult {
  return { ok: false, problems: [{ path, message }] };
}
