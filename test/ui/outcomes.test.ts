/** What the uncertainty panel shows of a simulation's state. */
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type Params } from '../../src/i18n';
import { outcomeInView, statusLine } from '../../src/ui/uncertainty/outcomes';
import type { SimulationOutcome } from '../../src/ui/uncertainty/useSimulation';

const en = (key: MessageKey, params?: Params) => translate('en', key, params);
const fr = (key: MessageKey, params?: Params) => translate('fr', key, params);
const outcome = { percentilesCsv: 'p' } as unknown as SimulationOutcome;

describe('outcomes', () => {
  it('keeps the last outcome in view while a new run is under way', () => {
    expect(outcomeInView({ status: 'done', ...outcome })?.percentilesCsv).toBe('p');
    expect(outcomeInView({ status: 'running', previous: outcome })).toBe(outcome);
    expect(outcomeInView({ status: 'running' })).toBeUndefined();
    expect(outcomeInView({ status: 'error', message: 'x' })).toBeUndefined();
    expect(outcomeInView({ status: 'idle' })).toBeUndefined();
  });

  it('says what is happening: running, failed with the reason, crashed, or nothing', () => {
    expect(statusLine({ status: 'running' }, en, '10,000')).toBe('Simulating 10,000 draws…');
    expect(statusLine({ status: 'error', message: 'bad range' }, en, '')).toBe(
      'The simulation could not run: bad range',
    );
    expect(statusLine({ status: 'error', message: '' }, fr, '')).toBe(
      'La simulation s’est arrêtée de façon inattendue.',
    );
    expect(statusLine({ status: 'idle' }, en, '10,000')).toBe('');
    expect(statusLine({ status: 'done', ...outcome }, en, '10,000')).toBe('');
  });
});
