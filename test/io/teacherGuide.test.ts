import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lessonMinutes } from '../../src/core';
import { parseExerciseDoc } from '../../src/io';
import { findPreset } from '../../src/state';

const DIR = join(import.meta.dirname, '..', '..', 'scenarios', 'exercises');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

type Doc = Record<string, unknown> & { guide?: Record<string, unknown> };
const read = (file: string): Doc => JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Doc;

function problems(doc: unknown): string[] {
  const parsed = parseExerciseDoc(doc, findPreset);
  return parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('the teacher guide in an exercise file', () => {
  it('every shipped exercise has a guide with a lesson flow of 45 to 80 minutes and a group step', () => {
    for (const file of FILES) {
      const parsed = parseExerciseDoc(read(file), findPreset);
      if (!parsed.ok) throw new Error(file);
      const guide = parsed.exercise.guide;
      expect(guide, file).toBeDefined();
      if (!guide) continue;
      expect(lessonMinutes(guide), file).toBeGreaterThanOrEqual(45);
      expect(lessonMinutes(guide), file).toBeLessThanOrEqual(80);
      expect(
        guide.flow.map((s) => s.activity),
        file,
      ).toEqual(expect.arrayContaining(['demo', 'individual']));
      expect(
        guide.flow.some((s) => s.activity === 'group'),
        file,
      ).toBe(true);
      expect(guide.prompts.en.length, file).toBeGreaterThan(0);
    }
  });

  it('is optional: a file without one (as before guides existed) is still valid', () => {
    const doc = read('per-person.json');
    delete doc.guide;
    const parsed = parseExerciseDoc(doc, findPreset);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.exercise.guide).toBeUndefined();
  });

  it('reports a bad guide by field path', () => {
    const doc = read('per-person.json');
    const guide = doc.guide ?? {};
    const flow = guide['flow'] as Record<string, unknown>[];
    doc.guide = {
      ...guide,
      grades: { from: 12, to: 11 },
      prerequisites: { en: ['a', 'b'], fr: ['a'] },
      flow: [{ ...flow[0], activity: 'lecture', minutes: 0 }],
      colour: 'blue',
    };
    const found = problems(doc);
    expect(found).toEqual(
      expect.arrayContaining([
        'guide.grades.to: "from" must not be after "to"',
        'guide.prerequisites.fr: has 1 items, "en" has 2',
        expect.stringMatching(
          /^guide\.flow\.0\.activity: must be one of demo, individual, pairs, group, wrap-up/,
        ),
        'guide.flow.0.minutes: must be a whole number of minutes from 1 to 180',
        expect.stringMatching(/^guide.*colour/),
      ]),
    );
  });

  it('needs both languages in every text of the guide', () => {
    const doc = read('per-person.json');
    const guide = doc.guide ?? {};
    const flow = guide['flow'] as Record<string, unknown>[];
    doc.guide = { ...guide, flow: [{ ...flow[0], text: { en: 'Demo' } }] };
    expect(problems(doc)).toEqual([expect.stringMatching(/^guide\.flow\.0\.text\.fr: missing/)]);
  });
});
