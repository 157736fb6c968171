/**
 * What charts need to know about embedding. The results view provides the scenario its charts can
 * be embedded with (each chart's "Embed" button makes its snippet from it); the embedded page
 * provides the lead (the scenario's name and sentence) shown under the chart's title.
 */
import { createContext, type ReactNode } from 'react';
import type { EmbedTarget } from './embedLink';

/** null: the charts cannot be embedded here (out of date, or already embedded). */
export const EmbedTargetContext = createContext<EmbedTarget | null>(null);

/** Shown under a chart's title in an embed; nothing on the calculator's own page. */
export const ChartLeadContext = createContext<ReactNode>(null);
