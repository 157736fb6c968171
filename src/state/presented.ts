/**
 * The scenario as it leaves the page (downloads, share links, the saved list, the comparison):
 * once edited, a preset is no longer that preset. It becomes "Edited from <preset>", with a
 * description of what differs, in English and French, and an id (so a file name) of its own. A name
 * the user gave (when saving) wins.
 */
import { clip } from '../core';
import { budgetPathName, fieldLabel, type Lang, scenarioName, translate } from '../i18n';
import { MAX_NAME_LENGTH, type JsonObject } from '../io';
import { billions } from './form';
import { formToDoc, type ScenarioForm } from './form';
import { isBudgetPathName } from './outlookForm';

const NAMING = new Set(['id', 'name', 'description', 'fr']);
/** The longest id, name and description a scenario file may have. */
const MAX_ID = 64;
const MAX_DESCRIPTION = 2000;
/** Fields held in units but shown in billions, as the form shows them. */
const IN_BILLIONS = /^(cost\.amount|share\.amount|share\.creditCad|ranges\.baseCost\.\w+)$/;

/** The fields of a document as `path → value`, leaving out its names. */
function leaves(doc: JsonObject, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(doc)) {
    if (prefix === '' && NAMING.has(k)) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      for (const [p, leaf] of leaves(v as JsonObject, path)) out.set(p, leaf);
    else out.set(path, JSON.stringify(v));
  }
  return out;
}

/** A value in a description: as in the file, "—" when absent, or AS_GIVEN for a figure of an outlook the scenario has not. */
const AS_GIVEN = Symbol('as given');
type Shown = string | typeof AS_GIVEN;
type Difference = [path: string, before: Shown, after: Shown];

/** What differs between two forms, as `[path, before, after]` (values as in the file). */
function differences(from: ScenarioForm, to: ScenarioForm): Difference[] {
  const a = leaves(formToDoc(from));
  const b = leaves(formToDoc(to));
  const show = (v: string | undefined, path: string, form: ScenarioForm): Shown => {
    if (v !== undefined) return v.replace(/^"|"$/g, '');
    return path.startsWith('outlook.') && !form.outlook.projected ? AS_GIVEN : '—';
  };
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((p) => a.get(p) !== b.get(p))
    .map((p) => [p, show(a.get(p), p, from), show(b.get(p), p, to)]);
}

/** A budget's path in the file (`outlook.canadaBudget.path`): named as the form names it. */
const PATH_FIELD = /^outlook\.(canadaBudget|usBudget)\.path$/;

function shown(path: string, value: Shown, lang: Lang): string {
  if (value === AS_GIVEN) return translate(lang, 'calculator.outlook.asGiven');
  const budget = PATH_FIELD.exec(path)?.[1];
  if ((budget === 'canadaBudget' || budget === 'usBudget') && isBudgetPathName(value))
    return budgetPathName(budget, value, lang);
  if (!IN_BILLIONS.test(path) || value === '—') return value;
  return translate(lang, 'calculator.edited.billions', { value: billions(value) });
}

function describe(diffs: readonly Difference[], origin: string, lang: Lang): string {
  const changes = diffs.map(([path, before, after]) =>
    translate(lang, 'calculator.edited.change', {
      field: fieldLabel(path, lang) ?? path,
      before: shown(path, before, lang),
      after: shown(path, after, lang),
    }),
  );
  return clip(
    translate(lang, 'calculator.edited.description', { name: origin, changes: changes.join('; ') }),
    MAX_DESCRIPTION,
  );
}

const cache = new WeakMap<ScenarioForm, { origin: ScenarioForm; presented: ScenarioForm }>();

/** `form` named honestly against `origin` (the preset or scenario it was loaded from). */
export function presentedForm(form: ScenarioForm, origin: ScenarioForm): ScenarioForm {
  const hit = cache.get(form);
  if (hit?.origin === origin) return hit.presented;
  const diffs = form === origin ? [] : differences(origin, form);
  const presented = diffs.length === 0 ? form : rename(form, origin, diffs);
  cache.set(form, { origin, presented });
  return presented;
}

function rename(form: ScenarioForm, origin: ScenarioForm, diffs: Difference[]): ScenarioForm {
  const named = form.name !== origin.name; // a name the user gave when saving
  const originName = (lang: Lang) => scenarioName(origin, lang);
  const edited = (lang: Lang) => {
    const room = MAX_NAME_LENGTH - translate(lang, 'calculator.edited.name', { name: '' }).length;
    return translate(lang, 'calculator.edited.name', { name: clip(originName(lang), room) });
  };
  const suffix = '-edited';
  return {
    ...form,
    id: named ? form.id : `${origin.id.slice(0, MAX_ID - suffix.length)}${suffix}`,
    name: named ? form.name : edited('en'),
    description: describe(diffs, originName('en'), 'en'),
    fr: named ? undefined : { name: edited('fr'), description: describe(diffs, originName('fr'), 'fr') },
  };
}
