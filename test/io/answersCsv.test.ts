import { describe, expect, it } from 'vitest';
import { ANSWERS_CSV_HEADER, answersCsv, parseCsv, type AnswerRow } from '../../src/io';

const Q = 'Combien valent 175 milliards de dollars américains en dollars canadiens?';

const row = (over: Partial<AnswerRow>): AnswerRow => ({
  name: 'Zoé Tremblay',
  exerciseId: 'currency-conversion',
  questionId: 'usd-to-cad',
  question: Q,
  answer: '243,25',
  correct: 'yes',
  ...over,
});

describe('answersCsv', () => {
  it('writes one row per question under the fixed header, accents as they are, formulas neutralized', () => {
    const csv = answersCsv([
      row({}),
      row({ questionId: 'implied-rate', question: 'Quel taux de change?', answer: '1,39', correct: 'no' }),
      row({
        questionId: 'design',
        question: 'Concevez un partage «\u00a0équitable\u00a0», puis défendez-le.',
        answer: 'Selon le PIB, car "chacun paie selon ses moyens"\net le Canada est protégé.',
        correct: 'open',
      }),
      row({ name: '=HYPERLINK("http://x")', questionId: 'pounds', answer: '-18.70', correct: 'no' }),
      row({ name: '', questionId: 'rate-moves', answer: '', correct: 'no' }),
    ]);
    expect(csv).toBe(
      '\uFEFF' +
        'name,exercise_id,question_id,question,answer,correct\r\n' +
        `Zoé Tremblay,currency-conversion,usd-to-cad,${Q},"243,25",yes\r\n` +
        'Zoé Tremblay,currency-conversion,implied-rate,Quel taux de change?,"1,39",no\r\n' +
        'Zoé Tremblay,currency-conversion,design,"Concevez un partage «\u00a0équitable\u00a0», puis défendez-le.",' +
        '"Selon le PIB, car ""chacun paie selon ses moyens""\net le Canada est protégé.",open\r\n' +
        `"'=HYPERLINK(""http://x"")",currency-conversion,pounds,${Q},-18.70,no\r\n` +
        `,currency-conversion,rate-moves,${Q},,no\r\n`,
    );
  });

  it('has the same header in every language and reads back cell for cell', () => {
    expect(ANSWERS_CSV_HEADER).toEqual([
      'name',
      'exercise_id',
      'question_id',
      'question',
      'answer',
      'correct',
    ]);
    const rows = [
      row({ answer: '12,47 G$', name: '@Léa' }),
      row({ correct: 'open', answer: 'Oui, parce que…' }),
    ];
    expect(parseCsv(answersCsv(rows))).toEqual([
      [...ANSWERS_CSV_HEADER],
      ["'@Léa", 'currency-conversion', 'usd-to-cad', rows[0]?.question, '12,47 G$', 'yes'],
      ['Zoé Tremblay', 'currency-conversion', 'usd-to-cad', rows[1]?.question, 'Oui, parce que…', 'open'],
    ]);
  });

  it('is just the header for no rows', () => {
    expect(answersCsv([])).toBe('\uFEFFname,exercise_id,question_id,question,answer,correct\r\n');
  });
});
