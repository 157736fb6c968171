/**
 * The catalog of published Golden Dome cost figures, each with its source, date, scope, dollar-year
 * and notes; every one is listed, with whose words each quote is, in docs/sources.md (generated from
 * this file by `npm run docs`). Amounts are decimal strings in whole currency units.
 */
import type { Source } from './source';
import type { Currency } from './units';

export const ESTIMATE_GROUPS = ['initial', 'whole-system', 'twenty-year', 'canada-ask'] as const;
export type EstimateGroup = (typeof ESTIMATE_GROUPS)[number];

/**
 * Words quoted about a figure, credited to whoever wrote or said them. That is often not the figure's
 * source: a news article's paraphrase of a CBO letter is the article's words, not the CBO's.
 */
export interface Quote {
  /** The words, exactly as published (in their own language). */
  readonly text: string;
  /** Whose words they are: the speaker's remarks, post or letter, or the article that wrote them. */
  readonly by: Source;
}

/**
 * Where the dollar-year comes from: `stated` by the source ("2025 dollars"); `budget`, a budget
 * figure in the dollars of its fiscal year; `assumed`, the app's choice where the source gives none.
 */
export type DollarYearBasis = 'stated' | 'budget' | 'assumed';

export interface Estimate {
  readonly id: string;
  readonly label: string;
  readonly group: EstimateGroup;
  /** Whole currency units, as a decimal string. */
  readonly amount: string;
  readonly currency: Currency;
  readonly dollarYear: number;
  readonly dollarYearBasis: DollarYearBasis;
  /** The period the figure covers (or the one the app assumes where none was stated). */
  readonly defaultStartYear: number;
  readonly defaultYears: number;
  readonly scope: string;
  readonly source: Source;
  /** Words published about the figure, where we have them, credited to whoever wrote or said them. */
  readonly quote?: Quote;
  readonly notes: string;
  /** The label, scope and notes in French (quotes and source titles stay in their own language). */
  readonly fr?: { readonly label: string; readonly scope: string; readonly notes: string };
  /** Low/high pairs: the id of the other end and which end this is. */
  readonly range?: { readonly role: 'low' | 'high'; readonly otherId: string };
  /** A figure that restates another one (a conversion or a misprint). */
  readonly restates?: { readonly id: string; readonly reason: 'currency' | 'misprint' };
}

const CBO_2025: Source = {
  outlet: 'Congressional Budget Office',
  title: 'Effects of Lower Launch Costs on Previous Estimates for Space-Based, Boost-Phase Missile Defense',
  date: '2025-05-05',
  confidence: 'H',
};
const CBO_2026: Source = {
  outlet: 'Congressional Budget Office',
  title: 'Potential Costs of a National Missile Defense System',
  date: '2026-05-12',
  url: 'https://www.cbo.gov/publication/62422',
  confidence: 'H',
};
const AEI_2025: Source = {
  outlet: 'American Enterprise Institute (Todd Harrison)',
  title: 'Build Your Own Golden Dome: A Framework for Understanding Costs, Choices, and Tradeoffs',
  date: '2025-09-12',
  confidence: 'H',
};
const OVAL_OFFICE: Source = {
  outlet: 'President Trump, Oval Office remarks (reported by Stars and Stripes, AP, BBC)',
  outletFr:
    'Le président Trump, déclarations dans le Bureau ovale (rapportées par Stars and Stripes, AP, BBC)',
  title: 'Trump announces plans for Golden Dome',
  date: '2025-05-20',
  url: 'https://www.notus.org/defense/trump-announces-plans-golden-dome',
  confidence: 'H',
};

const OVAL_OFFICE_TOTAL: Source = {
  ...OVAL_OFFICE,
  title: 'Golden Dome announcement: “total cost when it’s completed”',
};
const CTV: Source = {
  outlet: 'CTV News / The Canadian Press',
  outletFr: 'CTV News / La Presse Canadienne',
  title: 'Canada has been talking with U.S. about Golden Dome for “few years”: Carney',
  date: '2025-05-21',
  confidence: 'H',
};
const TRUTH_SOCIAL: Source = {
  outlet: 'President Trump on Truth Social (reported by Stars and Stripes)',
  outletFr: 'Le président Trump sur Truth Social (rapporté par Stars and Stripes)',
  title: 'Post on Canada and Golden Dome',
  date: '2025-05-27',
  confidence: 'H',
};
const AIR_FORCE_ONE: Source = {
  outlet: 'President Trump aboard Air Force One (reported by Newsweek)',
  outletFr: 'Le président Trump à bord d’Air Force One (rapporté par Newsweek)',
  title: 'Remarks on Canada and Golden Dome',
  date: '2025-07-31',
  confidence: 'M',
};
/** Seed article 000: a UK report citing the BBC. Its wording is its own, not its sources'. */
const UK_REPORT_BBC: Source = {
  outlet: 'UK news report citing the BBC',
  outletFr: 'Reportage britannique citant la BBC',
  title: 'Canada considers joining Trump’s Golden Dome missile defense initiative',
  date: '2025-05-21',
  confidence: 'H',
};
/** Seed article 002: The Independent, carrying text of The Associated Press. */
const INDEPENDENT_AP: Source = {
  outlet: 'The Independent (UK), Mike Bedigan, with The Associated Press',
  outletFr: 'The Independent (Royaume-Uni), Mike Bedigan, avec l’Associated Press',
  title: 'Canada joins talks to join US ‘Golden Dome’ project despite frosty relationship',
  date: '2025-05-21',
  confidence: 'H',
};

