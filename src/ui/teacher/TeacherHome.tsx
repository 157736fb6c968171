/**
 * The teacher page (`?view=teacher`): says plainly that the keys are not secret, leads to the class
 * results, and lists each exercise with its key, its student view, its teacher guide, its projector
 * mode and the link for students.
 */
import { useI18n } from '../useI18n';
import { EXERCISES } from '../exercises/exerciseCatalog';
import { RouteLink } from '../exercises/links';
import { ShareLink } from '../exercises/ShareLink';

export function TeacherHome() {
  const { t, lang } = useI18n();
  return (
    <>
      <h2>{t('class.teacher.title')}</h2>
      <p className="teacher-warning">{t('class.teacher.notSecret')}</p>
      <section aria-labelledby="class-heading">
        <h3 id="class-heading">{t('class.teacher.classHeading')}</h3>
        <p>{t('class.teacher.classIntro')}</p>
        <p>
          <RouteLink to={{ view: 'class' }} className="button-link">
            {t('class.teacher.classLink')}
          </RouteLink>
        </p>
      </section>
      <section aria-labelledby="teacher-exercises-heading">
        <h3 id="teacher-exercises-heading">{t('class.teacher.exercises')}</h3>
        <ul className="exercise-list">
          {EXERCISES.map((e) => (
            <li key={e.id} className="exercise-item">
              <h4>{e.title[lang]}</h4>
              <p className="exercise-links">
                <RouteLink to={{ view: 'teacher', exercise: e.id }}>
                  {t('exercises.teacherKey')} <span className="visually-hidden">— {e.title[lang]}</span>
                </RouteLink>
                <RouteLink to={{ view: 'exercises', exercise: e.id }}>
                  {t('exercises.studentView')} <span className="visually-hidden">— {e.title[lang]}</span>
                </RouteLink>
                <RouteLink to={{ view: 'guide', exercise: e.id }}>
                  {t('teaching.guide.link')} <span className="visually-hidden">— {e.title[lang]}</span>
                </RouteLink>
                <RouteLink to={{ view: 'projector', exercise: e.id }}>
                  {t('teaching.projector.link')} <span className="visually-hidden">— {e.title[lang]}</span>
                </RouteLink>
              </p>
              <ShareLink exerciseId={e.id} title={e.title[lang]} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
