/**
 * The context figures — the table every list of them is built from: the Context type, the sourced
 * defaults (docs/sources.md), the file schema's limits (src/io), the form's fields and their scale
 * (src/ui), the exercise function `context("…")`, and the field names in messages (src/i18n, one
 * label per key under `calculator.field.<key>`). Adding a figure here makes the type-check name every
 * other place that must say something about it (the label's message area, src/i18n/messages/context.ts).
 */
import type { Dec } from './money';
import { src, withFr, type ReferenceFigure } from './reference';

/** Limits for a context figure in a scenario file, in whole units (currency units or people). */
export interface ContextLimits {
  readonly min: number;
  readonly max: number;
  /** The minimum itself is refused (the figure must be more than it). */
  readonly exclusiveMin?: boolean;
}

/**
 * The figures the report divides by (the populations, Canada's GDP, the defence budgets): at least
 * one person or one currency unit, so no figure needs more digits than the core keeps (money.ts).
 */
const DIVISOR: ContextLimits = { min: 1, max: 1e14 };
/** A figure that only enters a ratio (the US GDP, the land areas) may be any positive amount. */
const POSITIVE: ContextLimits = { min: 0, max: 1e14, exclusiveMin: true };

/** The unit of a context figure: a currency, people, or square kilometres of land. */
export type ContextUnit = 'USD' | 'CAD' | 'people' | 'km2';

/** One context figure: its sourced default (with unit), how the form shows it, and its file limits. */
export interface ContextFigureSpec {
  readonly reference: ReferenceFigure & { readonly unit: ContextUnit };
  /**
   * The form shows the figure divided by `scale` (billions of a currency, millions of people or
   * millions of km²; `perYear` for a yearly budget), on a slider from 0.01 to `max` in steps of `step`.
   */
  readonly display: {
    readonly scale: '1e9' | '1e6';
    readonly perYear?: true;
    readonly max: number;
    readonly step: number;
  };
  readonly limits: ContextLimits;
}

