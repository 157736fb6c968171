/**
 * Browser figures: the gzipped size of the JavaScript the page loads first, and, in Chromium, the
 * time from a slider change to the updated summary and the four result charts, and the longest
 * main-thread task while a simulation's result lands; the "Cost growth" sweep again with 100 saved
 * scenarios in storage. Builds the app, serves dist/ with vite preview on a free port, and drives
 * Debian's Chromium (CHROMIUM_PATH overrides the path).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import { SINGLE_FILE } from '../vite.config';
import { summarize } from './timing';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const SIZE_GOAL_KB = 250;
/** p95 goals from a slider change to the summary and the four charts painted (issue 9). */
const YEARS_GOAL_MS = 50;
const GROWTH_GOAL_MS = 33;
const LONG_TASK_GOAL_MS = 50;
const WARMUP = 5;

/** The module scripts dist/index.html loads, plus every file they import statically (not import()). */
export function initialScripts(dist: string = DIST): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => join(dist, m[1] ?? ''));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Minified static imports: `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
    for (const m of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    )) {
      visit(join(dirname(file), m[1] ?? ''));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

function gzippedKb(files: readonly string[], level: number): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level }).length, 0) / 1000;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Samples {
  readonly toFrame: number[];
  readonly toPaint: number[];
}

/**
 * Times, in the page, setting a slider to each value until the summary and every one of the four
 * result charts have changed, then until the next frame and until that frame is painted.
 */
async function timeSliderChanges(page: Page, name: string, values: readonly string[]): Promise<Samples> {
  return page.evaluate(
    async ([name, values]) => {
      const label = [...document.querySelectorAll('.field-label')].find((el) => el.textContent === name);
      const slider = document.querySelector<HTMLInputElement>(
        `input[type="range"][aria-labelledby="${label?.id ?? ''}"]`,
      );
      const sentence = document.querySelector('#results .sentence');
      const charts = [...document.querySelectorAll('#results .result-charts .chart-plot')];
      if (!slider || !sentence || charts.length !== 4)
        throw new Error(`${name} slider, summary or the four result charts not found`);
      // The prototype's setter, as a browser sets it, so React's value tracker sees a real change.
      const setValue = (value: string) => Reflect.set(HTMLInputElement.prototype, 'value', value, slider);

      const changed = (target: Node) =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(
            () => reject(new Error(`no update within 5 s (${name} → ${String(slider.value)})`)),
            5000,
          );
          const observer = new MutationObserver(() => {
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          });
          observer.observe(target, { childList: true, subtree: true, attributes: true, characterData: true });
        });
      const nextFrame = () =>
        new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
      // A message posted from a frame callback runs after that frame is painted.
      const afterPaint = () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          }),
        );

      const toFrame: number[] = [];
      const toPaint: number[] = [];
      for (const value of values) {
        const done = [sentence, ...charts].map(changed);
        const t0 = performance.now();
        setValue(value);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await Promise.all(done);
        const [frame, paint] = await Promise.all([nextFrame(), afterPaint()]);
        toFrame.push(frame - t0);
        toPaint.push(paint - t0);
      }
      return { toFrame, toPaint };
    },
    [name, values] as const,
  );
}

/** A drag from `low` up to `high` and back: low+1 … high … low, 2 × (high − low) changes, each a new value. */
function sweep(low: number, high: number): string[] {
  const up = Array.from({ length: high - low }, (_, i) => low + 1 + i);
  const down = Array.from({ length: high - low }, (_, i) => high - 1 - i);
  return [...up, ...down].map(String);
}
// From the default preset (3 years, 0 % growth); Years also changes the number of bars drawn.
const YEARS = sweep(3, 28);
const GROWTH = sweep(0, 25);

/**
 * The longest main-thread task while simulations run: loads a preset with ranges, waits for its first
 * result, then restarts the 10,000-draw simulation five times with a new seed and reads Chromium's
 * long-task entries (PerformanceObserver "longtask": tasks over 50 ms) from the moment of each restart
 * until its result is drawn. No entry: the longest was under 50 ms. The page is left scrolled to the
 * top: every chart is drawn whether on screen or not.
 */
async function measureSimulation(page: Page): Promise<{ longestMs: number; longTasks: number }> {
  await page.getByRole('combobox', { name: 'Preset scenario' }).selectOption('cbo-2025-high-gdp');
  const panel = page.getByRole('region', { name: 'Range of outcomes' });
  await panel.getByText(/draws \(seed/).waitFor({ timeout: 30_000 });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const seed = page.getByRole('textbox', { name: 'Seed', exact: true });
  for (let i = 2; i <= 6; i += 1) {
    await seed.fill(String(i));
    await seed.press('Enter');
    await panel.getByText(new RegExp(`draws \\(seed ${i}\\)`)).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(200);
  }
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  return { longestMs: Math.max(0, ...long), longTasks: long.length };
}

/** How many saved scenarios the last measure keeps (a teacher's or a journalist's long list). */
const SAVED = 100;

/**
 * The "Cost growth" sweep again in a fresh page whose storage holds SAVED saved scenarios (each the
 * default preset's file): a slider step must not cost more for a long saved list.
 */
async function measureWithSaved(browser: Browser, baseUrl: string): Promise<Samples> {
  const doc = JSON.parse(readFileSync(join(ROOT, 'scenarios', 'trump-175-gdp.json'), 'utf8')) as unknown;
  const saved = Array.from({ length: SAVED }, (_, i) => ({ key: `saved-${i}`, doc, savedAt: '' }));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.addInitScript(
      (stored) => {
        if (localStorage.getItem('golden-dome-calculator') === null)
          localStorage.setItem('golden-dome-calculator', stored);
      },
      JSON.stringify({ state: { saved }, version: 1 }),
    );
    await page.goto(baseUrl);
    await page.locator('#results .result-charts .chart-plot svg').nth(3).waitFor();
    const rows = await page.locator('.saved-row').count();
    if (rows !== SAVED) throw new Error(`${rows} saved scenarios shown, not ${SAVED}`);
    await timeSliderChanges(page, 'Cost growth (%)', sweep(0, WARMUP)); // warm-up, ends back at 0
    return await timeSliderChanges(page, 'Cost growth (%)', GROWTH);
  } finally {
    await context.close();
  }
}

async function measureSliders(baseUrl: string): Promise<{
  years: Samples;
  growth: Samples;
  withSaved: Samples;
  simulation: { longestMs: number; longTasks: number };
}> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx compiles with esbuild's keepNames, which wraps inner functions in `__name(fn, "name")`;
    // the function handed to page.evaluate runs in the page, where that helper must exist too.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(baseUrl);
    // All four result charts drawn; the page stays scrolled to the top, most charts off screen.
    await page.locator('#results .result-charts .chart-plot svg').nth(3).waitFor();
    await timeSliderChanges(page, 'Years', sweep(3, 3 + WARMUP)); // warm-up, ends back at 3
    const years = await timeSliderChanges(page, 'Years', YEARS);
    const growth = await timeSliderChanges(page, 'Cost growth (%)', GROWTH);
    const simulation = await measureSimulation(page);
    const withSaved = await measureWithSaved(browser, baseUrl);
    return { years, growth, withSaved, simulation };
  } finally {
    await browser.close();
  }
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT MET');

/** Builds, serves and measures; returns printable lines with each figure and its goal. */
export async function benchBrowser(): Promise<string[]> {
  await build({ root: ROOT, logLevel: 'error' });
  const files = initialScripts();
  const kb = gzippedKb(files, constants.Z_DEFAULT_COMPRESSION);
  const kb9 = gzippedKb(files, 9);

  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'error',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  let timing: Awaited<ReturnType<typeof measureSliders>>;
  try {
    timing = await measureSliders(`http://127.0.0.1:${port}/`);
  } finally {
    await server.close();
  }
  const names = files.map((f) => relative(DIST, f)).join(', ');
  const single = join(DIST, SINGLE_FILE);
  return [
    `initial JavaScript, gzipped: ${kb.toFixed(1)} kB (zlib level 6; ${kb9.toFixed(1)} kB at level 9) in ${files.length} file${files.length === 1 ? '' : 's'} (${names}); goal ≤ ${SIZE_GOAL_KB} kB: ${verdict(kb <= SIZE_GOAL_KB)}`,
    `single HTML file (dist/${SINGLE_FILE}, everything inside), gzipped: ${gzippedKb([single], constants.Z_DEFAULT_COMPRESSION).toFixed(1)} kB (zlib level 6; ${(statSync(single).size / 1000).toFixed(1)} kB as written)`,
    ...sliderLines('Years', timing.years, YEARS_GOAL_MS),
    ...sliderLines('Cost growth (%)', timing.growth, GROWTH_GOAL_MS),
    ...sliderLines('Cost growth (%)', timing.withSaved, undefined, `, ${SAVED} saved scenarios in the list`),
    `longest main-thread task while a 10,000-draw simulation runs and its result is drawn (Chromium, 5 runs): ${
      timing.simulation.longTasks === 0
        ? 'under 50 ms (no long task)'
        : `${ms(timing.simulation.longestMs)} (${timing.simulation.longTasks} tasks over 50 ms)`
    }; goal < ${LONG_TASK_GOAL_MS} ms: ${verdict(timing.simulation.longestMs < LONG_TASK_GOAL_MS)}`,
  ];
}

/** A sweep's lines; without a goal, a figure to set against the same sweep without the setting. */
function sliderLines(name: string, samples: Samples, goalMs: number | undefined, setting = ''): string[] {
  const frame = summarize(samples.toFrame);
  const paint = summarize(samples.toPaint);
  return [
    `"${name}" slider${setting} → summary and all four result charts updated, next frame (Chromium, ${frame.runs} changes): median ${ms(frame.medianMs)}, p95 ${ms(frame.p95Ms)}`,
    `  … until that frame is painted: median ${ms(paint.medianMs)}, p95 ${ms(paint.p95Ms)}${
      goalMs === undefined
        ? ' (to set against the same sweep above)'
        : `; goal p95 < ${goalMs} ms: ${verdict(paint.p95Ms < goalMs)}`
    }`,
  ];
}
