import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, defineConfig, loadEnv, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { ONE_FILE_MODE, ONE_FILE_NAME } from './src/ui/offline/oneFile';

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

/** In the single file, the favicon is inside the page, and what only a web server can serve is left out. */
function singleFileHead(root: string): Plugin {
  return {
    name: 'single-file-head',
    apply: 'build',
    transformIndexHtml: (html) => {
      const svg = readFileSync(join(root, 'public', 'favicon.svg'), 'utf8');
      const icon = `data:image/svg+xml,${encodeURIComponent(svg)}`;
      return html
        .replace(/<link rel="icon"[^>]*>/, `<link rel="icon" type="image/svg+xml" href="${icon}" />`)
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
      writeFileSync(join(root, outDir, SINGLE_FILE), withCsp(html, singleFileCsp(inlineScriptHashes(html))));
    },
  };
}

// Relative base: the built files work from any folder or static host, with no server logic.
export default defineConfig(({ mode }) => {
  const root = import.meta.dirname;
  const single = mode === SINGLE_MODE;
  publicUrl(mode, root);
  return {
    base: './',
    plugins: single
      ? [react(), singleFileHead(root), viteSingleFile()]
      : [react(), contentSecurityPolicy(), singleFile()],
    resolve: single
      ? // The simulation worker's code goes inside the page (createSimulationWorker.inline.ts).
        { alias: [{ find: /^(.*\/workers\/createSimulationWorker)$/, replacement: '$1.inline' }] }
      : {},
    publicDir: single ? false : 'public',
    build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
    preview: { headers: { 'Content-Security-Policy': CSP } },
  };
});
