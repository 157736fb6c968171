/** The computed parts of a number field: where its slider sits and which notes describe its text box. */

/** The slider's position: the value, or 0 when it is not a number, kept within the slider's range. */
export function sliderPosition(value: string, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number(value) || 0));
}

/** The ids of the notes that describe the text box, in reading order: its hint, its error, its unit. */
export function describedBy(id: string, hint: boolean, error: boolean): string {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : '', `${id}-unit`].filter(Boolean).join(' ');
}
