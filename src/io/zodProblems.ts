/** zod issues as the validator's problems: short, readable paths and values. */
import type { z } from 'zod';
import { quotePath, quoteText, type Problem } from '../core';

/**
 * One problem per zod issue; an unknown field is reported at its own path (e.g. `share.bar`), not its
 * parent's. Field names are cut and escaped like any quoted value (see quote.ts).
 */
export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue) => {
    const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
    if (issue.code !== 'unrecognized_keys') return [{ path: quotePath(path), message: issue.message }];
    return issue.keys.map((key) => ({
      path: quotePath([...path, key]),
      message: `unknown field ${quoteText(key)}`,
    }));
  });
}
