/**
 * A component's subscription to a few fields of the form: it re-renders when one of those fields
 * changes, not on every edit (a slider in one section leaves the other sections alone).
 */
import { useShallow } from 'zustand/react/shallow';
import type { ScenarioForm } from './form';
import { useAppStore } from './store';

/** The fields `keys` of the form being edited, compared one by one between renders. */
export function useFormFields<K extends keyof ScenarioForm>(...keys: readonly K[]): Pick<ScenarioForm, K> {
  return useAppStore(
    useShallow((s) => Object.fromEntries(keys.map((k) => [k, s.form[k]])) as Pick<ScenarioForm, K>),
  );
}
