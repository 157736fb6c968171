// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fromWire } from '../../src/io';
import { formToDoc, getAppStore } from '../../src/state';
import { CalculatorView } from '../../src/ui/CalculatorView';
import type { SimulationState } from '../../src/ui/uncertainty/useSimulation';
import { runSimulation } from '../../src/workers/runSimulation';
import { freshStore, loadPreset } from '../support/presetStore';

/** The state the panel is given: set by each test (the worker itself is not what is tested here). */
let state: SimulationState = { status: 'idle' };
vi.mock('../../src/ui/uncertainty/useSimulation', () => ({ useSimulation: () => state }));

function outcome(): Extract<SimulationState, { status: 'done' }> {
  const reply = runSimulation({
    id: 1,
    doc: formToDoc(getAppStore().getState().form),
    draws: 500,
    seed: 1,
  });
  if (!reply.ok) throw new Error(reply.message);
  return {
    status: 'done',
    simulation: fromWire(reply.simulation),
    sensitivity: fromWire(reply.sensitivity),
    percentilesCsv: reply.percentilesCsv,
    sensitivityCsv: reply.sensitivityCsv,
  };
}

beforeEach(() => {
  freshStore();
  loadPreset();
});

describe('the range of outcomes while a new run is under way', () => {
  it('offers the finished run for download', () => {
    state = outcome();
    render(<CalculatorView />);
    const panel = screen.getByRole('region', { name: 'Range of outcomes' });
    expect(within(panel).getByRole('button', { name: /percentiles/i })).toBeVisible();
  });

  it('keeps the last run in view, marked busy and out of date, with nothing to download', () => {
    state = { status: 'running', previous: outcome() };
    render(<CalculatorView />);
    const panel = screen.getByRole('region', { name: 'Range of outcomes' });
    expect(within(panel).getByRole('status')).toHaveTextContent(/draws/);
    const last = panel.querySelector('[aria-busy="true"]');
    expect(last).not.toBeNull();
    expect(last).toHaveClass('stale');
    expect(within(panel).queryByRole('button', { name: /percentiles/i })).not.toBeInTheDocument();
    expect(within(panel).queryByRole('button', { name: /sensitivity/i })).not.toBeInTheDocument();
  });
});
