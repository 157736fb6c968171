/** A chart's download names and its PNG's stated size. */
import { describe, expect, it } from 'vitest';
import { chartFileName, pngSize } from '../../src/ui/charts/chartFiles';

describe('chart files', () => {
  it('names a file <stem>.<chart>.<ext>, with "chart" for a missing part', () => {
    expect(chartFileName('golden-dome', 'yearly-chart', 'png')).toBe('golden-dome.yearly-chart.png');
    expect(chartFileName(undefined, 'fan-chart', 'csv')).toBe('chart.fan-chart.csv');
    expect(chartFileName('golden-dome', undefined, 'svg')).toBe('golden-dome.chart.svg');
  });

  it('states the PNG at twice the image size', () => {
    expect(pngSize({ width: 680, height: 451 })).toEqual({ width: 1360, height: 902 });
  });
});
