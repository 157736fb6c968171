/**
 * Reading exercise files (scenarios/exercises/*.json; format in scenarios/exercises/README.md):
 * text → JSON → version check → validated (zod) → starting scenario (a preset or an inline
 * scenario document) → each question's scenario (its `with` patch applied) → every answer
 * expression parsed and computed. Never throws on bad input: every problem names its field path
 * (e.g. `questions.2.answer.expr`) and what is wrong.
 */
import { z } from 'zod';
import {
  ANSWER_UNITS,
  capProblems,
  evaluateExpression,
  EXERCISE_LEVELS,
  formatExpressionError,
  parseExpression,
  quoteText,
  quoteValue,
  scenarioEnv,
  TOLERANCE_KINDS,
  type Exercise,
  type ExerciseAnswer,
  type ExerciseQuestion,
  type Problem,
  type Scenario,
} from '../core';
import { decimalField } from './decimalField';
import { textField } from './textField';
import { isJsonObject, type JsonObject } from './migrate';
import { parseJsonText } from './jsonText';
import { parseScenarioDoc, scenarioToDoc } from './scenarioFile';
import { zodProblems } from './zodProblems';

const EXERCISE_SCHEMA_VERSION = 1;

/** Finds a shipped preset (scenarios/<id>.json) by id. */
export type PresetLookup = (id: string) => Scenario | undefined;

export type ExerciseParseResult = { ok: true; exercise: Exercise } | { ok: false; problems: Problem[] };

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const text = (max: number) =>
  textField(max, { nonEmpty: true, trim: true, missing: 'missing: every text needs both "en" and "fr"' });
const bilingual = (max: number) =>
  z.strictObject({ en: text(max), fr: text(max) }, { error: 'must be { "en": "…", "fr": "…" }' });
const goalList = z
  .array(text(300), { error: 'must be a list of texts' })
  .min(1, { error: 'needs at least one goal' })
  .max(10);

/**
 * A JSON object passed on as it is (not z.record, which copies it key by key and so turns a
 * "__proto__" key into the copy's prototype, where the scenario validator never sees it).
 */
const jsonObject = (error: string) => z.custom<JsonObject>(isJsonObject, { error });

/** The most characters an answer expression may have. */
const EXPRESSION_MAX = 2000;

const answer = z
  .strictObject({
    expr: textField(EXPRESSION_MAX).optional(),
    unit: z.enum(ANSWER_UNITS, { error: `must be one of ${ANSWER_UNITS.join(', ')}` }).optional(),
    tolerance: decimalField(0, 1e15, { exclusiveMin: true }).optional(),
    toleranceKind: z
      .enum(TOLERANCE_KINDS, { error: `must be one of ${TOLERANCE_KINDS.join(', ')}` })
      .optional(),
    open: z.literal(true, { error: 'must be true (an open question)' }).optional(),
    rubric: bilingual(4000).optional(),
  })
  .superRefine((a, ctx) => {
    const need = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (a.open) {
      if (a.rubric === undefined) need('rubric', 'an open question needs a rubric { "en", "fr" }');
      for (const key of ['expr', 'unit', 'tolerance', 'toleranceKind'] as const)
        if (a[key] !== undefined) need(key, 'an open question has a rubric, not an expression');
      return;
    }
    if (a.rubric !== undefined) need('rubric', 'only an open question ("open": true) has a rubric');
    for (const key of ['expr', 'unit', 'tolerance'] as const)
      if (a[key] === undefined)
        need(key, 'required (or make the question open with "open": true and a rubric)');
  });

const question = z.strictObject({
  id: z
    .string({ error: 'must be text' })
    .regex(ID, { error: 'must be lowercase letters, digits and dashes' }),
  prompt: bilingual(2000),
  hint: bilingual(2000),
  answer,
  with: jsonObject(
    'must be an object: a partial scenario (e.g. { "share": { "rule": "population" } })',
  ).optional(),
});

