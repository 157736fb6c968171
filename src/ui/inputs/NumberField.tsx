/**
 * A slider and a typed field for one number, kept in sync and named alike ("Years"), with its unit,
 * range, and marks where sourced values sit. Typed text is read the one way the page reads numbers
 * in its language (readField); text that cannot be read, or a value outside the range, is refused
 * with a message saying how to type it, and changes nothing (useTypedDraft).
 */
import { useId, type ReactNode } from 'react';
import { decimalText } from '../../i18n';
import { useI18n } from '../useI18n';
import { useFieldProblem } from './fieldProblems';
import { describedBy, sliderPosition } from './fieldParts';
import { useTypedDraft } from './useTypedDraft';

export interface Mark {
  readonly value: string;
  readonly label: string;
}

export interface NumberFieldProps {
  readonly label: string;
  /** Shown after the field, e.g. "US$ billions" or "%". */
  readonly unit: string;
  readonly value: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** A calendar year: no thousands separators in its range ("2000 to 2100"). */
  readonly year?: boolean;
  readonly marks?: readonly Mark[];
  readonly hint?: ReactNode;
  /** The scenario-file field this edits (`share.amount`), so a problem the scenario has there marks it. */
  readonly path?: string;
  readonly onChange: (value: string) => void;
}

export function NumberField({
  label,
  unit,
  value,
  min,
  max,
  step,
  year = false,
  marks = [],
  hint,
  path,
  onChange,
}: NumberFieldProps) {
  const id = useId();
  const { t, lang } = useI18n();
  const draft = useTypedDraft(value, { min, max, step, year }, lang, onChange);
  const scenarioProblem = useFieldProblem(path);
  const error = draft.refusal ?? scenarioProblem?.message ?? null;

  return (
    <div className="field">
      <div className="field-head">
        <span className="field-label" id={`${id}-label`}>
          {label}
        </span>
        <span className="field-entry">
          <input
            type="text"
            inputMode="decimal"
            className="field-number"
            aria-labelledby={`${id}-label`}
            aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
            aria-invalid={error !== null}
            value={draft.shown}
            onChange={(e) => draft.type(e.target.value)}
            onBlur={draft.commit}
            onKeyDown={draft.onKeyDown}
          />
          <span className="field-unit" id={`${id}-unit`}>
            {unit}
          </span>
        </span>
      </div>
      <input
        type="range"
        className="field-slider"
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-unit`}
        aria-valuetext={`${decimalText(value, lang)} ${unit}`}
        min={min}
        max={max}
        step={step}
        value={sliderPosition(value, min, max)}
        list={marks.length > 0 ? `${id}-marks` : undefined}
        onChange={(e) => draft.set(e.target.value)}
      />
      {marks.length > 0 && (
        <>
          <datalist id={`${id}-marks`}>
            {marks.map((m) => (
              <option key={m.value} value={m.value} label={m.label} />
            ))}
          </datalist>
          <div className="field-marks" role="group" aria-label={t('calculator.field.marks', { label })}>
            {marks.map((m) => (
              <button
                key={`${m.value}-${m.label}`}
                type="button"
                className="mark"
                aria-pressed={value === m.value}
                onClick={() => draft.set(m.value)}
              >
                {m.label}
              </button>
            ))}
          </div>
        </>
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        // A typed value refused here is announced; a scenario problem is announced with the results.
        <p className="field-error" id={`${id}-error`} role={draft.refused ? 'alert' : undefined}>
          {t('calculator.problem', { field: label, message: error })}
        </p>
      )}
    </div>
  );
}
