/**
 * The catalog's and the reference figures' words in the chosen language. French comes from the
 * French fields of the data (`fr` on an estimate, `labelFr`/`shortFr` on a figure, `outletFr` on a
 * source); quotes and source titles stay in their own language.
 */
import type { Estimate, ReferenceFigure, Source } from '../core';
import type { Lang } from './lang';
import { translated } from './translate';

export function estimateLabel(e: Estimate, lang: Lang): string {
  return translated(lang, e)?.label ?? e.label;
}

export function estimateScope(e: Estimate, lang: Lang): string {
  return translated(lang, e)?.scope ?? e.scope;
}

export function estimateNotes(e: Estimate, lang: Lang): string {
  return translated(lang, e)?.notes ?? e.notes;
}

export function referenceLabel(r: ReferenceFigure, lang: Lang): string {
  return translated(lang, { fr: r.labelFr }) || r.label;
}

/** The few words for a slider mark (the label when there are none). */
export function referenceShort(r: ReferenceFigure, lang: Lang): string {
  return translated(lang, { fr: r.shortFr ?? r.labelFr ?? r.label }) ?? r.short ?? r.label;
}

export function sourceOutlet(s: Source, lang: Lang): string {
  return translated(lang, { fr: s.outletFr }) || s.outlet;
}

/** A source's title in the page's language: our own French description where there is one, else as published. */
export function sourceTitle(s: Source, lang: Lang): { text: string; lang: Lang } {
  const fr = translated(lang, { fr: s.titleFr });
  return fr ? { text: fr, lang: 'fr' } : { text: s.title, lang: 'en' };
}
