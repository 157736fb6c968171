/** The package's library entry offers the core and the file formats under the names its README gives. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeScenario, parseScenarioFile, parseScenarioText } from '../../src/index';

describe('the library entry', () => {
  it('reads a scenario file by either name and computes it', () => {
    expect(parseScenarioFile).toBe(parseScenarioText);
    const parsed = parseScenarioFile(readFileSync('scenarios/trump-175-gdp.json', 'utf8'));
    if (!parsed.ok) throw new Error('the preset should be valid');
    expect(computeScenario(parsed.scenario).scenario.id).toBe(parsed.scenario.id);
  });
});
