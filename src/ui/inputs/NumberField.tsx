/**
 * A slider and a typed field for one number, kept in sync and named alike ("Years"), with its unit,
 * range, and marks where sourced values sit. A typed value outside the range is refused with a
 * message and changes nothing.
 */
import { useId, useState, type KeyboardEvent } from 'react';

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
  readonly marks?: readonly Mark[];
  readonly hint?: string;
  readonly onChange: (value: string) => void;
}

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Why `text` is not acceptable, or null if it is. Compares as decimals of at most 15 digits. */
export function rangeProblem(text: string, min: number, max: number, step: number): string | null {
  const t = text.trim();
  if (!DECIMAL.test(t)) return 'Enter a number, such as 2.5.';
  const n = Number(t);
  if (n < min || n > max) return `Enter a value from ${min} to ${max}.`;
  if (Number.isInteger(step) && step >= 1 && !Number.isInteger(n)) return 'Enter a whole number.';
  return null;
}

export function NumberField({
  label,
  unit,
  value,
  min,
  max,
  step,
  marks = [],
  hint,
  onChange,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? value;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', `${id}-unit`]
    .filter(Boolean)
    .join(' ');

  // A typed value is applied when complete (Enter or leaving the field), so "51" in a 1–50 field
  // is refused as a whole instead of applying "5" on the way.
  const commit = () => {
    if (draft === null) return;
    const problem = rangeProblem(draft, min, max, step);
    setError(problem);
    if (problem !== null) return;
    setDraft(null);
    if (draft.trim() !== value) onChange(draft.trim());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(null);
      setError(null);
    }
  };
  const sliderValue = Math.min(max, Math.max(min, Number(value) || 0));

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
            aria-describedby={describedBy}
            aria-invalid={error !== null}
            value={shown}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={onKeyDown}
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
        aria-valuetext={`${value} ${unit}`}
        min={min}
        max={max}
        step={step}
        value={sliderValue}
        list={marks.length > 0 ? `${id}-marks` : undefined}
        onChange={(e) => {
          setDraft(null);
          setError(null);
          onChange(e.target.value);
        }}
      />
      {marks.length > 0 && (
        <>
          <datalist id={`${id}-marks`}>
            {marks.map((m) => (
              <option key={m.value} value={m.value} label={m.label} />
            ))}
          </datalist>
          <div className="field-marks" role="group" aria-label={`${label}: sourced values`}>
            {marks.map((m) => (
              <button
                key={`${m.value}-${m.label}`}
                type="button"
                className="mark"
                aria-pressed={value === m.value}
                onClick={() => {
                  setDraft(null);
                  setError(null);
                  onChange(m.value);
                }}
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
        <p className="field-error" id={`${id}-error`} role="alert">
          {label}: {error}
        </p>
      )}
    </div>
  );
}
