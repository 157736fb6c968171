/** Messages between the page and the simulation worker. Decs travel in wire form (src/io/wire.ts). */
import type { JsonObject } from '../io';

export interface SimulationRequest {
  /** Increases with every request; a reply for an older id is stale and ignored. */
  readonly id: number;
  readonly doc: JsonObject;
  readonly draws: number;
  readonly seed: number;
}

export type SimulationReply =
  | {
      readonly id: number;
      readonly ok: true;
      /** A Simulation and SensitivityRow[] in wire form. */
      readonly simulation: unknown;
      readonly sensitivity: unknown;
      readonly percentilesCsv: string;
      readonly sensitivityCsv: string;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };
