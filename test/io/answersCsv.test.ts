import { describe, expect, it } from 'vitest';
import {
  ANSWERS_CSV_HEADER,
  answersCsv,
  answersFileName,
  parseCsv,
  savedAtText,
  unguardFormula,
  type AnswerRow,
} from '../../src/io';

const Q = 'Combien valent 175 milliards de dollars américains en dollars canadiens?';
const AT = '2026-03-04T09:05:07-05:00';

const row = (over: Partial<AnswerRow>): AnswerRow => ({
  exerciseId: 'currency-conversion',
  name: 'Zoé Tremblay',
  savedAt: AT,
  lang: 'fr',
  questionId: 'usd-to-cad',
  question: Q,
  answer: '243,25',
  checked: true,
  result: 'correct',
  ...over,
});

describe('answersCsv', () => {
  it('writes who, when, the language, the raw answer, whether it was checked and the result', () => {
    const csv = answersCsv([
      row({}),
      row({
        questionId: 'implied-rate',
        question: 'Quel taux?',
        answer: '1,39',
        checked: false,
        result: 'incorrect',
      }),
      row({ name: '=HYPERLINK("http://x")', questionId: 'pounds', answer: '-12,5', result: 'incorrect' }),
    ]);
    expect(csv).toBe(
      '\uFEFF' +
        'exercise_id,name,saved_at,lang,question_id,question,answer,checked,result\r\n' +
        `currency-conversion,Zoé Tremblay,${AT},fr,usd-to-cad,${Q},"243,25",yes,correct\r\n` +
        `currency-conversion,Zoé Tremblay,${AT},fr,implied-rate,Quel taux?,"1,39",no,incorrect\r\n` +
        `currency-conversion,"'=HYPERLINK(""http://x"")",${AT},fr,pounds,${Q},"'-12,5",yes,incorrect\r\n`,
    );
  });

  it('has the same header in every language and reads back cell for cell, guard removed', () => {
    expect(ANSWERS_CSV_HEADER.join(',')).toBe(
      'exercise_id,name,saved_at,lang,question_id,question,answer,checked,result',
    );
    const rows = parseCsv(answersCsv([row({ answer: '-12.5 $' })]));
    expect(rows[1]?.[6]).toBe("'-12.5 $");
    expect(unguardFormula(rows[1]?.[6] ?? '')).toBe('-12.5 $');
    expect(unguardFormula("'plain")).toBe("'plain");
  });
});

describe('savedAtText', () => {
  it('writes local time with its offset, to the second', () => {
    const epoch = Date.UTC(2026, 2, 4, 14, 5, 7);
    expect(savedAtText(epoch, -300)).toBe(AT);
    expect(savedAtText(epoch, 0)).toBe('2026-03-04T14:05:07+00:00');
    expect(savedAtText(epoch, 330)).toBe('2026-03-04T19:35:07+05:30');
    expect(savedAtText(Date.UTC(2026, 0, 1, 2, 0, 0), -210)).toBe('2025-12-31T22:30:00-03:30');
    expect(Date.parse(savedAtText(epoch, -300))).toBe(epoch);
  });
});

describe('answersFileName', () => {
  it('carries the exercise, the name and the date, safe for any file system', () => {
    expect(answersFileName('per-person', 'Zoé Tremblay', AT)).toBe(
      'per-person.Zoé-Tremblay.2026-03-04.answers.csv',
    );
    expect(answersFileName('per-person', ' a/b\\c:d*?"<>| ', AT)).toBe(
      'per-person.a-b-c-d.2026-03-04.answers.csv',
    );
    expect(answersFileName('per-person', '..', AT)).toBe('per-person.student.2026-03-04.answers.csv');
    expect(answersFileName('per-person', 'x'.repeat(100), AT)).toBe(
      `per-person.${'x'.repeat(40)}.2026-03-04.answers.csv`,
    );
  });
});
