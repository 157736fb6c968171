// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { computeScenario, DOLLARS, PROFILES } from '../../src/core';
import { parseScenarioText } from '../../src/io';
import { createAppStore, replaceAppStore } from '../../src/state';
import { MemoryStorage } from '../support/memoryStorage';
import { budgetText } from '../../src/ui/charts/describeBudget';
import { resultSeries } from '../../src/ui/charts/series';
import { SummaryCards } from '../../src/ui/results/SummaryCards';

const PRESET = join(import.meta.dirname, '..', '..', 'scenarios', 'trump-175-gdp.json');

function preset() {
  const parsed = parseScenarioText(readFileSync(PRESET, 'utf8'));
  if (!parsed.ok) throw new Error('preset');
  return parsed.scenario;
}

describe('Canada’s peak year', () => {
  it('is the same year on the card and in the budget chart, the earliest on an even profile (2026)', () => {
    for (const profile of PROFILES) {
      for (const dollars of DOLLARS) {
        replaceAppStore(createAppStore(() => new MemoryStorage()));
        const result = computeScenario({ ...preset(), profile });
        const view = render(<SummaryCards result={result} currency="USD" dollars={dollars} />);
        const card = within(screen.getByText('Canada’s peak year').closest('.card') as HTMLElement);
        const year = /in (\d{4})$/.exec(card.getByText(/in \d{4}$/).textContent ?? '')?.[1];
        const summary = budgetText(resultSeries(result, 'USD', dollars)).summary;
        expect(summary, `${profile} ${dollars}`).toContain(`in ${year}.`);
        if (profile === 'even') expect(year).toBe('2026'); // US$175B over 2026–2028, no inflation: all tie
        view.unmount();
      }
    }
  });
});