const exerciseFileSchema = z
  .strictObject({
    schemaVersion: z.literal(EXERCISE_SCHEMA_VERSION),
    kind: z.literal('exercise', { error: 'must be "exercise"' }),
    id: z
      .string({ error: 'must be text' })
      .regex(ID, { error: 'must be lowercase letters, digits and dashes' }),
    level: z.enum(EXERCISE_LEVELS, { error: `must be one of ${EXERCISE_LEVELS.join(', ')}` }),
    title: bilingual(200),
    goals: z.strictObject({ en: goalList, fr: goalList }, { error: 'must be { "en": […], "fr": […] }' }),
    presetId: z.string({ error: 'must be the id of a preset in scenarios/' }).optional(),
    scenario: jsonObject('must be a scenario document { … }').optional(),
    questions: z
      .array(question, { error: 'must be a list of questions' })
      .min(1, { error: 'needs at least one question' })
      .max(20),
  })
  .superRefine((f, ctx) => {
    if ((f.presetId === undefined) === (f.scenario === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['presetId'],
        message: 'give either presetId or an inline scenario, not both or neither',
      });
    if (f.goals.en.length !== f.goals.fr.length)
      ctx.addIssue({
        code: 'custom',
        path: ['goals', 'fr'],
        message: `has ${f.goals.fr.length} goals, "en" has ${f.goals.en.length}`,
      });
    const seen = new Set<string>();
    f.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: ['questions', i, 'id'],
          message: `"${q.id}" is used by another question`,
        });
      seen.add(q.id);
    });
  });

type ExerciseFileParsed = z.output<typeof exerciseFileSchema>;

const prefixed = (prefix: string, problems: readonly Problem[]): Problem[] =>
  problems.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, message: p.message }));

/**
 * Applies a question's `with` patch to a scenario document: objects merge key by key and `null`
 * removes a key (JSON Merge Patch, RFC 7386), except that a patch's `cost` replaces the whole cost,
 * and a `share` with a different `rule` replaces the share (keeping `coveredPct` and `creditCad`).
 */
export function applyScenarioPatch(base: JsonObject, patch: JsonObject): JsonObject {
  // A Map, not an object: a key such as "__proto__" in a patch is a key like any other, and so is
  // refused as an unknown field, instead of changing the object's prototype and vanishing.
  const out = new Map(Object.entries(base));
  for (const [key, value] of Object.entries(patch)) {
    const old = out.get(key);
    if (value === null) out.delete(key);
    else if (key === 'cost') out.set(key, value);
    else if (
      key === 'share' &&
      isJsonObject(value) &&
      isJsonObject(old) &&
      Object.hasOwn(value, 'rule') &&
      value['rule'] !== old['rule']
    ) {
      const kept = { coveredPct: old['coveredPct'], creditCad: old['creditCad'] };
      out.set(key, applyScenarioPatch(kept, value));
    } else if (isJsonObject(value) && isJsonObject(old)) out.set(key, applyScenarioPatch(old, value));
    else out.set(key, value);
  }
  return Object.fromEntries([...out].filter(([, v]) => v !== undefined));
}

function versionProblems(doc: unknown): Problem[] {
  if (!isJsonObject(doc)) return [{ path: '', message: 'an exercise must be a JSON object ({ … })' }];
  if (doc['kind'] !== 'exercise')
    return [{ path: 'kind', message: `must be "exercise", got ${quoteValue(doc['kind'])}` }];
  const v = doc['schemaVersion'];
  if (v === undefined)
    return [{ path: 'schemaVersion', message: `missing: add "schemaVersion": ${EXERCISE_SCHEMA_VERSION}` }];
  if (typeof v === 'number' && Number.isInteger(v) && v > EXERCISE_SCHEMA_VERSION)
    return [
      {
        path: 'schemaVersion',
        message: `version ${v} is newer than this app understands (${EXERCISE_SCHEMA_VERSION}); update the app`,
      },
    ];
  if (v !== EXERCISE_SCHEMA_VERSION)
    return [{ path: 'schemaVersion', message: `must be ${EXERCISE_SCHEMA_VERSION}, got ${quoteValue(v)}` }];
  return [];
}

