/**
 * An exercise's teacher guide (`?view=guide&exercise=…`): time, level, grades, prerequisites, where
 * it fits, the lesson flow, discussion prompts, and plainly that the key cannot be secret. The page
 * prints as it is (Ctrl+P or the button): the print stylesheet drops the page frame and the buttons.
 */
import { lessonMinutes, type Exercise } from '../../core';
import { useI18n } from '../useI18n';
import { LocalLinkHint } from '../LocalLinkHint';
import { RouteLink, studentLink } from '../exercises/links';
import { PageNumbers } from '../exercises/PageNumbers';
import './teaching.css';

function GuideList({ heading, items, id }: { heading: string; items: readonly string[]; id: string }) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className="guide-list">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export function TeacherGuide({ exercise }: { exercise: Exercise }) {
  const { t, lang } = useI18n();
  const guide = exercise.guide;
  const title = exercise.title[lang];
  const open = exercise.questions.filter((q) => q.answer.kind === 'open');
  const { from, to } = guide?.grades ?? { from: 0, to: 0 };
  return (
    <article className="teacher-guide">
      <p className="no-print">
        <RouteLink to={{ view: 'teacher' }}>{t('class.teacher.back')}</RouteLink>
      </p>
      <h2>{t('teaching.guide.title', { title })}</h2>
      <div className="button-row no-print">
        <button type="button" onClick={() => window.print()}>
          {t('teaching.guide.print')}
        </button>
        <RouteLink to={{ view: 'projector', exercise: exercise.id }} className="button-link">
          {t('teaching.projector.link')}
        </RouteLink>
        <RouteLink to={{ view: 'teacher', exercise: exercise.id }} className="button-link">
          {t('exercises.teacherKey')}
        </RouteLink>
      </div>
      {!guide ? (
        <p>{t('teaching.guide.none')}</p>
      ) : (
        <>
          <section aria-labelledby="guide-summary">
            <h3 id="guide-summary">{t('teaching.guide.summary')}</h3>
            <dl className="guide-summary">
              <div>
                <dt>{t('teaching.guide.time')}</dt>
                <dd>{t('teaching.guide.minutes', { n: lessonMinutes(guide) })}</dd>
              </div>
              <div>
                <dt>{t('teaching.guide.level')}</dt>
                <dd>{t(`exercises.level.${exercise.level}`)}</dd>
              </div>
              <div>
                <dt>{t('teaching.guide.grades')}</dt>
                <dd>
                  {t(from === to ? 'teaching.guide.gradesOne' : 'teaching.guide.gradesRange', { from, to })}
                </dd>
              </div>
              <div>
                <dt>{t('teaching.guide.questions')}</dt>
                <dd>
                  {open.length === 0
                    ? exercise.questions.length
                    : t('teaching.guide.questionsValue', {
                        count: exercise.questions.length,
                        open: open.length,
                      })}
                </dd>
              </div>
            </dl>
          </section>
          <GuideList id="guide-goals" heading={t('teaching.guide.goals')} items={exercise.goals[lang]} />
          <GuideList
            id="guide-prerequisites"
            heading={t('teaching.guide.prerequisites')}
            items={guide.prerequisites[lang]}
          />
          <GuideList id="guide-fits" heading={t('teaching.guide.fitsIn')} items={guide.fitsIn[lang]} />
          <section aria-labelledby="guide-flow">
            <h3 id="guide-flow">{t('teaching.guide.flow')}</h3>
            <ol className="guide-flow">
              {guide.flow.map((step, i) => (
                <li key={i}>
                  <strong>
                    {t('teaching.guide.step', {
                      minutes: step.minutes,
                      activity: t(`teaching.activity.${step.activity}`),
                    })}
                  </strong>
                  <p>{step.text[lang]}</p>
                </li>
              ))}
            </ol>
          </section>
          <GuideList id="guide-prompts" heading={t('teaching.guide.prompts')} items={guide.prompts[lang]} />
          {open.length > 0 && (
            <GuideList
              id="guide-open"
              heading={t('teaching.guide.openQuestions')}
              items={open.map((q) => q.prompt[lang])}
            />
          )}
        </>
      )}
      <section aria-labelledby="guide-key" className="teacher-warning">
        <h3 id="guide-key">{t('teaching.guide.keyHeading')}</h3>
        <p>{t('teaching.guide.keyText')}</p>
      </section>
      <section aria-labelledby="guide-link">
        <h3 id="guide-link">{t('teaching.guide.studentLink')}</h3>
        <p className="guide-url">{studentLink(exercise.id, lang).url}</p>
        <LocalLinkHint link={studentLink(exercise.id, lang)} />
      </section>
      <PageNumbers />
    </article>
  );
}
