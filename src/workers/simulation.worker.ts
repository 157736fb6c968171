/** The Web Worker that runs Monte Carlo simulations off the page's main thread. */
import { runSimulation } from './runSimulation';
import type { SimulationRequest } from './simulationProtocol';

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  self.postMessage(runSimulation(event.data));
};
