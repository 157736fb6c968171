/**
 * The catalog's and the reference figures' words in the chosen language. French comes from the
 * French fields of the data (`fr` on an estimate, `labelFr`/`shortFr` on a figure, `outletFr` on a
 * source); quotes and source titles stay in their own language.
 */
import type { Estimate, ReferenceFigure, Source } from '../core';
import type { Lang } from './lang';

export function estimateLabel(e: Estimate, lang: Lang): string {
  return lang === 'fr' && e.fr ? e.fr.label : e.label;
}

export function estimateScope(e: Estimate, lang: Lang): string {
  return lang === 'fr' && e.fr ? e.fr.scope : e.scope;
}

export function estimateNotes(e: Estimate, lang: Lang): string {
  return lang === 'fr' && e.fr ? e.fr.notes : e.notes;
}

export function referenceLabel(r: ReferenceFigure, lang: Lang): string {
  return lang === 'fr' && r.labelFr ? r.labelFr : r.label;
}

/** The few words for a slider mark (the label when there are none). */
export function referenceShort(r: ReferenceFigure, lang: Lang): string {
  if (lang === 'fr') return r.shortFr ?? r.labelFr ?? r.label;
  return r.short ?? r.label;
}

export function sourceOutlet(s: Source, lang: Lang): string {
  return lang === 'fr' && s.outletFr ? s.outletFr : s.outlet;
}
