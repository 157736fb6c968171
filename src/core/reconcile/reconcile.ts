/** The six reconciliations of the published Golden Dome figures (docs/model.md §11, "Why the published numbers differ"). */
import type { FxRates } from '../fx';
import type { Dec } from '../money';
import type { Context } from '../context';
import { CONTEXT_RULES } from '../share';
import {
  changeStep,
  convertStep,
  coverageStep,
  dollarYearStep,
  impliedShareStep,
  misprintStep,
  perYearStep,
  ruleShareStep,
  scopeStep,
} from './steps';
import type { Reconciliation } from './types';

export interface ReconcileOptions {
  /** When given, the dollar-year step restates the older figure in the newer year's prices at this rate (%). */
  readonly inflationPct?: Dec;
}

/** The estimates the asks for Canada are compared with: two whole-system figures, one layer, four layers. */
const ASK_BASES = ['trump-total-2025', 'dod-2026', 'cbo-sbi-2025-high', 'cbo-nmd-2026'] as const;
const ASKS = ['trump-canada-61', 'trump-canada-71'] as const;
const PERIOD_FIGURES = [
  'trump-total-2025',
  'cbo-sbi-2025-low',
  'cbo-sbi-2025-high',
  'aei-2025-low',
  'aei-2025-high',
];

/**
 * Why the published figures differ, in a fixed order: currency ($175B vs C$243B; $25B vs £18.7bn),
 * a misprint ($524B vs $542B), scope and dollar-year ($542B vs $1.2T), period and scope ($175B vs
 * $161B–$542B vs $252B–$3.6T), and the asks for Canada ($61B vs $71B) as shares of each estimate and
 * against the share rules. Exact: nothing is rounded; amounts are in whole currency units.
 */
export function reconcile(fx: FxRates, context: Context, options: ReconcileOptions = {}): Reconciliation[] {
  return [
    {
      id: 'currency-175-243',
      figureIds: ['trump-total-2025', 'ctv-cad-2025'],
      steps: [convertStep('trump-total-2025', 'ctv-cad-2025', fx)],
      presetIds: ['trump-175-gdp', 'trump-243-cad-gdp'],
    },
    {
      id: 'currency-25-gbp',
      figureIds: ['trump-initial-2025', 'trump-initial-gbp-2025'],
      steps: [convertStep('trump-initial-2025', 'trump-initial-gbp-2025', fx)],
      presetIds: ['trump-25-deposit-gdp'],
    },
    {
      id: 'misprint-524',
      figureIds: ['independent-524', 'cbo-sbi-2025-high'],
      steps: [misprintStep('independent-524', 'cbo-sbi-2025-high')],
      presetIds: ['cbo-2025-high-gdp'],
    },
    {
      id: 'scope-542-1200',
      figureIds: ['cbo-sbi-2025-high', 'cbo-nmd-2026', 'cbo-nmd-2026-sbi'],
      steps: [
        coverageStep('cbo-sbi-2025-high', 'space-interceptors'),
        coverageStep('cbo-nmd-2026', 'four-layer-system'),
        scopeStep('cbo-nmd-2026-sbi', 'cbo-nmd-2026', fx),
        scopeStep('cbo-sbi-2025-high', 'cbo-nmd-2026', fx),
        dollarYearStep('cbo-sbi-2025-high', 'cbo-nmd-2026', options.inflationPct),
      ],
      presetIds: ['cbo-2025-high-gdp', 'cbo-2026-nmd-gdp'],
    },
    {
      id: 'period-scope',
      figureIds: PERIOD_FIGURES,
      steps: [
        ...PERIOD_FIGURES.map(perYearStep),
        coverageStep('trump-total-2025', 'whole-system-undefined'),
        coverageStep('cbo-sbi-2025-low', 'space-interceptors'),
        coverageStep('cbo-sbi-2025-high', 'space-interceptors'),
        coverageStep('aei-2025-low', 'example-architectures', true),
        coverageStep('aei-2025-high', 'example-architectures', true),
      ],
      presetIds: [
        'trump-175-gdp',
        'cbo-2025-low-gdp',
        'cbo-2025-high-gdp',
        'aei-low-population',
        'aei-high-population',
      ],
    },
    {
      id: 'asks-61-71',
      figureIds: [...ASKS, ...ASK_BASES],
      steps: [
        changeStep('trump-canada-61', 'trump-canada-71', fx),
        ...ASKS.flatMap((ask) => ASK_BASES.map((base) => impliedShareStep(ask, base, fx))),
        ...CONTEXT_RULES.map((rule) => ruleShareStep(rule, context, fx)),
      ],
      presetIds: ['ask-61-fixed', 'ask-71-fixed', 'nws-40-precedent'],
    },
  ];
}
