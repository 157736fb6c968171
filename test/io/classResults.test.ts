import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberMarks } from '../../src/i18n';
import {
  answerResult,
  answersCsv,
  CLASS_CSV_HEADER,
  classCsv,
  gradeClass,
  parseCsv,
  type AnswerRow,
  type AnswersInput,
} from '../../src/io';
import { cli } from '../support/cli';
import { EXERCISES, exercise } from '../support/exercises';

const CC = exercise('currency-conversion');
const bytes = (text: string) => new TextEncoder().encode(text);

/** An answers file as the student page writes it; `edit` changes its text afterwards. */
function answersFile(
  name: string,
  answers: Record<string, string>,
  opts: { lang?: 'en' | 'fr'; at?: string; file?: string; edit?: (t: string) => string } = {},
): AnswersInput {
  const lang = opts.lang ?? 'en';
  const savedAt = opts.at ?? '2026-03-04T09:05:07-05:00';
  const rows: AnswerRow[] = CC.questions.map((q) => ({
    exerciseId: CC.id,
    name,
    savedAt,
    lang,
    questionId: q.id,
    question: q.prompt[lang],
    answer: answers[q.id] ?? '',
    checked: true,
    result: answerResult(CC, q.id, answers[q.id] ?? '', numberMarks(lang)),
  }));
  const text = answersCsv(rows);
  return { name: opts.file ?? `${name}.answers.csv`, bytes: bytes(opts.edit ? opts.edit(text) : text) };
}

const grade = (files: AnswersInput[]) => gradeClass(files, EXERCISES, numberMarks);

describe('gradeClass', () => {
  const zoe = answersFile('Zoé', { 'usd-to-cad': '243,25', pounds: '18,70' }, { lang: 'fr' });
  const adam = answersFile('adam', { 'usd-to-cad': '125.90', 'implied-rate': '1.39', pounds: '-12.5' });
  const edited = answersFile(
    'Bo',
    { 'usd-to-cad': '245' },
    { edit: (t) => t.replace(/,incorrect\r\n/, ',correct\r\n') },
  );

  it('re-marks each answer from the raw text in the file’s language, ignoring the file’s result', () => {
    const r = grade([zoe, adam, edited]);
    expect(r.notMarked).toEqual([]);
    const [cc] = r.exercises;
    expect(cc?.students.map((s) => [s.name, s.correct, s.answers.map((a) => a.mark)])).toEqual([
      ['adam', 0, ['incorrect', 'incorrect', 'incorrect', 'blank']],
      ['Bo', 0, ['incorrect', 'blank', 'blank', 'blank']],
      ['Zoé', 2, ['correct', 'blank', 'correct', 'blank']],
    ]);
    expect(r.warnings).toEqual([
      { file: 'Bo.answers.csv', problem: { kind: 'resultEdited', questionIds: ['usd-to-cad'] } },
    ]);
    // The formula guard written before "-12.5" is removed: the number read is −12.5.
    expect(cc?.students[0]?.answers[2]?.value?.toString()).toBe('-12.5');
  });

  it('gives per question the share correct and the most common wrong answers with their slip', () => {
    const q1 = grade([zoe, adam, edited]).exercises[0]?.questions[0];
    expect(q1).toMatchObject({ questionId: 'usd-to-cad', correct: 1, students: 3 });
    expect(q1?.commonWrong.map((w) => [w.text, w.count, w.slip?.kind])).toEqual([
      ['125.9', 1, 'rateWrongWay'],
      ['245', 1, 'roundedInput'],
    ]);
  });

  it('lists foreign, damaged, older and superseded files with what is wrong, and marks the others', () => {
    const later = answersFile(
      'zoé ',
      { 'usd-to-cad': '1' },
      { at: '2026-03-04T10:00:00-05:00', file: 'z2.csv' },
    );
    const r = grade([
      zoe,
      later,
      { name: 'scenario.json', bytes: bytes('{"schemaVersion":2}') },
      { name: 'old.csv', bytes: bytes('\uFEFFname,exercise_id,question_id,question,answer,correct\r\n') },
      { name: 'big.csv', bytes: 'tooLarge' },
      { name: 'bin.csv', bytes: new Uint8Array([0xff, 0xff, 0x00, 0x41]) },
      answersFile(
        'Eve',
        {},
        { file: 'lang.csv', edit: (t) => t.replace(',en,usd-to-cad', ',de,usd-to-cad') },
      ),
      answersFile('Eve', {}, { file: 'short.csv', edit: (t) => t.split('\r\n').slice(0, 3).join('\r\n') }),
      answersFile('', {}, { file: 'noname.csv' }),
    ]);
    expect(r.notMarked.map((p) => [p.file, p.problem.kind])).toEqual([
      ['Zoé.answers.csv', 'superseded'],
      ['big.csv', 'tooLarge'],
      ['bin.csv', 'notText'],
      ['lang.csv', 'cell'],
      ['noname.csv', 'noName'],
      ['old.csv', 'olderVersion'],
      ['scenario.json', 'foreign'],
      ['short.csv', 'missingQuestions'],
    ]);
    expect(r.notMarked.find((p) => p.file === 'lang.csv')?.problem).toEqual({
      kind: 'cell',
      line: 2,
      column: 'lang',
      reason: 'value',
      value: 'de',
    });
    expect(r.exercises[0]?.students.map((s) => s.file)).toEqual(['z2.csv']);
  });

  it('does not depend on the order of the files', () => {
    expect(classCsv(grade([edited, adam, zoe]))).toBe(classCsv(grade([zoe, adam, edited])));
  });
});

describe('classCsv and `grade`', () => {
  it('writes one row per student and question, and the command line writes the same bytes', () => {
    const files = [
      answersFile('Zoé', { 'usd-to-cad': '243,25' }, { lang: 'fr' }),
      answersFile('adam', { 'usd-to-cad': '243250000000' }),
    ];
    const csv = classCsv(grade(files));
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CLASS_CSV_HEADER]);
    expect(rows[1]).toEqual([
      'currency-conversion',
      'adam',
      '2026-03-04T09:05:07-05:00',
      'en',
      'adam.answers.csv',
      'usd-to-cad',
      '243250000000',
      'yes',
      'incorrect',
      '243.25',
      'power_of_ten',
      '1e9',
    ]);
    expect(rows[5]?.slice(0, 10)).toEqual([
      'currency-conversion',
      'Zoé',
      '2026-03-04T09:05:07-05:00',
      'fr',
      'Zoé.answers.csv',
      'usd-to-cad',
      '243,25',
      'yes',
      'correct',
      '243.25',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'gd-grade-'));
    const paths = files.map((f) => {
      const path = join(dir, f.name);
      if (f.bytes !== 'tooLarge') writeFileSync(path, f.bytes);
      return path;
    });
    writeFileSync(join(dir, 'junk.csv'), 'hello');
    const run = cli('grade', ...paths, join(dir, 'junk.csv'), '--out', join(dir, 'out'));
    expect(run.code).toBe(0);
    expect(run.err).toBe('junk.csv: not marked: not an answers file from this app');
    expect(readFileSync(join(dir, 'out', 'class-results.csv'), 'utf8')).toBe(csv);
    expect(cli('grade', join(dir, 'junk.csv'), '--out', join(dir, 'out2')).code).toBe(1);
  });
});
