/**
 * The exercises area (list, student view, teacher key, print). Its code and the exercise files load
 * in their own chunk, so the calculator does not wait for them.
 */
import { lazy, Suspense } from 'react';
import type { Route } from '../route';
import { useI18n } from '../useI18n';

const ExercisesView = lazy(() => import('./ExercisesView'));

function Loading() {
  const { t } = useI18n();
  return (
    <main id="main" className="exercises" tabIndex={-1}>
      <p className="hint">{t('exercises.loading')}</p>
    </main>
  );
}

export function ExercisesPage({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Loading />}>
      <ExercisesView route={route} />
    </Suspense>
  );
}
