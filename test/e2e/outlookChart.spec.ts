/**
 * A scenario with an outlook (issue 14) in a real browser: its share link, embedded, draws Canada's
 * planned defence budget year by year, and the chart's table says it. Screenshots of the chart at
 * 375 and 1920 px go to test-results/ for a person to look at.
 */
import { expect, test } from '@playwright/test';
import { encodeShareFragment } from '../../src/io';
import { threeBillionScenario } from '../support/threeBillion';

/** US$3B over 2026–2028, Canada pays 10 %; GDP held at 2024's (growth 0), the budget on the NATO pledge path. */
function outlookLink(): string {
  const scenario = threeBillionScenario({
    schemaVersion: 4,
    id: 'pledge-flat',
    name: 'Pledge path, flat GDP',
    outlook: { canadaGdpGrowthPct: '0', usGdpGrowthPct: '0', canadaBudget: { path: 'pledge' } },
  });
  return `/?embed=budget&lang=en${encodeShareFragment(scenario)}`;
}

for (const [width, height] of [
  [375, 900],
  [1920, 1080],
] as const) {
  test(`the budget chart of a scenario with an outlook shows each year's planned budget at ${width} px`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height });
    await page.goto(outlookLink());
    const chart = page.getByRole('region', { name: /^Canada’s defence budget with its Golden Dome cost/ });
    await expect(chart.getByRole('img')).toHaveAccessibleName(
      /planned defence budget, from C\$66\.94 billion in 2026 to C\$76\.28 billion in 2028/,
    );
    await expect(chart.getByText('NATO 3.5%', { exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`budget-outlook-${width}.png`), fullPage: true });

    await chart.getByRole('button', { name: 'Show as table' }).click();
    const rows = chart.getByRole('table').getByRole('row');
    await expect(rows.first()).toContainText('Planned defence budget');
    // 2.15 %, 2.30 %, 2.45 % of C$3,113.6B; C$0.139B is 0.21 % of the first and 3.28 % of its C$4.24B new money.
    await expect(rows.nth(1)).toHaveText(/^2026\s*0\.21%\s*66\.94\s*0\.14\s*62\.27\s*108\.98\s*3\.28%$/);
    await expect(rows.nth(2)).toContainText('71.61');
    await expect(rows.nth(3)).toContainText('76.28');
  });
}

test('the same link in the calculator: the peak card names the planned budget and the pledge’s new money', async ({
  page,
}) => {
  await page.goto(outlookLink().replace('?embed=budget&lang=en', '?lang=en'));
  // C$0.139B is 0.2076 % of 2026's C$66.94B planned budget and 3.2764 % of its C$4.24B new money.
  await expect(page.locator('.card').filter({ hasText: 'At its peak in 2026' })).toContainText(
    /At its peak in 2026, Golden Dome would take 0\.2\s?% of Canada’s planned defence budget \(3\.3\s?% of the new money the pledge adds\)/,
  );
  // The years CSV carries the budget it divided by.
  const download = page.waitForEvent('download');
  await page
    .getByRole('button', { name: /years CSV/i })
    .first()
    .click();
  const csv = await (
    await download
  )
    .path()
    .then((p) => import('node:fs').then((fs) => fs.readFileSync(p, 'utf8')));
  expect(csv.split('\r\n')[1]).toMatch(/,66942400000\.00,4242400000\.00,3\.2764$/);
});
