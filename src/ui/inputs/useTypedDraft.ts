/**
 * The text typed in a number field until it is applied. A typed value is applied when complete
 * (Enter or leaving the field), so "51" in a 1–50 field is refused as a whole instead of applying
 * "5" on the way; refused text stays in the field with its message, and Escape gives it up. A
 * value set another way (the slider, a mark) drops any draft.
 */
import { useState, type KeyboardEvent } from 'react';
import { decimalText, type Lang } from '../../i18n';
import { readField, type FieldLimits } from './readField';

export interface TypedDraft {
  /** What the field shows: the draft, or the value in the page's language. */
  readonly shown: string;
  /** Why the refused text was refused, in the page's language (it follows a language switch). */
  readonly refusal: string | null;
  /** Text was refused just now (announced), rather than a problem of the scenario. */
  readonly refused: boolean;
  readonly type: (text: string) => void;
  readonly commit: () => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  /** Sets the value directly, dropping any draft. */
  readonly set: (value: string) => void;
}

export function useTypedDraft(
  value: string,
  limits: FieldLimits,
  lang: Lang,
  onChange: (value: string) => void,
): TypedDraft {
  const [draft, setDraft] = useState<string | null>(null);
  // The refused text, not its message: the message follows a language switch.
  const [refused, setRefused] = useState<string | null>(null);
  const reading = refused === null ? null : readField(refused, limits, lang);
  const commit = () => {
    if (draft === null) return;
    const read = readField(draft, limits, lang);
    setRefused(read.ok ? null : draft);
    if (!read.ok) return;
    setDraft(null);
    if (read.value !== value) onChange(read.value);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(null);
      setRefused(null);
    }
  };
  const set = (next: string) => {
    setDraft(null);
    setRefused(null);
    onChange(next);
  };
  return {
    shown: draft ?? decimalText(value, lang),
    refusal: reading && !reading.ok ? reading.message : null,
    refused: refused !== null,
    type: setDraft,
    commit,
    onKeyDown,
    set,
  };
}
