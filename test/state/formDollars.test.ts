import { describe, expect, it } from 'vitest';
import { parseScenarioDoc, type JsonObject } from '../../src/io';
import { docToForm, findPreset, formToDoc } from '../../src/state';

function scenarioOf(doc: JsonObject) {
  const parsed = parseScenarioDoc(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

describe('the dollars of a fixed amount and of the credit in the editor', () => {
  it('reads the ask preset’s constant dollars and writes them back', () => {
    const preset = findPreset('ask-61-fixed');
    if (!preset) throw new Error('no ask-61-fixed preset');
    const form = docToForm(preset);
    expect([form.fixedAmountDollars, form.creditDollars]).toEqual(['constant', 'nominal']);
    const doc = formToDoc(form);
    expect(doc['share']).toEqual({
      rule: 'fixed',
      amount: '61000000000',
      currency: 'USD',
      amountDollars: 'constant',
      coveredPct: '100',
      creditCad: '0',
    });
    expect(scenarioOf(doc).share).toMatchObject({ rule: 'fixed', amountDollars: 'constant' });
  });

  it('writes nominal as no field at all (what a file without it means), and a constant credit as creditDollars', () => {
    const preset = findPreset('norad-credit-gdp');
    if (!preset) throw new Error('no norad-credit-gdp preset');
    const form = docToForm(preset);
    expect(form.creditDollars).toBe('nominal');
    expect(formToDoc(form)['share']).not.toHaveProperty('creditDollars');
    const constant = formToDoc({ ...form, creditDollars: 'constant' });
    expect(scenarioOf(constant).share.creditDollars).toBe('constant');
  });
});
