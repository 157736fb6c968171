import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import {
  buildReport,
  computeScenario,
  Dec,
  DOLLARS,
  exactColumns,
  type ScenarioResult,
} from '../../src/core';
import { parseScenarioText, RESULT_JSON_VERSION, scenarioToDoc } from '../../src/io';

const scenariosDir = fileURLToPath(new URL('../../scenarios/', import.meta.url));
const presets = readdirSync(scenariosDir)
  .filter((f) => f.endsWith('.json'))
  .sort();

function computed(file: string): ScenarioResult {
  const parsed = parseScenarioText(readFileSync(join(scenariosDir, file), 'utf8'));
  if (!parsed.ok) throw new Error(file);
  return computeScenario(parsed.scenario);
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every number in a JSON value, with its path. */
function numbers(value: Json, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => numbers(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([k, v]) => numbers(v, `${path}.${k}`));
  return [];
}

const decimal = /^-?\d+(\.\d+)?$/;
const same = (text: unknown, value: Dec) => {
  expect(text).toMatch(decimal);
  expect(new Dec(text as string).eq(value), `${String(text)} = ${value.toFixed()}`).toBe(true);
};

describe('compute --json', () => {
  it.each(presets.flatMap((file) => DOLLARS.map((dollars) => [file, dollars] as const)))(
    '%s (%s): every figure is the core’s, as a decimal string',
    (file, dollars) => {
      const { code, out, err } = cli('compute', join(scenariosDir, file), '--json', '--dollars', dollars);
      expect([code, err]).toEqual([0, '']);
      const doc = JSON.parse(out) as Record<string, Json> & {
        report: { rows: Record<string, Json>[]; totals: Record<string, Json> };
        exact: Record<string, Json> & { years: Record<string, Json>[] };
      };
      const result = computed(file);
      expect(doc.version).toBe(RESULT_JSON_VERSION);
      expect(doc.dollars).toBe(dollars);
      expect(doc.scenario).toEqual(scenarioToDoc(result.scenario));

      // No floating-point number anywhere: only years, counts and versions are JSON numbers.
      for (const [path, n] of numbers(doc)) expect(Number.isInteger(n), path).toBe(true);

      const report = buildReport(result, dollars);
      report.rows.forEach((row, i) => {
        for (const [key, value] of Object.entries<Dec | number | undefined>({ ...row }))
          if (value === undefined) expect(doc.report.rows[i]?.[key]).toBeNull();
          else if (typeof value === 'number') expect(doc.report.rows[i]?.[key]).toBe(value);
          else same(doc.report.rows[i]?.[key], value);
      });
      for (const [key, value] of Object.entries<Dec | number | undefined>({ ...report.totals }))
        if (value === undefined) expect(doc.report.totals[key]).toBeNull();
        else if (typeof value === 'number') expect(doc.report.totals[key]).toBe(value);
        else same(doc.report.totals[key], value);

      // The exact figures: all their digits, equal to the core's (not rounded).
      for (const key of ['totalNominalUsd', 'totalConstantUsd', 'presentValueUsd', 'canadaFraction'] as const)
        same(doc.exact[key], result[key]);
      const columns = exactColumns(result, dollars);
      result.years.forEach((year, i) => {
        const y = doc.exact.years[i] ?? {};
        expect(y['year']).toBe(year.year);
        same(y['share'], year.share);
        same(y['nominalUsd'], year.nominalUsd);
        same(y['constantUsd'], year.constantUsd);
        same(y['programUsd'], columns.program[i] ?? new Dec(NaN));
        same(y['canadaCadPerPerson'], columns.canadaCadPerPerson[i] ?? new Dec(NaN));
      });
    },
  );

  it('a share of one third keeps all its digits', () => {
    const { out } = cli('compute', join(scenariosDir, 'trump-175-gdp.json'), '--json');
    const share = (JSON.parse(out) as { exact: { years: { share: string }[] } }).exact.years[0]?.share;
    expect(share).toMatch(/^0\.3{40,}/);
  });
});
