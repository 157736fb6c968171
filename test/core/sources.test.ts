/** Who said it: quotes credited to whoever wrote them, dates of their own, dollar-years that say how they were chosen. */
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  CONTEXT_DEFAULTS,
  COST_GROWTH_MARKS,
  dec,
  defaultRange,
  findEstimate,
  FX_DEFAULTS,
  isRuleOfThumb,
  NATO_TARGETS_PCT,
  NORAD_MODERNIZATION_CAD,
  NWS_SHARE_PCT,
  RANGE_BASES,
  RANGED_INPUTS,
  sameSource,
  type Estimate,
  type ReferenceFigure,
} from '../../src/core';
import { scenario } from './fixtures';

const estimate = (id: string): Estimate => {
  const e = findEstimate(id);
  if (!e) throw new Error(`no estimate ${id}`);
  return e;
};

describe('quotes are credited to whoever wrote or said them', () => {
  it('“$542 billion solely for the space components” is the news report’s wording, not the CBO letter’s', () => {
    const e = estimate('cbo-sbi-2025-high');
    expect(e.source.outlet).toBe('Congressional Budget Office');
    expect(e.quote?.text).toBe('$542 billion solely for the space components');
    expect(e.quote?.by.outlet).toBe('UK news report citing the BBC');
    expect(sameSource(e.quote?.by ?? e.source, e.source)).toBe(false);
  });

  it('“a plan to spend $25 billion to begin work on the Dome” is the AP reporter’s, not the Oval Office remarks’', () => {
    const e = estimate('trump-initial-2025');
    expect(e.source.outlet).toMatch(/^President Trump, Oval Office remarks/);
    expect(e.quote?.by.outlet).toMatch(/The Associated Press/);
    expect(e.quote?.by.outlet).not.toMatch(/Trump/);
  });

  it('Trump’s own words (the total, the asks) are credited to Trump', () => {
    for (const id of ['trump-total-2025', 'trump-canada-61', 'trump-canada-71']) {
      const e = estimate(id);
      expect(e.quote?.by.outlet, id).toMatch(/^President Trump/);
      expect(sameSource(e.quote?.by ?? e.source, e.source), id).toBe(true);
    }
  });

  it('every quote names a text with an outlet, a title and a date', () => {
    for (const e of CATALOG) {
      if (!e.quote) continue;
      expect(e.quote.text.trim(), e.id).not.toBe('');
      expect(e.quote.by.outlet.length * e.quote.by.title.length, e.id).toBeGreaterThan(0);
      expect(e.quote.by.date, e.id).toMatch(/^(\d{4}(-\d{2}-\d{2})?|undated)$/);
    }
  });
});

describe('dates and dollar-years', () => {
  it('dates the CRS report by its own date (updated 2025-07-10), not the law’s signing (2025-07-04)', () => {
    const e = estimate('reconciliation-2025');
    expect(e.source.date).toBe('2025-07-10');
    expect(e.notes).toMatch(/signed 2025-07-04/);
  });

  it('says where no source gives a dollar-year: the US$175B and the Pentagon’s US$185B are assumptions', () => {
    for (const id of ['trump-total-2025', 'dod-2026']) {
      const e = estimate(id);
      expect(e.dollarYearBasis, id).toBe('assumed');
      expect(e.notes, id).toMatch(new RegExp(`the app assumes ${e.dollarYear} dollars`));
      expect(e.fr?.notes, id).toMatch(new RegExp(`l’application suppose des dollars de ${e.dollarYear}`));
    }
  });

  it('CBO and AEI state their dollar-years; the appropriation and the request are budget figures', () => {
    const basis = (id: string) => estimate(id).dollarYearBasis;
    for (const id of [
      'cbo-sbi-2025-low',
      'cbo-sbi-2025-high',
      'cbo-nmd-2026',
      'aei-2025-low',
      'aei-2025-high',
    ]) {
      expect(basis(id), id).toBe('stated');
    }
    expect([basis('reconciliation-2025'), basis('fy2027-request')]).toEqual(['budget', 'budget']);
  });

  it('a restatement (a conversion or a misprint) never claims a stated dollar-year of its own', () => {
    for (const e of CATALOG) if (e.restates) expect(e.dollarYearBasis, e.id).toBe('assumed');
  });
});

