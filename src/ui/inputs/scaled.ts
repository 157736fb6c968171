/** Converts between stored whole units and the scaled units a field shows (billions, millions). */
import { Dec } from '../../core';

export function toScaled(units: string, scale: string): string {
  try {
    return new Dec(units).div(scale).toString();
  } catch {
    return units;
  }
}

export function fromScaled(shown: string, scale: string): string {
  try {
    return new Dec(shown).times(scale).toString();
  } catch {
    return shown;
  }
}