/** The context figures, in the order a scenario file writes them. */
export const CONTEXT_FIGURES = {
  canadaGdpUsd: {
    reference: {
      value: '2240000000000',
      unit: 'USD',
      label: 'Canada nominal GDP, 2024',
      labelFr: 'PIB nominal du Canada, 2024',
      source: withFr('Banque mondiale', src('World Bank', 'GDP (current US$), Canada', '2024')),
    },
    display: { scale: '1e9', max: 10000, step: 1 },
    limits: DIVISOR,
  },
  usGdpUsd: {
    reference: {
      value: '29184890000000',
      unit: 'USD',
      label: 'US nominal GDP, 2024',
      labelFr: 'PIB nominal des États-Unis, 2024',
      asPublished: 'US$29,184,890 million',
      source: withFr('Banque mondiale', src('World Bank', 'GDP (current US$), United States', '2024')),
    },
    display: { scale: '1e9', max: 100000, step: 1 },
    limits: POSITIVE,
  },
  canadaPopulation: {
    reference: {
      value: '41528680',
      unit: 'people',
      label: 'Canada population, 2025-01-01',
      labelFr: 'Population du Canada au 1er janvier 2025',
      source: withFr(
        'Statistique Canada',
        src('Statistics Canada', 'Population estimates, quarterly', '2025-01-01', 'H'),
      ),
    },
    display: { scale: '1e6', max: 100, step: 0.01 },
    limits: DIVISOR,
  },
  usPopulation: {
    reference: {
      value: '340110988',
      unit: 'people',
      label: 'US population, 2024-07-01',
      labelFr: 'Population des États-Unis au 1er juillet 2024',
      source: src('US Census Bureau', 'Vintage 2024 population estimates', '2024-12-19', 'H'),
    },
    display: { scale: '1e6', max: 1000, step: 0.01 },
    limits: DIVISOR,
  },
  canadaDefenceBudgetCad: {
    reference: {
      value: '62700000000',
      unit: 'CAD',
      label: 'Canada defence spending, 2025-26 (2.0% of GDP)',
      labelFr: 'Dépenses de défense du Canada, 2025-2026 (2,0\u00a0% du PIB)',
      source: withFr(
        'Gouvernement du Canada',
        src('Government of Canada', 'Canada to meet NATO 2% target in 2025-26', '2025-06-09'),
      ),
    },
    display: { scale: '1e9', perYear: true, max: 500, step: 0.1 },
    limits: DIVISOR,
  },
  usDefenceBudgetUsd: {
    reference: {
      value: '895200000000',
      unit: 'USD',
      label: 'US national defense (budget function 050), FY2025',
      labelFr: 'Défense nationale des États-Unis (fonction budgétaire 050), exercice 2025',
      source: src('Congressional Research Service (IN12447)', 'FY2025 defense budget request', '2024', 'H'),
    },
    display: { scale: '1e9', perYear: true, max: 5000, step: 1 },
    limits: DIVISOR,
  },
  // Land area, not total area, for both countries: Canada's total area counts its lakes and the US's
  // its Great Lakes and coastal waters, measured differently by the two agencies.
  canadaLandAreaKm2: {
    reference: {
      value: '8788702.80',
      unit: 'km2',
      label: 'Canada land area, 2021 Census',
      labelFr: 'Superficie des terres du Canada, Recensement de 2021',
      asPublished: '8,788,702.80 km²',
      source: withFr(
        'Statistique Canada',
        src(
          'Statistics Canada',
          'Census Profile, 2021 Census of Population: Canada, land area',
          '2022-02-09',
          'H',
        ),
        'Profil du recensement, Recensement de la population de 2021 : Canada, superficie des terres',
      ),
    },
    display: { scale: '1e6', max: 20, step: 0.01 },
    limits: POSITIVE,
  },
  usLandAreaKm2: {
    reference: {
      value: '9147593.07',
      unit: 'km2',
      label: 'US land area (50 states and DC), 2010 Census, 3,531,905.43 sq mi in km²',
      labelFr:
        'Superficie des terres des États-Unis (50 États et DC), Recensement de 2010, 3 531 905,43 milles carrés en km²',
      asPublished: '3,531,905.43 sq mi',
      source: src(
        'US Census Bureau',
        'State Area Measurements and Internal Point Coordinates (2010 Census), United States, land area',
        '2010',
        'H',
        'https://www.census.gov/geographies/reference-files/2010/geo/state-area.html',
      ),
    },
    display: { scale: '1e6', max: 20, step: 0.01 },
    limits: POSITIVE,
  },
} as const satisfies Record<string, ContextFigureSpec>;

export type ContextKey = keyof typeof CONTEXT_FIGURES;
/** The context figures' names, in the table's order. */
export const CONTEXT_KEYS = Object.keys(CONTEXT_FIGURES) as readonly ContextKey[];

/** Figures that put Canada's and the US's costs in context, each with a sourced default (CONTEXT_FIGURES). */
export type Context = { readonly [K in ContextKey]: Dec };

/** The sourced default of each context figure (docs/sources.md). */
export const CONTEXT_DEFAULTS: { readonly [K in ContextKey]: (typeof CONTEXT_FIGURES)[K]['reference'] } =
  Object.fromEntries(CONTEXT_KEYS.map((k) => [k, CONTEXT_FIGURES[k].reference])) as {
    readonly [K in ContextKey]: (typeof CONTEXT_FIGURES)[K]['reference'];
  };

/** True when `name` is a context figure's name (an own key: `constructor` is not one). */
export function isContextKey(name: string): name is ContextKey {
  return Object.hasOwn(CONTEXT_FIGURES, name);
}

/** A context built by `f` for every figure, in the table's order. */
export function contextOf(f: (key: ContextKey) => Dec): Context {
  return Object.fromEntries(CONTEXT_KEYS.map((k) => [k, f(k)])) as Context;
}
