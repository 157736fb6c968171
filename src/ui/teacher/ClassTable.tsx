/** One exercise's class results: students × questions, re-marked, then question by question. */
import { Dec, workedAnswer } from '../../core';
import { formatPct, slipText } from '../../i18n';
import type { ExerciseResults, MarkedAnswer, WrongAnswer } from '../../io';
import { answerText } from '../exercises/answerText';
import { useI18n } from '../useI18n';

const SYMBOL = { correct: '✓', incorrect: '✗', unreadable: '?', blank: '—', open: '✎' } as const;

function Cell({ a }: { a: MarkedAnswer }) {
  const { t } = useI18n();
  return (
    <td className={`mark mark-${a.mark}`}>
      <span aria-hidden="true">{SYMBOL[a.mark]} </span>
      {a.mark !== 'blank' && a.mark !== 'open' && <span className="typed">{a.answer.trim()} </span>}
      <span className="mark-word">{t(`class.mark.${a.mark}`)}</span>
      {!a.checked && a.mark !== 'blank' && <span className="unchecked"> ({t('class.mark.unchecked')})</span>}
    </td>
  );
}

function Wrong({ w }: { w: WrongAnswer }) {
  const { t, lang } = useI18n();
  const params = { answer: w.text, count: w.count };
  return (
    <li>
      {t(w.count === 1 ? 'class.results.wrongOne' : 'class.results.wrong', params)}
      {w.slip ? ` · ${slipText(w.slip, lang)}` : ''}
    </li>
  );
}

export function ClassTable({ results }: { results: ExerciseResults }) {
  const { t, lang } = useI18n();
  const { exercise, students, questions } = results;
  const heading = `class-${exercise.id}`;
  return (
    <section aria-labelledby={heading} className="class-exercise">
      <h3 id={heading}>
        {t('class.results.exercise', { title: exercise.title[lang], count: students.length })}
      </h3>
      <div className="table-scroll">
        <table className="class-table">
          <caption>{t('class.results.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('class.results.student')}</th>
              {exercise.questions.map((q, i) => (
                <th key={q.id} scope="col" title={q.prompt[lang]}>
                  {t('class.results.questionN', { n: i + 1 })}
                </th>
              ))}
              <th scope="col">{t('class.results.score')}</th>
            </tr>
          </thead>
          <tbody>
            {students.map((s) => (
              <tr key={s.file}>
                <th scope="row">{s.name}</th>
                {s.answers.map((a) => (
                  <Cell key={a.questionId} a={a} />
                ))}
                <td>{t('class.results.scoreValue', { correct: s.correct, numeric: s.numeric })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t('class.results.byQuestion')}</h4>
      <ol className="class-questions">
        {questions.map((q) => {
          const worked = workedAnswer(exercise, q.questionId);
          const pct = q.students === 0 ? undefined : new Dec(q.correct).times(100).div(q.students);
          return (
            <li key={q.questionId}>
              <p>
                {q.open
                  ? t('class.results.shareOpen', { correct: q.correct, students: q.students })
                  : t('class.results.share', {
                      correct: q.correct,
                      students: q.students,
                      pct: pct ? formatPct(pct, 0, lang) : '—',
                    })}
                {worked.kind === 'numeric' &&
                  ` · ${t('class.results.expected', { answer: answerText(worked, lang) })}`}
              </p>
              {!q.open &&
                (q.commonWrong.length === 0 ? (
                  <p className="hint">{t('class.results.noWrong')}</p>
                ) : (
                  <>
                    <p>{t('class.results.commonWrong')}</p>
                    <ul>
                      {q.commonWrong.map((w) => (
                        <Wrong key={w.text} w={w} />
                      ))}
                    </ul>
                  </>
                ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
