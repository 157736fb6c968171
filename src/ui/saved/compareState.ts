/** Whether a saved scenario is ticked for comparing, and whether it can be (at most MAX_COMPARE are). */
import { MAX_COMPARE } from '../../state';

export function compareState(
  compareKeys: readonly string[],
  key: string,
): { comparing: boolean; full: boolean } {
  const comparing = compareKeys.includes(key);
  return { comparing, full: !comparing && compareKeys.length >= MAX_COMPARE };
}
