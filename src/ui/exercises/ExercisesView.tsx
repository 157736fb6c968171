/**
 * The exercises area, loaded in its own chunk: the list and an exercise's student view
 * (`?view=exercises`), the teacher page and its keys (`?view=teacher`), the class results
 * (`?view=class`), the print layouts, and what went wrong with the stored progress, if anything.
 */
import { useEffect, useRef } from 'react';
import { useProgressStore } from '../../state';
import type { Route } from '../route';
import { useI18n } from '../useI18n';
import { findExercise } from './exerciseCatalog';
import { ClassResultsView } from '../teacher/ClassResultsView';
import { Projector } from '../teacher/Projector';
import { TeacherGuide } from '../teacher/TeacherGuide';
import { TeacherHome } from '../teacher/TeacherHome';
import type { Exercise } from '../../core';
import { ExerciseList } from './ExerciseList';
import './exercises.css';
import { RouteLink } from './links';
import { PrintSheet } from './PrintSheet';
import { StudentView } from './StudentView';
import { TeacherKey } from './TeacherKey';
import { usePrint } from './usePrint';

function ProgressNotice() {
  const { t } = useI18n();
  const notice = useProgressStore((s) => s.notice);
  const dismiss = useProgressStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice-region no-print">
      <div className="notice notice-error" role="alert">
        <p>{t(`exercises.notice.${notice}`)}</p>
        <button type="button" onClick={dismiss}>
          {t('exercises.dismiss')}
        </button>
      </div>
    </div>
  );
}

/** The teacher's views: the teacher page, and an exercise's key, guide and projector mode. */
const TEACHER_VIEWS: readonly Route['view'][] = ['teacher', 'guide', 'projector'];

function ExerciseView({ route }: { route: Route }) {
  const { t } = useI18n();
  const exercise = findExercise(route.exercise);
  if (!exercise)
    return (
      <>
        <h2>{t('exercises.notFound', { id: route.exercise ?? '' })}</h2>
        <p>
          <RouteLink to={{ view: TEACHER_VIEWS.includes(route.view) ? 'teacher' : route.view }}>
            {t('exercises.back')}
          </RouteLink>
        </p>
      </>
    );
  if (route.view === 'guide') return <TeacherGuide exercise={exercise} />;
  if (route.view === 'projector') return <Projector exercise={exercise} />;
  return <PrintableExercise route={route} exercise={exercise} />;
}

/** The student view or the teacher key, with the print layout that Ctrl+P and the print buttons print. */
function PrintableExercise({ route, exercise }: { route: Route; exercise: Exercise }) {
  const { mode, print } = usePrint();
  return (
    <>
      <div className="exercise-screen">
        {route.view === 'teacher' ? (
          <TeacherKey exercise={exercise} onPrint={print} />
        ) : (
          <StudentView exercise={exercise} onPrint={() => print('worksheet')} />
        )}
      </div>
      <PrintSheet exercise={exercise} mode={mode} />
    </>
  );
}

export default function ExercisesView({ route }: { route: Route }) {
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const where = `${route.view}|${route.exercise ?? ''}`;
  // Moving between views inside the area: put keyboard and screen-reader focus at the new page's start.
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [where]);
  return (
    <main id="main" className="exercises" tabIndex={-1} ref={main}>
      <ProgressNotice />
      {route.view === 'class' ? (
        <ClassResultsView />
      ) : route.exercise !== null ? (
        <ExerciseView key={where} route={route} />
      ) : TEACHER_VIEWS.includes(route.view) ? (
        <TeacherHome />
      ) : (
        <ExerciseList />
      )}
    </main>
  );
}
