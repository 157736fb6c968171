/** Messages of the calculator area. Keys start with "calculator.". */
export const en = {} as const;

export const fr: Record<keyof typeof en, string> = {};