type Built<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

function startingScenario(f: ExerciseFileParsed, presets: PresetLookup): Built<Scenario> {
  if (f.presetId !== undefined) {
    const preset = presets(f.presetId);
    return preset
      ? { ok: true, value: preset }
      : {
          ok: false,
          problems: [
            {
              path: 'presetId',
              message: `unknown preset ${quoteText(f.presetId)} (no such file in scenarios/)`,
            },
          ],
        };
  }
  const parsed = parseScenarioDoc(f.scenario);
  return parsed.ok
    ? { ok: true, value: parsed.scenario }
    : { ok: false, problems: prefixed('scenario', parsed.problems) };
}

function buildQuestion(
  q: ExerciseFileParsed['questions'][number],
  at: string,
  start: Scenario,
): Built<ExerciseQuestion> {
  let scenario = start;
  if (q.with !== undefined) {
    if (Object.hasOwn(q.with, 'schemaVersion'))
      return {
        ok: false,
        problems: [{ path: `${at}.with.schemaVersion`, message: 'cannot be changed by a question' }],
      };
    const parsed = parseScenarioDoc(applyScenarioPatch(scenarioToDoc(start), q.with));
    if (!parsed.ok) return { ok: false, problems: prefixed(`${at}.with`, parsed.problems) };
    scenario = parsed.scenario;
  }
  const a = q.answer;
  let built: ExerciseAnswer;
  if (a.open === true && a.rubric !== undefined) built = { kind: 'open', rubric: a.rubric };
  else {
    const fail = (message: string): Built<ExerciseQuestion> => ({
      ok: false,
      problems: [{ path: `${at}.answer.expr`, message }],
    });
    const source = a.expr ?? '';
    const expr = parseExpression(source);
    if (!expr.ok) return fail(formatExpressionError(expr.error));
    const value = evaluateExpression(expr.expr, scenarioEnv(scenario));
    if (!value.ok) return fail(formatExpressionError(value.error));
    if (a.unit === undefined || a.tolerance === undefined) return fail('incomplete answer');
    built = {
      kind: 'numeric',
      source,
      expr: expr.expr,
      unit: a.unit,
      tolerance: a.tolerance,
      toleranceKind: a.toleranceKind ?? 'absolute',
    };
  }
  const question: ExerciseQuestion = { id: q.id, prompt: q.prompt, hint: q.hint, answer: built, scenario };
  return { ok: true, value: q.with === undefined ? question : { ...question, patch: q.with } };
}

/** Validates an already-parsed JSON value as an exercise document; presets are looked up with `presets`. */
export function parseExerciseDoc(doc: unknown, presets: PresetLookup): ExerciseParseResult {
  const result = validateExerciseDoc(doc, presets);
  return result.ok ? result : { ok: false, problems: capProblems(result.problems) };
}

function validateExerciseDoc(doc: unknown, presets: PresetLookup): ExerciseParseResult {
  const versionIssues = versionProblems(doc);
  if (versionIssues.length > 0) return { ok: false, problems: versionIssues };
  const parsed = exerciseFileSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error) };
  const f = parsed.data;
  const start = startingScenario(f, presets);
  if (!start.ok) return start;
  const problems: Problem[] = [];
  const questions: ExerciseQuestion[] = [];
  f.questions.forEach((q, i) => {
    const built = buildQuestion(q, `questions.${i}`, start.value);
    if (built.ok) questions.push(built.value);
    else problems.push(...built.problems);
  });
  if (problems.length > 0) return { ok: false, problems };
  const base = { id: f.id, level: f.level, title: f.title, goals: f.goals, scenario: start.value, questions };
  return { ok: true, exercise: f.presetId === undefined ? base : { ...base, presetId: f.presetId } };
}

/** Parses the text of an exercise file. */
export function parseExerciseText(text: string, presets: PresetLookup): ExerciseParseResult {
  const json = parseJsonText(text);
  return json.ok ? parseExerciseDoc(json.doc, presets) : json;
}
