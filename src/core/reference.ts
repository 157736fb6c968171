/**
 * Default context figures, exchange rates and reference marks, each with its source (all listed in
 * docs/sources.md, generated from this file). Values are decimal strings; every one can be overridden
 * per scenario.
 */
import type { Source } from './source';

export interface ReferenceFigure {
  readonly value: string;
  readonly unit: string;
  readonly label: string;
  /** A few words for a slider mark. */
  readonly short?: string;
  /** The label and the short words in French. */
  readonly labelFr?: string;
  readonly shortFr?: string;
  readonly source: Source;
  /**
   * The figure as the source prints it, where its unit or rounding differs from `value`
   * ("US$29,184,890 million"); a test checks that the two agree to the digit.
   */
  readonly asPublished?: string;
}

/** A source in a few words (used by the reference figures and the context table, context.ts). */
export const src = (
  outlet: string,
  title: string,
  date: string,
  confidence: 'H' | 'M' = 'M',
  url?: string,
): Source =>
  url === undefined ? { outlet, title, date, confidence } : { outlet, title, date, confidence, url };

/**
 * A source whose outlet is a description or has a French name ("World Bank" → "Banque mondiale"),
 * and, when its title is a description too, that title in French.
 */
export const withFr = (outletFr: string, source: Source, titleFr?: string): Source =>
  titleFr === undefined ? { ...source, outletFr } : { ...source, outletFr, titleFr };

/** Exchange-rate defaults. */
export const FX_DEFAULTS = {
  cadPerUsd: {
    value: '1.39',
    unit: 'CAD per USD',
    label: 'US dollar in Canadian dollars, 2025-05-20/21',
    labelFr: 'Le dollar américain en dollars canadiens, 20 et 21 mai 2025',
    source: withFr(
      'Cotations du marché',
      src('Market quotes', 'USD/CAD, 20–21 May 2025 (1.39–1.396)', '2025-05-21'),
      'USD/CAD, 20 et 21 mai 2025 (1,39–1,396)',
    ),
  },
  usdPerGbp: {
    value: '1.3369',
    unit: 'USD per GBP',
    label: 'Pound sterling in US dollars, 2025-05-21 (= 25 ÷ 18.7)',
    labelFr: 'La livre sterling en dollars américains, 21 mai 2025 (= 25 ÷ 18,7)',
    source: withFr(
      'Cotations du marché',
      src('Market quotes', 'GBP/USD, 21 May 2025', '2025-05-21', 'H'),
      'GBP/USD, 21 mai 2025',
    ),
  },
} as const satisfies Record<string, ReferenceFigure>;

/** The North Warning System precedent: Canada pays 40 %, the US 60 %. */
export const NWS_SHARE_PCT: ReferenceFigure = {
  value: '40',
  unit: '%',
  label: 'North Warning System split, Canada’s part',
  labelFr: 'Partage du Système d’alerte du Nord, part du Canada',
  source: withFr(
    'Ministère de la Défense nationale, via Nunatsiaq News',
    src(
      'Department of National Defence, via Nunatsiaq News',
      'North Warning System cost split (US 60% / Canada 40%)',
      '2020',
    ),
  ),
};

/** Canada's NORAD modernization commitment, a candidate credit against its share. */
export const NORAD_MODERNIZATION_CAD: ReferenceFigure = {
  value: '38600000000',
  unit: 'CAD',
  label: 'Canada’s NORAD modernization, over 20 years (accrual basis)',
  labelFr: 'Modernisation du NORAD par le Canada, sur 20 ans (comptabilité d’exercice)',
  source: withFr(
    'Ministère de la Défense nationale',
    src('Department of National Defence', 'NORAD modernization fact sheet', '2022-06-20', 'H'),
  ),
};

/** Marks for the cost-growth slider. */
export const COST_GROWTH_MARKS: readonly ReferenceFigure[] = [
  {
    value: '15',
    unit: '%',
    short: 'Nunn-McCurdy significant',
    shortFr: 'Nunn-McCurdy, dépassement important',
    label: 'Nunn-McCurdy significant breach (unit cost ≥15% over current baseline)',
    labelFr:
      'Dépassement important au sens de Nunn-McCurdy (coût unitaire supérieur d’au moins 15\u00a0% à la base de référence actuelle)',
    source: withFr('Code des États-Unis', src('US Code', '10 U.S.C. 4371 (law in force)', 'undated', 'H')),
  },
  {
    value: '25',
    unit: '%',
    short: 'Nunn-McCurdy critical',
    shortFr: 'Nunn-McCurdy, dépassement critique',
    label: 'Nunn-McCurdy critical breach (≥25% over current baseline)',
    labelFr:
      'Dépassement critique au sens de Nunn-McCurdy (au moins 25\u00a0% au-dessus de la base de référence actuelle)',
    source: withFr('Code des États-Unis', src('US Code', '10 U.S.C. 4371 (law in force)', 'undated', 'H')),
  },
  {
    value: '26',
    unit: '%',
    short: 'GAO portfolio',
    shortFr: 'portefeuille du GAO',
    label: 'GAO: growth of the whole portfolio’s cost over first estimates (not an average per program)',
    labelFr:
      'GAO\u00a0: hausse du coût de l’ensemble du portefeuille par rapport aux premières estimations (pas une moyenne par programme)',
    source: src(
      'Government Accountability Office',
      'Defense Acquisitions: Assessments of Selected Weapon Programs (GAO-08-467SP)',
      '2008',
      'H',
    ),
  },
  {
    value: '46',
    unit: '%',
    short: 'RAND average',
    shortFr: 'moyenne de RAND',
    label: 'RAND: average growth of completed programs over Milestone B',
    labelFr: 'RAND\u00a0: hausse moyenne des programmes terminés par rapport au jalon B',
    source: src('RAND Corporation', 'Research brief RB236', 'undated', 'H'),
  },
];

/** NATO spending targets, as % of GDP. */
export const NATO_TARGETS_PCT: readonly ReferenceFigure[] = [
  {
    value: '2',
    unit: '% of GDP',
    label: 'NATO 2% (Wales, 2014)',
    labelFr: 'OTAN 2\u00a0% (sommet du pays de Galles, 2014)',
    source: withFr('OTAN', src('NATO', 'Wales Summit Declaration', '2014-09-05', 'H')),
  },
  {
    value: '3.5',
    unit: '% of GDP',
    label: 'NATO 3.5% core defence by 2035 (The Hague)',
    labelFr: 'OTAN 3,5\u00a0% pour la défense de base d’ici 2035 (La Haye)',
    source: withFr('OTAN', src('NATO', 'The Hague Summit Declaration', '2025-06-25', 'H')),
  },
  {
    value: '5',
    unit: '% of GDP',
    label: 'NATO 5% incl. resilience by 2035 (The Hague)',
    labelFr: 'OTAN 5\u00a0%, résilience comprise, d’ici 2035 (La Haye)',
    source: withFr('OTAN', src('NATO', 'The Hague Summit Declaration', '2025-06-25', 'H')),
  },
];
