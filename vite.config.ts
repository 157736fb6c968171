import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, defineConfig, loadEnv, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { ONE_FILE_MODE, ONE_FILE_NAME } from './src/ui/offline/oneFile.ts';

/**
 * The Content-Security-Policy of the built app: everything from its own origin, no connection to
 * another origin (connect-src 'self'), no plugins. Framing is allowed on purpose: learning platforms
 * show pages in frames, and a chart can be embedded in an article. Added at build time only, because
 * the dev server injects inline scripts for hot reload. Inline styles are allowed: recharts uses them.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The mode of the build that makes the single HTML file (run by the main build, see singleFile()). */
export const SINGLE_MODE = ONE_FILE_MODE;
/** The single HTML file, written next to index.html in dist/. */
export const SINGLE_FILE = ONE_FILE_NAME;

/**
 * The single file's policy: nothing from anywhere (it is opened from disk, where 'self' means
 * nothing useful), only its own inline scripts by their sha256 hashes, the simulation worker from a
 * `blob:` address, images drawn by the page itself. Still no connection anywhere.
 */
export function singleFileCsp(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The sha256 (base64) of each inline script's text, as a browser hashes it for the CSP. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\ssrc=/.test(m[1] ?? ''))
    .map((m) =>
      createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64'),
    );
}

const withCsp = (html: string, csp: string) =>
  html.replace(
    '<meta charset="UTF-8" />',
    `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`,
  );

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => withCsp(html, CSP),
  };
}

/**
 * The public address for links made from the single file (VITE_PUBLIC_URL, from the environment or
 * a .env file): empty, or an absolute http(s) address, or the build stops with a reason.
 */
function publicUrl(mode: string, root: string): string {
  const value = loadEnv(mode, root, 'VITE_')['VITE_PUBLIC_URL'] ?? '';
  if (value && !/^https?:\/\/[^/]/.test(value))
    throw new Error(
      `VITE_PUBLIC_URL must be an http(s) address, e.g. https://example.org/golden-dome/ (got ${value})`,
    );
  return value;
}

/**
 * What a link preview shows (Open Graph, Twitter cards): the title, description and the image of
 * public/social-preview.png, as an absolute address when the public address is known.
 */
function socialMeta(url: string): Plugin {
  const image = url ? new URL('social-preview.png', url).toString() : './social-preview.png';
  const meta = (attrs: Record<string, string>) => ({ tag: 'meta', attrs, injectTo: 'head' as const });
  const og = (property: string, content: string) => meta({ property: `og:${property}`, content });
  const tags = [
    og('type', 'website'),
    og('title', 'Golden Dome cost calculator: what would Canada pay?'),
    og(
      'description',
      "Every published figure on one footing: move the assumptions and see Canada's share. Sourced, exact, in English and French.",
    ),
    og('image', image),
    og('image:width', '1200'),
    og('image:height', '630'),
    og('image:alt', 'A golden dome over a ground line, and the words Golden Dome cost calculator'),
    ...(url ? [og('url', url)] : []),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
  ];
  return { name: 'social-meta', apply: 'build', transformIndexHtml: (html) => ({ html, tags }) };
}

/** In the single file, the favicon is inside the page, and what only a web server can serve is left out. */
function singleFileHead(root: string): Plugin {
  return {
    name: 'single-file-head',
    apply: 'build',
    transformIndexHtml: (html) => {
      const png = readFileSync(join(root, 'public', 'favicon-32.png')).toString('base64');
      const icon = `data:image/png;base64,${png}`;
      return html
        .replace(
          /<link rel="icon"[^>]*>/,
          `<link rel="icon" type="image/png" sizes="32x32" href="${icon}" />`,
        )
        .replace(/\s*<link rel="(apple-touch-icon|manifest)"[^>]*>/g, '');
    },
  };
}

/**
 * After the hosted build, builds the single HTML file (mode `single`: every script, style and the
 * simulation worker inlined) and writes it to dist/ with its CSP, which holds the hash of each inline
 * script. The single file registers no service worker: it is not served from anywhere.
 */
function singleFile(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'single-file',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const result = await build({ root, mode: SINGLE_MODE, logLevel: 'warn', build: { write: false } });
      const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
      const page = outputs.flatMap((o) => o.output).find((f) => f.fileName === 'index.html');
      if (!page || page.type !== 'asset') throw new Error('The single-file build made no index.html');
      const html = String(page.source);
      if (/<script\b[^>]*\ssrc=|<link\b[^>]*rel="(stylesheet|modulepreload)"/.test(html))
        throw new Error('The single file still loads a script or style from another file');
      writeFileSync(
        resolve(root, outDir, SINGLE_FILE),
        withCsp(html, singleFileCsp(inlineScriptHashes(html))),
      );
    },
  };
}

/**
 * The hosted build as an installable app that works offline after one visit: a manifest with the
 * icons of public/, and a service worker (Workbox, generated from the build) that precaches every
 * file of dist/ but the single file (a copy of the whole app in one file, for download: caching it
 * would double what every visitor fetches). Queries (`?view=why&lang=fr`) only choose what the page
 * shows, so they are ignored when the page is looked up in the cache. A new version waits until the
 * page's offer is taken (registerType 'prompt', see src/ui/offline/serviceWorker.ts). Everything is
 * relative, so it works from any folder or sub-path.
 */
function offlineApp(): Plugin[] {
  return VitePWA({
    registerType: 'prompt',
    includeManifestIcons: false, // the glob below already holds them
    injectRegister: false,
    manifest: {
      name: 'Golden Dome cost calculator',
      short_name: 'Golden Dome',
      description:
        "What would the US Golden Dome missile defence system cost, and what would Canada's share be? Every published figure on one footing.",
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b5cad',
      lang: 'en',
      icons: [
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*'],
      globIgnores: [SINGLE_FILE, 'manifest.webmanifest'], // the plugin adds the manifest itself
      navigateFallback: null,
      // The first version takes charge of the page at once (the same files); later ones wait for the offer.
      clientsClaim: true,
      ignoreURLParametersMatching: [/.*/],
      maximumFileSizeToCacheInBytes: 5_000_000,
    },
  });
}

// Relative base: the built files work from any folder or static host, with no server logic.
export default defineConfig(({ mode }) => {
  const root = import.meta.dirname;
  const single = mode === SINGLE_MODE;
  const url = publicUrl(mode, root);
  return {
    base: './',
    plugins: single
      ? [react(), singleFileHead(root), viteSingleFile()]
      : [react(), contentSecurityPolicy(), socialMeta(url), ...offlineApp(), singleFile()],
    resolve: single
      ? // The simulation worker's code goes inside the page (createSimulationWorker.inline.ts).
        {
          alias: [
            { find: /^(.*\/workers\/createSimulationWorker)$/, replacement: '$1.inline' },
            { find: 'virtual:pwa-register', replacement: join(root, 'src/ui/offline/noServiceWorker.ts') },
          ],
        }
      : {},
    publicDir: single ? false : 'public',
    build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
    preview: { headers: { 'Content-Security-Policy': CSP } },
  };
});
