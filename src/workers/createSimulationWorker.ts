/**
 * Starts the simulation worker from its own file next to the page. The single HTML file's build
 * replaces this module with createSimulationWorker.inline.ts (see vite.config.ts).
 */
export function createSimulationWorker(): Worker {
  return new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
}
