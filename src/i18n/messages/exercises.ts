/** Messages of the exercises area. Keys start with "exercises.". */
export const en = {} as const;

export const fr: Record<keyof typeof en, string> = {};
