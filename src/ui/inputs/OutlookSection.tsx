/** Section 5: GDP and defence budgets year by year, as given or projected (docs/model.md §12). */
import { Fragment, memo } from 'react';
import { GROWTH_FIGURES, GROWTH_KEYS, OUTLOOK_LIMITS, type BudgetPathName } from '../../core';
import { pctText, referenceLabel, type BudgetField } from '../../i18n';
import { BUDGET_FIELDS, useAppStore, type OutlookForm } from '../../state';
import { useFormFields } from '../../state/formFields';

import { SourceCite } from '../SourceCite';
import { useI18n } from '../useI18n';
import { ChoiceGroup } from './ChoiceGroup';
import { NumberField } from './NumberField';
import {
  growthMarks,
  modeChoices,
  PATH_FIGURES,
  pathChoices,
  targetMarks,
  type OutlookMode,
} from './outlookChoices';

const L = OUTLOOK_LIMITS;

export const OutlookSection = memo(function OutlookSection() {
  const { t, lang } = useI18n();
  const { outlook } = useFormFields('outlook');
  const editForm = useAppStore((s) => s.edit);
  const edit = (field: string, patch: Partial<OutlookForm>) =>
    editForm(`outlook.${field}`, { outlook: { ...outlook, ...patch } });
  const editPath = (budget: BudgetField, patch: Partial<OutlookForm[BudgetField]>) =>
    edit(budget, { [budget]: { ...outlook[budget], ...patch } });
  return (
    <fieldset className="section outlook-section">
      <legend>{t('calculator.outlook.legend')}</legend>
      <p className="section-note">{t('calculator.outlook.note')}</p>
      <ChoiceGroup<OutlookMode>
        legend={t('calculator.outlook.modeLegend')}
        name="outlook-mode"
        value={outlook.projected ? 'projected' : 'given'}
        choices={modeChoices(t, lang)}
        onChange={(mode) => edit('projected', { projected: mode === 'projected' })}
      />
      {outlook.projected && (
        <>
          {GROWTH_KEYS.map((key) => (
            <NumberField
              key={key}
              label={t(`calculator.outlook.${key}`)}
              path={`outlook.${key}`}
              unit={t('calculator.unit.pctYear')}
              value={outlook[key]}
              min={L.growthPct.min}
              max={L.growthPct.max}
              step={0.1}
              marks={growthMarks(key, t, lang)}
              hint={
                <>
                  {t('calculator.outlook.growthDefault', {
                    value: pctText(GROWTH_FIGURES[key].value, lang),
                    label: referenceLabel(GROWTH_FIGURES[key], lang),
                  })}{' '}
                  <SourceCite source={GROWTH_FIGURES[key].source} lang={lang} />.
                </>
              }
              onChange={(v) => edit(key, { [key]: v })}
            />
          ))}
          {BUDGET_FIELDS.map((budget) => (
            <Fragment key={budget}>
              <ChoiceGroup<BudgetPathName>
                legend={t(`calculator.outlook.${budget}`)}
                name={`outlook-${budget}`}
                value={outlook[budget].path}
                choices={pathChoices(budget, lang)}
                onChange={(path) => editPath(budget, { path })}
              />
              {outlook[budget].path === 'target' && (
                <>
                  <NumberField
                    label={t(`calculator.outlook.${budget}.targetPct`)}
                    path={`outlook.${budget}.targetPct`}
                    unit={t('calculator.outlook.unit.pctGdp')}
                    value={outlook[budget].targetPct}
                    min={L.targetPct.min}
                    max={L.targetPct.max}
                    step={0.1}
                    marks={targetMarks(lang)}
                    onChange={(targetPct) => editPath(budget, { targetPct })}
                  />
                  <NumberField
                    label={t(`calculator.outlook.${budget}.targetYear`)}
                    path={`outlook.${budget}.targetYear`}
                    unit={t('calculator.unit.year')}
                    value={outlook[budget].targetYear}
                    min={L.targetYear.min}
                    max={L.targetYear.max}
                    step={1}
                    year
                    onChange={(targetYear) => editPath(budget, { targetYear })}
                  />
                </>
              )}
            </Fragment>
          ))}
          <p className="field-hint">
            {t('calculator.outlook.sources')}{' '}
            {PATH_FIGURES.map((figure, i) => (
              <Fragment key={figure.label}>
                {i > 0 && '; '}
                {referenceLabel(figure, lang)}: <SourceCite source={figure.source} lang={lang} />
              </Fragment>
            ))}
            .
          </p>
          <NumberField
            label={t('calculator.outlook.thresholdPct')}
            path="outlook.thresholdPct"
            unit={t('calculator.outlook.unit.pctBudget')}
            value={outlook.thresholdPct}
            min={L.thresholdPct.min}
            max={L.thresholdPct.max}
            step={0.5}
            hint={t('calculator.outlook.thresholdHint')}
            onChange={(thresholdPct) => edit('thresholdPct', { thresholdPct })}
          />
        </>
      )}
    </fieldset>
  );
});
