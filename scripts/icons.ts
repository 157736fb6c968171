/**
 * `npm run icons`: draws the project's icon (a golden dome over a ground line, Canada's share of it
 * in Canada's chart colour) and its social preview image, and writes them to public/: the favicon
 * (favicon-32.png), the PNG icons installers ask for (192, 512, maskable 512, apple-touch 180) and
 * social-preview.png (1200×630), rasterized by Chromium (CHROMIUM_PATH overrides /usr/bin/chromium).
 * The PNGs are committed; run this again only when the drawing changes.
 *
 * The favicon is a small PNG, not an SVG: Chromium fetches and decodes a page's favicon again after
 * each address change (history.replaceState, which the calculator makes as the user edits), and an
 * SVG favicon costs an SVG document each time — about 2 ms of every slider step in a trace.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

const PUBLIC = join(import.meta.dirname, '..', 'public');
const BLUE = '#0b5cad';
const GOLD = '#e69f00';
const LIGHT = '#fff4dc';
const CANADA = '#d55e00';

/** The dome on a 512-unit square; `scale` shrinks it about the centre (maskable icons keep a safe zone). */
function art(scale = 1): string {
  return `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <g transform="translate(256 340)">
      <path d="M-180 0A180 180 0 0 1 180 0Z" fill="${GOLD}"/>
      <g fill="none" stroke="${LIGHT}" stroke-width="14" stroke-linecap="round">
        <path d="M0 -180V0"/>
        <path d="M-92 0A92 180 0 0 1 0 -180A92 180 0 0 1 92 0"/>
        <path d="M-136 -100Q0 -80 136 -100"/>
      </g>
      <rect x="-220" y="0" width="440" height="34" rx="8" fill="#ffffff"/>
      <rect x="124" y="0" width="96" height="34" rx="8" fill="${CANADA}"/>
    </g>
  </g>`;
}

/** The icon: rounded (favicon, ordinary icons) or full-bleed with a safe zone (maskable, Apple). */
export function iconSvg(kind: 'rounded' | 'full' | 'maskable'): string {
  const rx = kind === 'rounded' ? 96 : 0;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="${rx}" fill="${BLUE}"/>${art(kind === 'maskable' ? 0.72 : kind === 'full' ? 0.86 : 1)}</svg>`;
}

function socialHtml(): string {
  return `<!doctype html><html><head><style>
    body{margin:0;width:1200px;height:630px;background:${BLUE};color:#fff;display:flex;align-items:center;
      font-family:'DejaVu Sans','Noto Sans',system-ui,sans-serif}
    svg{width:400px;height:400px;flex:none;margin:0 40px 0 50px}
    div{max-width:640px;padding-right:60px}
    h1{font-size:60px;line-height:1.1;margin:0 0 24px}
    p{font-size:34px;line-height:1.3;margin:0 0 18px}
    .fr{color:${LIGHT};font-size:28px}
    .tag{display:inline-block;border-top:8px solid ${CANADA};padding-top:14px;font-size:26px;color:#dbe8f7}
  </style></head><body>
    <svg viewBox="0 0 512 512">${art(1.05)}</svg>
    <div><h1>Golden Dome cost calculator</h1>
      <p>What would it cost, and what would Canada pay?</p>
      <p class="fr">Dôme d’or : combien coûterait-il, et combien paierait le Canada?</p>
      <span class="tag">Every published figure, sourced, on one footing</span></div>
  </body></html>`;
}

async function png(
  browser: Browser,
  html: string,
  width: number,
  height: number,
  file: string,
): Promise<void> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html);
  writeFileSync(join(PUBLIC, file), await page.screenshot({ type: 'png', omitBackground: true }));
  await page.close();
}

const square = (svg: string, size: number) =>
  `<!doctype html><html><body style="margin:0"><img src="data:image/svg+xml,${encodeURIComponent(svg)}" width="${size}" height="${size}" style="display:block"></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
});
try {
  await png(browser, square(iconSvg('rounded'), 32), 32, 32, 'favicon-32.png');
  await png(browser, square(iconSvg('full'), 192), 192, 192, 'icon-192.png');
  await png(browser, square(iconSvg('full'), 512), 512, 512, 'icon-512.png');
  await png(browser, square(iconSvg('maskable'), 512), 512, 512, 'icon-maskable-512.png');
  await png(browser, square(iconSvg('full'), 180), 180, 180, 'apple-touch-icon.png');
  await png(browser, socialHtml(), 1200, 630, 'social-preview.png');
} finally {
  await browser.close();
}
console.log(
  'public/: favicon-32.png, icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png, social-preview.png',
);
