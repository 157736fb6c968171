/** Where a figure comes from. Every number the app ships carries one. */
export interface Source {
  /** Who published it: an outlet, agency or speaker. */
  readonly outlet: string;
  /** The outlet in French where it is a description rather than a proper name ("Market quotes"). */
  readonly outletFr?: string;
  readonly title: string;
  /**
   * The title in French where it is our own description of the figure rather than a published
   * title ("USD/CAD, 20–21 May 2025" → "USD/CAD, 20 et 21 mai 2025"); published titles stay as published.
   */
  readonly titleFr?: string;
  /** Date of the statement or publication: YYYY-MM-DD, YYYY where only the year is known, or 'undated'. */
  readonly date: string;
  /** Web address, where a stable one is known. The app never fetches it. */
  readonly url?: string;
  /** H = primary/official or several agreeing sources; M = one reputable secondary source. */
  readonly confidence: 'H' | 'M';
}

/** One line of text naming a source: "Outlet, “Title”, 2025-05-20, address". */
export function citeSource(source: Source): string {
  return [source.outlet, `“${source.title}”`, source.date, source.url].filter(Boolean).join(', ');
}

/** Whether two sources are the same text: the same outlet, title and date. */
export function sameSource(a: Source, b: Source): boolean {
  return a.outlet === b.outlet && a.title === b.title && a.date === b.date;
}