describe('reference figures', () => {
  const figures: ReferenceFigure[] = [
    ...Object.values(CONTEXT_DEFAULTS),
    ...Object.values(FX_DEFAULTS),
    NWS_SHARE_PCT,
    NORAD_MODERNIZATION_CAD,
    ...COST_GROWTH_MARKS,
    ...NATO_TARGETS_PCT,
  ];

  /** One square mile in km²: exactly 1.609344² (the international mile). */
  const KM2_PER_SQ_MI = '2.589988110336';

  /**
   * The figure a source prints, in the value's unit and to the value's decimal places:
   * "US$29,184,890 million" → 29184890000000; "8,788,702.80 km²" → 8788702.80;
   * "3,531,905.43 sq mi" → 3,531,905.43 × 2.589988110336 km² = 9147593.07 (to the hundredth, as written).
   */
  function published(text: string, value: string): string {
    const places = value.split('.')[1]?.length ?? 0; // as written: "8788702.80" has 2
    const money = /^US\$([\d,.]+) (million|billion|trillion)$/.exec(text);
    const area = /^([\d,.]+) (km²|sq mi)$/.exec(text);
    const m = money ?? area;
    if (!m?.[1] || !m[2]) throw new Error(`cannot read ${text}`);
    const scale =
      { million: '1e6', billion: '1e9', trillion: '1e12', 'km²': '1', 'sq mi': KM2_PER_SQ_MI }[m[2]] ?? '1';
    return dec(m[1].replace(/,/g, '')).times(scale).toDecimalPlaces(places).toFixed(places);
  }

  it('the US GDP default is the World Bank’s figure to the digit: US$29,184,890 million', () => {
    expect(CONTEXT_DEFAULTS.usGdpUsd.asPublished).toBe('US$29,184,890 million');
    expect(CONTEXT_DEFAULTS.usGdpUsd.value).toBe('29184890000000');
  });

  it('every figure printed differently by its source agrees with its value to the digit', () => {
    for (const f of figures)
      if (f.asPublished) expect(published(f.asPublished, f.value), f.label).toBe(f.value);
  });

  it('the land areas are land, not total area: Statistics Canada’s 8,788,702.80 km², the Census Bureau’s 3,531,905.43 sq mi', () => {
    expect(CONTEXT_DEFAULTS.canadaLandAreaKm2).toMatchObject({ value: '8788702.80', unit: 'km2' });
    expect(CONTEXT_DEFAULTS.usLandAreaKm2).toMatchObject({ value: '9147593.07', unit: 'km2' });
    // 3,531,905.43 × 2.589988110336 = 9,147,593.0705… km², to the hundredth 9,147,593.07.
    expect(dec('3531905.43').times(KM2_PER_SQ_MI).toFixed()).toBe('9147593.07053115752448');
    for (const key of ['canadaLandAreaKm2', 'usLandAreaKm2'] as const) {
      expect(CONTEXT_DEFAULTS[key].label).toMatch(/land area/);
      expect(CONTEXT_DEFAULTS[key].source.title).toMatch(/land area/);
      expect(CONTEXT_DEFAULTS[key].source.confidence).toBe('H');
    }
    expect(CONTEXT_DEFAULTS.canadaLandAreaKm2.source.outlet).toBe('Statistics Canada');
    expect(CONTEXT_DEFAULTS.usLandAreaKm2.source.outlet).toBe('US Census Bureau');
  });

  it('calls GAO’s +26% portfolio growth, not an average; RAND’s +46% is an average', () => {
    const gao = COST_GROWTH_MARKS.find((m) => m.value === '26');
    expect(gao?.label).toMatch(/whole portfolio/);
    expect(`${gao?.short} ${gao?.shortFr}`).not.toMatch(/average|moyenne/);
    expect(COST_GROWTH_MARKS.find((m) => m.value === '46')?.label).toMatch(/average/);
  });
});

describe('default ranges say where they come from', () => {
  const custom = scenario({ inflationPct: dec(2) });
  /** A range as text, so that 46 and 46.0 compare by value. */
  const range = (...args: Parameters<typeof defaultRange>) => {
    const r = defaultRange(...args);
    return { low: r.low.toString(), high: r.high.toString(), basis: r.basis };
  };
  const cbo = scenario({ cost: { kind: 'estimate', estimateId: 'cbo-sbi-2025-high' } });

  it('a custom amount’s cost range, the inflation range and the GDP growth range are rules of thumb, and say so', () => {
    expect(range(custom, 'baseCost')).toEqual({
      low: '2250000000',
      high: '4500000000',
      basis: 'rule-of-thumb-cost',
    });
    expect(range(custom, 'inflationPct')).toEqual({
      low: '1',
      high: '4',
      basis: 'rule-of-thumb-inflation',
    });
    expect(RANGE_BASES.filter(isRuleOfThumb)).toEqual([
      'rule-of-thumb-cost',
      'rule-of-thumb-inflation',
      'rule-of-thumb-growth',
    ]);
  });

  it('sourced ranges: the CBO pair, RAND’s 46 %, the May 2025 quotes, GDP share 7.128 % to the NWS 40 %', () => {
    expect(range(cbo, 'baseCost')).toEqual({
      low: '161000000000',
      high: '542000000000',
      basis: 'catalog-pair',
    });
    expect(range(cbo, 'costGrowthPct')).toEqual({ low: '0', high: '46', basis: 'rand-growth' });
    expect(range(cbo, 'cadPerUsd')).toEqual({
      low: '1.3755',
      high: '1.396',
      basis: 'market-quotes',
    });
    // 2.24 ÷ (2.24 + 29.18489) = 7.128107…%
    expect(range(cbo, 'canadaSharePct')).toMatchObject({ high: '40', basis: 'gdp-to-nws' });
    expect(defaultRange(cbo, 'canadaSharePct').low.toFixed(6)).toBe('7.128108');
  });

  it('every starting range contains the scenario’s own value', () => {
    for (const s of [custom, cbo, scenario({ fx: { cadPerUsd: dec(2), usdPerGbp: dec(1) } })]) {
      for (const input of RANGED_INPUTS) {
        const { low, high } = defaultRange(s, input);
        expect(low.lte(high), input).toBe(true);
      }
    }
    const far = defaultRange(scenario({ fx: { cadPerUsd: dec(2), usdPerGbp: dec(1) } }), 'cadPerUsd');
    expect(far.high).toEqual(dec(2));
  });
});
