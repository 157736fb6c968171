/**
 * After an estimate is picked: which of the user's settings were kept (only the period follows the
 * estimate), and a button to load the estimate's own preset where there is one — so "CBO $542B"
 * at the user's 0 % inflation and the "CBO 2025 high" preset at 2 % are no longer a puzzle.
 */
import { Dec, findEstimate } from '../../core';
import { formatPct, scenarioName, translate, type Lang } from '../../i18n';
import { PRESETS, useAppStore } from '../../state';
import { useI18n } from '../useI18n';

/** A percentage as the page writes it ("2%" / "2 %", up to 2 places); as typed when it is not a number yet. */
function pctText(text: string | Dec, lang: Lang): string {
  try {
    const d = new Dec(text);
    return formatPct(d, Math.min(2, d.decimalPlaces()), lang);
  } catch {
    return String(text);
  }
}

/** The hint for the estimate just picked; `onLoad` is called when its preset is loaded instead. */
export function KeptSettings({ estimateId, onLoad }: { estimateId: string; onLoad: () => void }) {
  const { t, lang } = useI18n();
  const form = useAppStore((s) => s.form);
  const openScenario = useAppStore((s) => s.openScenario);
  const estimate = findEstimate(estimateId);
  if (!estimate || form.costMode !== 'estimate' || form.estimateId !== estimateId) return null;
  const preset = PRESETS.find((p) => p.cost.kind === 'estimate' && p.cost.estimateId === estimateId);
  const years = Number(form.years);
  const start = Number(form.startYear);
  const period = years > 1 ? `${start}–${start + years - 1}` : form.startYear;
  const pct = (text: string | Dec) => pctText(text, lang);
  return (
    <div className="kept-settings" role="status">
      <p>
        {t('explain.kept.text', {
          period,
          inflation: pct(form.inflationPct),
          growth: pct(form.costGrowthPct),
          discount: pct(form.discountRatePct),
          rule: translate(lang, `calculator.rule.${form.shareRule}`),
        })}
      </p>
      {preset && (
        <p>
          <button
            type="button"
            onClick={() => {
              if (openScenario({ kind: 'preset', id: preset.id })) onLoad();
            }}
          >
            {t('explain.kept.preset', { name: scenarioName(preset, lang) })}
          </button>{' '}
          {t('explain.kept.presetHint', {
            inflation: pct(preset.inflationPct),
            growth: pct(preset.costGrowthPct),
          })}
        </p>
      )}
    </div>
  );
}
