/** The simulation job, the same in the worker and (where there is no Worker) on the page. */
import { sensitivity, simulate } from '../core';
import { parseScenarioDoc, percentilesCsv, sensitivityCsv, toWire } from '../io';
import type { SimulationReply, SimulationRequest } from './simulationProtocol';

export function runSimulation({ id, doc, draws, seed }: SimulationRequest): SimulationReply {
  const parsed = parseScenarioDoc(doc);
  if (!parsed.ok)
    return { id, ok: false, message: parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  try {
    const simulation = simulate(parsed.scenario, { draws, seed });
    const rows = sensitivity(parsed.scenario);
    return {
      id,
      ok: true,
      simulation: toWire(simulation),
      sensitivity: toWire(rows),
      percentilesCsv: percentilesCsv(parsed.scenario, simulation),
      sensitivityCsv: sensitivityCsv(parsed.scenario, rows),
    };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