export const CATALOG: readonly Estimate[] = [
  {
    id: 'trump-initial-2025',
    label: 'Trump’s “initial deposit” (US$25B)',
    group: 'initial',
    amount: '25000000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 1,
    scope: 'First funding tranche only, not the whole system',
    source: OVAL_OFFICE,
    quote: { text: 'a plan to spend $25 billion to begin work on the Dome', by: INDEPENDENT_AP },
    notes: 'UK outlets reported it as £18.7bn: the same money at US$1.3369 per pound (25 ÷ 18.7 = 1.3369).',
    fr: {
      label: 'Le «\u00a0dépôt initial\u00a0» de Trump (25\u00a0G$\u00a0US)',
      scope: 'Première tranche de financement seulement, pas le système complet',
      notes:
        'Les médias britanniques l’ont rapporté à 18,7\u00a0G£\u00a0: le même montant à 1,3369\u00a0$\u00a0US la livre (25 ÷ 18,7 = 1,3369).',
    },
  },
  {
    id: 'trump-initial-gbp-2025',
    label: 'The same deposit in pounds (£18.7bn)',
    group: 'initial',
    amount: '18700000000',
    currency: 'GBP',
    dollarYear: 2025,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 1,
    scope: 'First funding tranche only, not the whole system',
    source: UK_REPORT_BBC,
    quote: { text: 'a preliminary budget allocation of $25 billion (£18.7 billion)', by: UK_REPORT_BBC },
    notes: 'Not a new figure: US$25B converted to pounds at US$1.3369 per pound.',
    fr: {
      label: 'Le même dépôt en livres (18,7\u00a0G£)',
      scope: 'Première tranche de financement seulement, pas le système complet',
      notes:
        'Pas un nouveau chiffre\u00a0: 25\u00a0G$\u00a0US convertis en livres à 1,3369\u00a0$\u00a0US la livre.',
    },
    restates: { id: 'trump-initial-2025', reason: 'currency' },
  },
  {
    id: 'reconciliation-2025',
    label: 'First appropriation, 2025 reconciliation law (US$24.4B)',
    group: 'initial',
    amount: '24400000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'budget',
    defaultStartYear: 2025,
    defaultYears: 1,
    scope:
      'First appropriation: $7.2B space sensors, $5.6B space/boost-phase intercept, $0.25B directed energy, and more',
    source: {
      outlet: 'Congressional Research Service (IN12576)',
      title: 'Golden Dome: Funding in the 2025 Reconciliation Law (H.R. 1; P.L. 119-21)',
      // The report's own date (updated 2025-07-10), not the law's signing date (2025-07-04, in the notes).
      date: '2025-07-10',
      url: 'https://www.everycrsreport.com/reports/IN12576.html',
      confidence: 'H',
    },
    notes: 'P.L. 119-21 §20003, signed 2025-07-04. The House bill had US$24.7B.',
    fr: {
      label: 'Premier crédit, loi de réconciliation de 2025 (24,4\u00a0G$\u00a0US)',
      scope:
        'Premier crédit\u00a0: 7,2\u00a0G$ pour les capteurs spatiaux, 5,6\u00a0G$ pour l’interception spatiale ou en phase de propulsion, 0,25\u00a0G$ pour l’énergie dirigée, et plus',
      notes:
        'P.L. 119-21, art. 20003, promulguée le 4 juillet 2025. Le projet de loi de la Chambre des représentants prévoyait 24,7\u00a0G$\u00a0US.',
    },
  },
  {
    id: 'trump-total-2025',
    label: 'Trump’s total (US$175B)',
    group: 'whole-system',
    amount: '175000000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 3,
    scope: 'Whole system (not defined); period not stated',
    source: OVAL_OFFICE_TOTAL,
    quote: {
      text: 'total cost when it’s completed … fully operational before the end of my term',
      by: OVAL_OFFICE_TOTAL,
    },
    notes:
      'The term ends in January 2029, so about three years (2026–2028). No breakdown or dollar-year was given; the app assumes 2025 dollars.',
    fr: {
      label: 'Le total de Trump (175\u00a0G$\u00a0US)',
      scope: 'Système complet (non défini)\u00a0; période non précisée',
      notes:
        'Le mandat se termine en janvier 2029, soit environ trois ans (2026–2028). Aucune ventilation ni année de référence des dollars n’a été donnée\u00a0; l’application suppose des dollars de 2025.',
    },
  },
  {
    id: 'ctv-cad-2025',
    label: 'The same total in Canadian dollars (C$243B)',
    group: 'whole-system',
    amount: '243000000000',
    currency: 'CAD',
    dollarYear: 2025,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 3,
    scope: 'Whole system: the US$175B figure in Canadian dollars',
    source: CTV,
    quote: { text: 'which the White House said would cost $243 billion', by: CTV },
    notes: 'Not a new figure: US$175B × 1.39 CAD per USD = C$243.25B. The White House spoke in US dollars.',
    fr: {
      label: 'Le même total en dollars canadiens (243\u00a0G$\u00a0CA)',
      scope: 'Système complet\u00a0: le chiffre de 175\u00a0G$\u00a0US en dollars canadiens',
      notes:
        'Pas un nouveau chiffre\u00a0: 175\u00a0G$\u00a0US × 1,39\u00a0$\u00a0CA par $\u00a0US = 243,25\u00a0G$\u00a0CA. La Maison-Blanche parlait en dollars américains.',
    },
    restates: { id: 'trump-total-2025', reason: 'currency' },
  },
  {
    id: 'dod-2026',
    label: 'Pentagon “objective architecture” (US$185B)',
    group: 'whole-system',
    amount: '185000000000',
    currency: 'USD',
    dollarYear: 2026,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 10,
    scope: 'Whole system, Department of Defense view, delivered over about a decade',
    source: {
      outlet: 'Gen. Michael Guetlein, Golden Dome program manager (news reports)',
      outletFr: 'Le général Michael Guetlein, gestionnaire du programme Dôme d’or (médias)',
      title: 'Golden Dome objective architecture cost',
      date: '2026-03-17',
      confidence: 'M',
    },
    notes:
      'Up US$10B from the US$175B announced in 2025. No dollar-year was given; the app assumes 2026 dollars.',
    fr: {
      label: '«\u00a0Architecture cible\u00a0» du Pentagone (185\u00a0G$\u00a0US)',
      scope: 'Système complet, selon le département de la Défense, livré sur une dizaine d’années',
      notes:
        'En hausse de 10\u00a0G$\u00a0US par rapport aux 175\u00a0G$\u00a0US annoncés en 2025. Aucune année de référence des dollars n’a été donnée\u00a0; l’application suppose des dollars de 2026.',
    },
  },
  {
    id: 'fy2027-request',
    label: 'FY2027 budget request (US$17.5B)',
    group: 'initial',
    amount: '17500000000',
    currency: 'USD',
    dollarYear: 2027,
    dollarYearBasis: 'budget',
    defaultStartYear: 2027,
    defaultYears: 1,
    scope: 'One year of funding (fiscal year 2027)',
    source: {
      outlet: 'Forecast International',
      title: 'FY2027 Golden Dome budget request',
      date: '2026',
      confidence: 'M',
    },
    notes: 'One year’s request, not a total. The report’s exact date is not recorded here, only its year.',
    fr: {
      label: 'Demande budgétaire pour l’exercice 2027 (17,5\u00a0G$\u00a0US)',
      scope: 'Une année de financement (exercice financier 2027)',
      notes:
        'La demande d’une seule année, pas un total. Seule l’année du rapport est consignée ici, pas sa date exacte.',
    },
  },
  {
    id: 'cbo-sbi-2025-low',
    label: 'CBO 2025, space interceptors, low (US$161B)',
    group: 'twenty-year',
    amount: '161000000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'stated',
    defaultStartYear: 2026,
    defaultYears: 20,
    scope: 'Space-based interceptors only, sized for 1–2 ICBMs from a regional adversary, over 20 years',
    source: CBO_2025,
    notes: 'Was US$264B before lower launch costs. Covers one layer, not the whole Golden Dome.',
    fr: {
      label: 'CBO 2025, intercepteurs spatiaux, estimation basse (161\u00a0G$\u00a0US)',
      scope:
        'Intercepteurs spatiaux seulement, dimensionnés contre 1 ou 2 missiles balistiques intercontinentaux d’un adversaire régional, sur 20 ans',
      notes:
        'Était de 264\u00a0G$\u00a0US avant la baisse des coûts de lancement. Couvre une seule couche, pas l’ensemble du Dôme d’or.',
    },
    range: { role: 'low', otherId: 'cbo-sbi-2025-high' },
  },
  {
    id: 'cbo-sbi-2025-high',
    label: 'CBO 2025, space interceptors, high (US$542B)',
    group: 'twenty-year',
    amount: '542000000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'stated',
    defaultStartYear: 2026,
    defaultYears: 20,
    scope: 'Space-based interceptors only, highest-cost alternative, over 20 years',
    source: CBO_2025,
    quote: { text: '$542 billion solely for the space components', by: UK_REPORT_BBC },
    notes: 'Was US$831B before lower launch costs. Covers one layer, not the whole Golden Dome.',
    fr: {
      label: 'CBO 2025, intercepteurs spatiaux, estimation haute (542\u00a0G$\u00a0US)',
      scope: 'Intercepteurs spatiaux seulement, option la plus coûteuse, sur 20 ans',
      notes:
        'Était de 831\u00a0G$\u00a0US avant la baisse des coûts de lancement. Couvre une seule couche, pas l’ensemble du Dôme d’or.',
    },
    range: { role: 'high', otherId: 'cbo-sbi-2025-low' },
  },
  {
    id: 'independent-524',
    label: '“CBO: 20 years and $524B” (a misprint)',
    group: 'twenty-year',
    amount: '524000000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 20,
    scope: 'None: no CBO figure of US$524B exists',
    source: INDEPENDENT_AP,
    quote: {
      text: 'the independent Congressional Budget Office, which has estimated the project could take 20 years and cost $524 billion',
      by: INDEPENDENT_AP,
    },
    notes: 'Almost certainly a digit swap of CBO’s US$542B (5-4-2 printed as 5-2-4).',
    fr: {
      label: '«\u00a0CBO\u00a0: 20 ans et 524\u00a0G$\u00a0» (une coquille)',
      scope: 'Aucune\u00a0: il n’existe aucun chiffre du CBO de 524\u00a0G$\u00a0US',
      notes:
        'Presque certainement une inversion de chiffres des 542\u00a0G$\u00a0US du CBO (5-4-2 imprimé 5-2-4).',
    },
    restates: { id: 'cbo-sbi-2025-high', reason: 'misprint' },
  },
  {
    id: 'cbo-nmd-2026',
    label: 'CBO 2026, four-layer national missile defense (US$1.191T)',
    group: 'twenty-year',
    amount: '1191000000000',
    currency: 'USD',
    dollarYear: 2026,
    dollarYearBasis: 'stated',
    defaultStartYear: 2026,
    defaultYears: 20,
    scope: 'A notional four-layer national missile defense system, over 20 years; acquisition over US$1T',
    source: CBO_2026,
    notes:
      'Reported as “about $1.2 trillion”. The space-based interceptor layer is about 60% of it (US$743B).',
    fr: {
      label: 'CBO 2026, défense antimissile nationale à quatre couches (1,191\u00a0billion\u00a0$\u00a0US)',
      scope:
        'Un système théorique de défense antimissile nationale à quatre couches, sur 20 ans\u00a0; plus de 1\u00a0billion\u00a0$\u00a0US pour l’acquisition',
      notes:
        'Rapporté comme «\u00a0environ 1,2\u00a0billion de dollars\u00a0». La couche d’intercepteurs spatiaux en représente environ 60\u00a0% (743\u00a0G$\u00a0US).',
    },
  },
  {
    id: 'cbo-nmd-2026-sbi',
    label: 'CBO 2026, space interceptor layer (US$743B)',
    group: 'twenty-year',
    amount: '743000000000',
    currency: 'USD',
    dollarYear: 2026,
    dollarYearBasis: 'stated',
    defaultStartYear: 2026,
    defaultYears: 20,
    scope: 'Space-based interceptor layer of the CBO 2026 system: 7,800 interceptors at about US$22M each',
    source: { ...CBO_2026, confidence: 'M' },
    notes:
      'US$723B acquisition plus about US$1B a year to operate; each interceptor lasts 5 years, so the constellation is replaced every 5 years; launch at US$500/kg.',
    fr: {
      label: 'CBO 2026, couche d’intercepteurs spatiaux (743\u00a0G$\u00a0US)',
      scope:
        'Couche d’intercepteurs spatiaux du système du CBO de 2026\u00a0: 7\u00a0800 intercepteurs à environ 22\u00a0M$\u00a0US chacun',
      notes:
        '723\u00a0G$\u00a0US pour l’acquisition plus environ 1\u00a0G$\u00a0US par année pour l’exploitation\u00a0; chaque intercepteur dure 5 ans, donc la constellation est remplacée tous les 5 ans\u00a0; lancement à 500\u00a0$\u00a0US le kilogramme.',
    },
  },
  {
    id: 'aei-2025-low',
    label: 'AEI 2025, cheapest architecture (US$252B)',
    group: 'twenty-year',
    amount: '252000000000',
    currency: 'USD',
    dollarYear: 2026,
    dollarYearBasis: 'stated',
    defaultStartYear: 2026,
    defaultYears: 20,
    scope: 'Cheapest of six example architectures, over 20 years, on top of programs already funded',
    source: AEI_2025,
    notes: 'FY2026 dollars. Excludes missile-defense programs that are already funded.',
    fr: {
      label: 'AEI 2025, architecture la moins chère (252\u00a0G$\u00a0US)',
      scope: 'La moins chère de six architectures types, sur 20 ans, en plus des programmes déjà financés',
      notes: 'Dollars de l’exercice 2026. Exclut les programmes de défense antimissile déjà financés.',
    },
    range: { role: 'low', otherId: 'aei-2025-high' },
  },
  {
    id: 'aei-2025-high',
    label: 'AEI 2025, most expensive architecture (US$3.6T)',
    group: 'twenty-year',
    amount: '3600000000000',
    currency: 'USD',
    dollarYear: 2026,
    dollarYearBasis: 'stated',
    defaultStartYear: 2026,
    defaultYears: 20,
    scope: 'Most expensive of six example architectures, over 20 years, on top of programs already funded',
    source: AEI_2025,
    notes: 'FY2026 dollars. Excludes missile-defense programs that are already funded.',
    fr: {
      label: 'AEI 2025, architecture la plus chère (3,6\u00a0billions\u00a0$\u00a0US)',
      scope: 'La plus chère de six architectures types, sur 20 ans, en plus des programmes déjà financés',
      notes: 'Dollars de l’exercice 2026. Exclut les programmes de défense antimissile déjà financés.',
    },
    range: { role: 'high', otherId: 'aei-2025-low' },
  },
  {
    id: 'trump-canada-61',
    label: 'Trump’s price for Canada (US$61B)',
    group: 'canada-ask',
    amount: '61000000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 3,
    scope: 'Canada’s share, not a program cost; no method was given',
    source: TRUTH_SOCIAL,
    quote: {
      text: '$61 Billion Dollars if they remain a separate, but unequal, Nation … ZERO DOLLARS if they become our cherished 51st State',
      by: TRUTH_SOCIAL,
    },
    notes: 'Use it with the “fixed amount” share rule. Against US$175B it is a 34.9% share.',
    fr: {
      label: 'Le prix de Trump pour le Canada (61\u00a0G$\u00a0US)',
      scope: 'La part du Canada, pas un coût de programme\u00a0; aucune méthode n’a été donnée',
      notes:
        'À utiliser avec la règle de partage «\u00a0montant fixe\u00a0». Par rapport à 175\u00a0G$\u00a0US, cela représente une part de 34,9\u00a0%.',
    },
  },
  {
    id: 'trump-canada-71',
    label: 'Trump’s later price for Canada (US$71B)',
    group: 'canada-ask',
    amount: '71000000000',
    currency: 'USD',
    dollarYear: 2025,
    dollarYearBasis: 'assumed',
    defaultStartYear: 2026,
    defaultYears: 3,
    scope: 'Canada’s share, not a program cost; no method was given',
    source: AIR_FORCE_ONE,
    quote: { text: 'Seventy-one billion they’re going to pay', by: AIR_FORCE_ONE },
    notes: 'Use it with the “fixed amount” share rule. Against US$175B it is a 40.6% share.',
    fr: {
      label: 'Le prix ultérieur de Trump pour le Canada (71\u00a0G$\u00a0US)',
      scope: 'La part du Canada, pas un coût de programme\u00a0; aucune méthode n’a été donnée',
      notes:
        'À utiliser avec la règle de partage «\u00a0montant fixe\u00a0». Par rapport à 175\u00a0G$\u00a0US, cela représente une part de 40,6\u00a0%.',
    },
  },
];

/** Looks an estimate up by id; undefined if the catalog has no such id. */
export function findEstimate(id: string): Estimate | undefined {
  return CATALOG.find((e) => e.id === id);
}
