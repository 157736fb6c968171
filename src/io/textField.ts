/** A zod field for text from a file: its type, emptiness and length each refused with their own message. */
import { z } from 'zod';
import { groupThousands } from '../core';

/** The message for text over its limit: "too long (at most 200 characters)". */
function tooLongMessage(max: number): string {
  return `too long (at most ${groupThousands(String(max))} characters)`;
}

export interface TextFieldOptions {
  /** Refuse "" (after trimming, if trimmed). */
  readonly nonEmpty?: boolean;
  /** Trim spaces at both ends before checking. */
  readonly trim?: boolean;
  /** The message when the field is missing altogether (default: "must be text"). */
  readonly missing?: string;
}

/** Text of at most `max` characters. */
export function textField(max: number, opts: TextFieldOptions = {}) {
  const base = z.string({
    error: (issue) => (issue.input === undefined && opts.missing ? opts.missing : 'must be text'),
  });
  const trimmed = opts.trim ? base.trim() : base;
  const filled = opts.nonEmpty ? trimmed.min(1, { error: 'must not be empty' }) : trimmed;
  return filled.max(max, { error: tooLongMessage(max) });
}
