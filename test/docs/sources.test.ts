/** docs/sources.md is generated from the catalog and the reference data: it must be up to date. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatSourcesDoc, SOURCES_DOC_PATH } from '../../scripts/formatDoc';
import { sourcesMarkdown } from '../../scripts/sourcesDoc';
import { CATALOG, COST_GROWTH_MARKS, SHARE_RULES } from '../../src/core';
import { translate } from '../../src/i18n';

describe('docs/sources.md', () => {
  it('is what `npm run docs` writes from the data now (run it after changing a figure)', async () => {
    expect(readFileSync(SOURCES_DOC_PATH, 'utf8')).toBe(await formatSourcesDoc());
  });

  it('has a section for every estimate, with its source date and, for a quote, whose words they are', () => {
    const md = sourcesMarkdown();
    for (const e of CATALOG) {
      expect(md, e.id).toContain(`- **Id:** \`${e.id}\``);
      expect(md, e.id).toContain(e.source.date);
      if (e.quote) expect(md, e.id).toContain(`“${e.quote.text}” — words of: ${e.quote.by.outlet}`);
    }
    expect(md).toContain('(these are its words, not the words of the source above)');
  });

  it('lists the reference figures and says which suggested ranges are rules of thumb', () => {
    const md = sourcesMarkdown();
    for (const m of COST_GROWTH_MARKS) expect(md).toContain(m.label);
    expect(md).toContain('| 29184890000000 | USD | US$29,184,890 million |');
    expect(md).toMatch(/`rule-of-thumb-cost` \| no: a rule of thumb/);
  });

  it('lists every share rule with its reason, its formula and the land areas’ sources and dates', () => {
    const md = sourcesMarkdown();
    for (const rule of SHARE_RULES)
      expect(md, rule).toContain(
        `| \`${rule}\` | ${translate('en', `calculator.share.${rule}`)} | ${translate('en', `calculator.share.${rule}.why`)} |`,
      );
    expect(md).toContain('| `canadaLandAreaKm2` ÷ (`canadaLandAreaKm2` + `usLandAreaKm2`) | 49.00 % |');
    expect(md).toContain(
      '| 8788702.80 | km2 | 8,788,702.80 km² | Statistics Canada, “Census Profile, 2021 Census of Population: Canada, land area”, 2022-02-09',
    );
    expect(md).toContain(
      '| 9147593.07 | km2 | 3,531,905.43 sq mi | US Census Bureau, “State Area Measurements',
    );
  });
});
