/**
 * Runs the simulation of the current scenario in a Web Worker. A change of input restarts it (the
 * busy worker is terminated, not queued), so the page never waits for a stale run.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import type { SensitivityRow, Simulation } from '../../core';
import { fromWire, type JsonObject } from '../../io';
import { createSimulationWorker } from '../../workers/createSimulationWorker';
import { runSimulation } from '../../workers/runSimulation';
import type { SimulationReply, SimulationRequest } from '../../workers/simulationProtocol';

export interface SimulationOutcome {
  readonly simulation: Simulation;
  readonly sensitivity: SensitivityRow[];
  readonly percentilesCsv: string;
  readonly sensitivityCsv: string;
}

/**
 * While a new run is under way the last outcome stays on screen (`previous`), so the charts update
 * in place instead of disappearing and being drawn again.
 */
export type SimulationState =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly previous?: SimulationOutcome }
  /** `message` is the core's reason (English), empty when the worker itself stopped. */
  | { readonly status: 'error'; readonly message: string }
  | ({ readonly status: 'done' } & SimulationOutcome);

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  return createSimulationWorker();
}

/** `doc` null means there is nothing to simulate (no ranges, or the scenario has problems). */
export function useSimulation(doc: JsonObject | null, draws: number, seed: number): SimulationState {
  const [state, setState] = useState<SimulationState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const nextId = useRef(0);
  const key = doc === null ? null : JSON.stringify(doc);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (key === null) {
      setState({ status: 'idle' });
      return undefined;
    }
    const request: SimulationRequest = {
      id: (nextId.current += 1),
      doc: JSON.parse(key) as JsonObject,
      draws,
      seed,
    };
    const accept = (reply: SimulationReply) => {
      if (reply.id !== nextId.current) return;
      busy.current = false;
      const next: SimulationState = reply.ok
        ? {
            status: 'done',
            simulation: fromWire<Simulation>(reply.simulation),
            sensitivity: fromWire<SensitivityRow[]>(reply.sensitivity),
            percentilesCsv: reply.percentilesCsv,
            sensitivityCsv: reply.sensitivityCsv,
          }
        : { status: 'error', message: reply.message };
      // A transition renders the new tables and charts in time slices, so the page stays responsive.
      startTransition(() => setState(next));
    };
    // Wait for the inputs to settle (a slider drag) before starting a run.
    const timer = setTimeout(() => {
      setState((s) =>
        s.status === 'done'
          ? { status: 'running', previous: s }
          : s.status === 'running'
            ? s
            : { status: 'running' },
      );
      if (busy.current) {
        worker.current?.terminate();
        worker.current = null;
      }
      worker.current ??= createWorker();
      if (!worker.current) {
        accept(runSimulation(request));
        return;
      }
      worker.current.onmessage = (e: MessageEvent<SimulationReply>) => accept(e.data);
      worker.current.onerror = () => accept({ id: request.id, ok: false, message: '' });
      busy.current = true;
      worker.current.postMessage(request);
    }, 150);
    return () => clearTimeout(timer);
  }, [key, draws, seed]);

  return state;
}
