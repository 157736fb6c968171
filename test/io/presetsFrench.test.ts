import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenarioDoc, parseScenarioText, scenarioToDoc } from '../../src/io';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('presets in both languages', () => {
  it.each(files)('%s has a French name and description that differ from the English', (file) => {
    const parsed = parseScenarioText(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const { name, description, fr } = parsed.scenario;
    expect(fr?.name).toBeTruthy();
    expect(fr?.description).toBeTruthy();
    expect(fr?.name).not.toBe(name);
    expect(fr?.description).not.toBe(description);
  });

  it('keeps the French text through a save and reload, and refuses an empty French name', () => {
    const parsed = parseScenarioText(readFileSync(join(dir, 'trump-175-gdp.json'), 'utf8'));
    if (!parsed.ok) throw new Error('invalid');
    const again = parseScenarioDoc(JSON.parse(JSON.stringify(scenarioToDoc(parsed.scenario))));
    expect(again.ok && again.scenario.fr).toEqual(parsed.scenario.fr);
    const bad = parseScenarioDoc({ ...scenarioToDoc(parsed.scenario), fr: { name: '', description: 'x' } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems[0]?.path).toBe('fr.name');
  });
});
