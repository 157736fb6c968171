/** The preset picker: open one of the shipped scenarios; "your own scenario" while the form is none of them. */
import { scenarioName } from '../../i18n';
import { PRESETS, useAppStore } from '../../state';
import { useI18n } from '../useI18n';

export function PresetPicker() {
  const { t, lang } = useI18n();
  const formId = useAppStore((s) => s.form.id);
  const openScenario = useAppStore((s) => s.openScenario);
  const current = PRESETS.some((p) => p.id === formId) ? formId : '';
  return (
    <div className="select-field">
      <label htmlFor="preset">{t('calculator.preset.label')}</label>
      <select
        id="preset"
        value={current}
        onChange={(e) => {
          if (e.target.value !== '') openScenario({ kind: 'preset', id: e.target.value });
        }}
      >
        {current === '' && <option value="">{t('calculator.preset.own')}</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {scenarioName(p, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}
