/**
 * The single HTML file's simulation worker: its code is inside the page and starts from a `blob:`
 * address (allowed by the file's `worker-src blob:`), so no other file is needed.
 */
import SimulationWorker from './simulation.worker.ts?worker&inline';

export function createSimulationWorker(): Worker {
  return new SimulationWorker();
}
