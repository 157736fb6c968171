/** Messages of the charts area. Keys start with "charts.". */
export const en = {} as const;

export const fr: Record<keyof typeof en, string> = {};
