import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BUDGET_PATHS, defaultOutlook, OUTLOOK_LIMITS, type Scenario } from '../../src/core';
import {
  checksum,
  decodeShareFragment,
  encodeShareFragment,
  parseScenarioDoc,
  scenarioToDoc,
  type JsonObject,
} from '../../src/io';
import { outlookToDoc } from '../../src/io/outlookFile';
import { createAppStore, derivePresented, docToForm, findPreset, formToDoc } from '../../src/state';
import { MemoryStorage } from '../support/memoryStorage';

function scenarioOf(doc: unknown): Scenario {
  const parsed = parseScenarioDoc(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

const preset = findPreset('cbo-2025-high-gdp');
if (!preset) throw new Error('preset missing');
const withOutlook = (outlook: JsonObject): Scenario => scenarioOf({ ...scenarioToDoc(preset), outlook });

describe('the outlook in the editor', () => {
  it('a preset has no outlook, and its form writes none: its numbers are kept', () => {
    const form = docToForm(preset);
    expect(form.outlook.projected).toBe(false);
    expect(formToDoc(form)).not.toHaveProperty('outlook');
    expect(scenarioToDoc(scenarioOf(formToDoc(form)))).toEqual(scenarioToDoc(preset));
  });

  it('switched on, it is core’s default outlook; switched off, it is gone but its figures are kept', () => {
    const form = docToForm(preset);
    const on = { ...form, outlook: { ...form.outlook, projected: true } };
    expect(formToDoc(on)['outlook']).toEqual(outlookToDoc(defaultOutlook()));
    const typed = { ...on, outlook: { ...on.outlook, canadaGdpGrowthPct: '3' } };
    const off = { ...typed, outlook: { ...typed.outlook, projected: false } };
    expect(formToDoc(off)).not.toHaveProperty('outlook');
    const back = { ...off, outlook: { ...off.outlook, projected: true } };
    expect(scenarioOf(formToDoc(back)).outlook?.canadaGdpGrowthPct.toString()).toBe('3');
  });

  it('keeps a custom target while another path is chosen, and the typed outlook when a scenario without one is opened', () => {
    const target = withOutlook({ canadaBudget: { path: 'target', targetPct: '4.2', targetYear: 2040 } });
    const form = docToForm(target);
    expect(form.outlook.canadaBudget).toEqual({ path: 'target', targetPct: '4.2', targetYear: '2040' });
    const pledge = docToForm(withOutlook({ canadaBudget: { path: 'pledge' } }), form);
    expect(pledge.outlook.canadaBudget).toEqual({ path: 'pledge', targetPct: '4.2', targetYear: '2040' });
    const old = docToForm(preset, form);
    expect(old.outlook).toEqual({ ...form.outlook, projected: false });
  });

  it('a typed value that is not a number yet is written as typed, for the validator to name the field', () => {
    const form = docToForm(withOutlook({}));
    const doc = formToDoc({ ...form, outlook: { ...form.outlook, usGdpGrowthPct: 'abc' } });
    const parsed = parseScenarioDoc(doc);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.path).toBe('outlook.usGdpGrowthPct');
  });
});

describe('an edited preset says what changed in its outlook', () => {
  it('names the switch and the path, in English and French', () => {
    const store = createAppStore(() => new MemoryStorage());
    store.getState().openScenario({ kind: 'preset', id: 'cbo-2025-high-gdp' });
    const { outlook } = store.getState().form;
    store.getState().edit('outlook.projected', { outlook: { ...outlook, projected: true } });
    const derived = derivePresented(store.getState());
    if (!derived.ok) throw new Error('not computable');
    const s = derived.result.scenario;
    expect(s.description).toContain('Canada’s defence budget as given → NATO pledge: 3.5% of GDP by 2035');
    expect(s.description).toContain('Canada nominal GDP growth as given → 4.04');
    expect(s.fr?.description).toContain('Budget de défense du Canada tels quels → Engagement de l’OTAN');
    const projected = store.getState().form.outlook;
    store.getState().edit('outlook.canadaBudget', {
      outlook: { ...projected, canadaBudget: { ...projected.canadaBudget, path: 'held' } },
    });
    store.getState().save('');
    const saved = store.getState().saved[0]?.doc;
    expect(saved?.['outlook']).toMatchObject({ canadaBudget: { path: 'held' } });
    expect(saved?.['description']).toContain('Canada’s defence budget as given → Held at the 2025-26 level');
  });
});

describe('share links carry the outlook', () => {
  it('round-trips a scenario with an outlook, a custom target included', () => {
    const s = withOutlook({
      canadaGdpGrowthPct: '3.1',
      canadaBudget: { path: 'target', targetPct: '3', targetYear: 2030 },
      usBudget: { path: 'gdpShare' },
      thresholdPct: '2.5',
    });
    const back = decodeShareFragment(encodeShareFragment(s));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(scenarioToDoc(back.scenario)).toEqual(scenarioToDoc(s));
    expect(formToDoc(docToForm(back.scenario))['outlook']).toEqual(scenarioToDoc(s)['outlook']);
  });

  it('an old link (version 1, a version-3 scenario) opens without an outlook', () => {
    const doc = scenarioToDoc(preset);
    expect(doc).not.toHaveProperty('outlook');
    const payload = Buffer.from(JSON.stringify({ ...doc, schemaVersion: 3 })).toString('base64url');
    const back = decodeShareFragment(`#s=1.${payload}.${checksum(payload)}`);
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    expect(back.scenario.outlook).toBeUndefined();
    expect(docToForm(back.scenario).outlook.projected).toBe(false);
  });
});

describe('properties', () => {
  const L = OUTLOOK_LIMITS;
  const decimal = (min: number, max: number) =>
    fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => String(n / 1000));
  const path = fc.oneof(
    fc.constantFrom(...BUDGET_PATHS.filter((p) => p !== 'target')).map((p) => ({ path: p })),
    fc.record({
      path: fc.constant('target'),
      targetPct: decimal(L.targetPct.min, L.targetPct.max),
      targetYear: fc.integer(L.targetYear),
    }),
  );
  const outlook = fc.record(
    {
      canadaGdpGrowthPct: decimal(L.growthPct.min, L.growthPct.max),
      usGdpGrowthPct: decimal(L.growthPct.min, L.growthPct.max),
      canadaBudget: path,
      usBudget: path,
      thresholdPct: decimal(L.thresholdPct.min, L.thresholdPct.max),
    },
    { requiredKeys: [] },
  );

  it('formToDoc(docToForm(s)) keeps the outlook, whatever it is (and keeps its absence)', () => {
    fc.assert(
      fc.property(fc.option(outlook, { nil: undefined }), (o) => {
        const s = o === undefined ? preset : withOutlook(o);
        const again = scenarioOf(formToDoc(docToForm(s)));
        expect(scenarioToDoc(again)).toEqual(scenarioToDoc(s));
      }),
    );
  });

  it('switching the outlook off and on again loses nothing', () => {
    fc.assert(
      fc.property(outlook, (o) => {
        const form = docToForm(withOutlook(o));
        const off = docToForm(
          scenarioOf(formToDoc({ ...form, outlook: { ...form.outlook, projected: false } })),
          form,
        );
        const on = { ...off, outlook: { ...off.outlook, projected: true } };
        expect(formToDoc(on)['outlook']).toEqual(formToDoc(form)['outlook']);
      }),
    );
  });
});
