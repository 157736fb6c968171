/**
 * The exercise file's format (scenarios/exercises/README.md) as a zod schema, and the version check
 * that runs before it: field types, lengths, bilingual texts, and the rules between fields (a preset
 * or an inline scenario; open questions have a rubric; as many French goals as English ones).
 */
import { z } from 'zod';
import {
  ANSWER_UNITS,
  EXERCISE_LEVELS,
  GUIDE_ACTIVITIES,
  quoteValue,
  TOLERANCE_KINDS,
  type Problem,
} from '../core';
import { decimalField } from './decimalField';
import { isJsonObject, type JsonObject } from './migrate';
import { textField } from './textField';

export const EXERCISE_SCHEMA_VERSION = 1;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const text = (max: number) =>
  textField(max, { nonEmpty: true, trim: true, missing: 'missing: every text needs both "en" and "fr"' });
const bilingual = (max: number) =>
  z.strictObject({ en: text(max), fr: text(max) }, { error: 'must be { "en": "…", "fr": "…" }' });
const goalList = z
  .array(text(300), { error: 'must be a list of texts' })
  .min(1, { error: 'needs at least one goal' })
  .max(10);

/** A list of texts in both languages, as many in French as in English. */
const bilingualList = (what: string, maxItems: number) =>
  z
    .strictObject(
      {
        en: z
          .array(text(500), { error: 'must be a list of texts' })
          .min(1, { error: `needs at least one ${what}` })
          .max(maxItems),
        fr: z
          .array(text(500), { error: 'must be a list of texts' })
          .min(1, { error: `needs at least one ${what}` })
          .max(maxItems),
      },
      { error: 'must be { "en": […], "fr": […] }' },
    )
    .superRefine((l, ctx) => {
      if (l.en.length !== l.fr.length)
        ctx.addIssue({
          code: 'custom',
          path: ['fr'],
          message: `has ${l.fr.length} items, "en" has ${l.en.length}`,
        });
    });

const grade = z
  .number({ error: 'must be a school grade from 1 to 12' })
  .int({ error: 'must be a school grade from 1 to 12' })
  .min(1, { error: 'must be a school grade from 1 to 12' })
  .max(12, { error: 'must be a school grade from 1 to 12' });

/** The optional teacher guide (README: "Teacher guide"). */
const guide = z.strictObject({
  grades: z
    .strictObject({ from: grade, to: grade }, { error: 'must be { "from": 11, "to": 12 }' })
    .refine((g) => g.from <= g.to, { error: '"from" must not be after "to"', path: ['to'] }),
  prerequisites: bilingualList('prerequisite', 10),
  fitsIn: bilingualList('course', 10),
  flow: z
    .array(
      z.strictObject({
        activity: z.enum(GUIDE_ACTIVITIES, { error: `must be one of ${GUIDE_ACTIVITIES.join(', ')}` }),
        minutes: z
          .number({ error: 'must be a whole number of minutes from 1 to 180' })
          .int({ error: 'must be a whole number of minutes from 1 to 180' })
          .min(1, { error: 'must be a whole number of minutes from 1 to 180' })
          .max(180, { error: 'must be a whole number of minutes from 1 to 180' }),
        text: bilingual(1000),
      }),
      { error: 'must be a list of lesson steps' },
    )
    .min(1, { error: 'needs at least one step' })
    .max(12),
  prompts: bilingualList('discussion prompt', 12),
});

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
    /** Figures the question states rounded, as it states them: { "rule_share_pct(\"gdp\")": "7.1" }. */
    stated: z.record(z.string().max(200), decimalField(0, 1e15, { exclusiveMin: true })).optional(),
  })
  .superRefine((a, ctx) => {
    const need = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
    if (a.open) {
      if (a.rubric === undefined) need('rubric', 'an open question needs a rubric { "en", "fr" }');
      for (const key of ['expr', 'unit', 'tolerance', 'toleranceKind', 'stated'] as const)
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

export const exerciseFileSchema = z
  .strictObject({
    schemaVersion: z.literal(EXERCISE_SCHEMA_VERSION),
    kind: z.literal('exercise', { error: 'must be "exercise"' }),
    id: z
      .string({ error: 'must be text' })
      .regex(ID, { error: 'must be lowercase letters, digits and dashes' }),
    level: z.enum(EXERCISE_LEVELS, { error: `must be one of ${EXERCISE_LEVELS.join(', ')}` }),
    title: bilingual(200),
    goals: z.strictObject({ en: goalList, fr: goalList }, { error: 'must be { "en": […], "fr": […] }' }),
    guide: guide.optional(),
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

export type ExerciseFileParsed = z.output<typeof exerciseFileSchema>;

/** Problems with the document's kind and version, found before the schema is applied. */
export function versionProblems(doc: unknown): Problem[] {
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
