/**
 * Reading exercise files (scenarios/exercises/*.json; format in scenarios/exercises/README.md):
 * text → JSON → version check → validated (zod) → starting scenario (a preset or an inline
 * scenario document) → each question's scenario (its `with` patch applied) → every answer
 * expression parsed and computed. Never throws on bad input: every problem names its field path
 * (e.g. `questions.2.answer.expr`) and what is wrong.
 */
import {
  capProblems,
  evaluateExpression,
  formatExpressionError,
  parseExpression,
  quoteText,
  scenarioEnv,
  type Exercise,
  type ExerciseAnswer,
  type ExerciseQuestion,
  type Problem,
  type Scenario,
  STATED_FUNCTIONS,
  type Dec,
  type StatedFigure,
  type StatedFunction,
} from '../core';
import { exerciseFileSchema, versionProblems, type ExerciseFileParsed } from './exerciseSchema';
import { parseJsonText } from './jsonText';
import { parseScenarioDoc, scenarioToDoc } from './scenarioFile';
import { applyScenarioPatch } from './scenarioPatch';
import { zodProblems } from './zodProblems';

/** Finds a shipped preset (scenarios/<id>.json) by id. */
export type PresetLookup = (id: string) => Scenario | undefined;

export type ExerciseParseResult = { ok: true; exercise: Exercise } | { ok: false; problems: Problem[] };

const prefixed = (prefix: string, problems: readonly Problem[]): Problem[] =>
  problems.map((p) => ({ path: p.path ? `${prefix}.${p.path}` : prefix, message: p.message }));

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

/** The ways a stated figure may be written in a text: at its own scale, or in millions, billions, trillions. */
const SCALES = ['1', '1e6', '1e9', '1e12'];

/** True when `value` is written in the text (English "7.1", French "7,1"), at one of SCALES. */
function writtenIn(value: Dec, text: string, decimalMark: '.' | ','): boolean {
  return SCALES.some((scale) => {
    const shown = value.div(scale);
    if (shown.lt(1) && scale !== '1') return false;
    const written = shown.toFixed().replace('.', decimalMark);
    return new RegExp(`(^|[^0-9.,])${written.replace('.', '\\.')}($|[^0-9])`).test(text);
  });
}

/**
 * The stated figures of an answer: each a function call an expression may use (rule_share_pct,
 * context or fx) and a value that the prompt or the hint writes, in English and in French.
 */
function statedFigures(
  stated: Readonly<Record<string, Dec>>,
  q: ExerciseFileParsed['questions'][number],
  at: string,
): Built<StatedFigure[]> {
  const figures: StatedFigure[] = [];
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(stated)) {
    const parsed = parseExpression(key);
    const call = parsed.ok && parsed.expr.kind === 'call' ? parsed.expr : undefined;
    const fn = call?.fn;
    if (!call || !fn || !(STATED_FUNCTIONS as readonly string[]).includes(fn)) {
      problems.push({
        path: `${at}.${key}`,
        message: `must be one of ${STATED_FUNCTIONS.join(', ')} with its argument, e.g. rule_share_pct("gdp")`,
      });
      continue;
    }
    for (const lang of ['en', 'fr'] as const) {
      const text = `${q.prompt[lang]} ${q.hint[lang]}`;
      if (!writtenIn(value, text, lang === 'fr' ? ',' : '.'))
        problems.push({
          path: `${at}.${key}`,
          message: `${value.toFixed()} is not written in the ${lang} prompt or hint`,
        });
    }
    figures.push({ fn: fn as StatedFunction, arg: call.arg, value });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: figures };
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
    const stated = statedFigures(a.stated ?? {}, q, `${at}.answer.stated`);
    if (!stated.ok) return stated;
    built = {
      kind: 'numeric',
      source,
      expr: expr.expr,
      unit: a.unit,
      tolerance: a.tolerance,
      toleranceKind: a.toleranceKind ?? 'absolute',
      ...(stated.value.length > 0 ? { stated: stated.value } : {}),
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
  const withPreset = f.presetId === undefined ? base : { ...base, presetId: f.presetId };
  return { ok: true, exercise: f.guide === undefined ? withPreset : { ...withPreset, guide: f.guide } };
}

/** Parses the text of an exercise file. */
export function parseExerciseText(text: string, presets: PresetLookup): ExerciseParseResult {
  const json = parseJsonText(text);
  return json.ok ? parseExerciseDoc(json.doc, presets) : json;
}
