import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

// Relative base: the built files work from any folder or static host, with no server logic.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
  preview: { headers: { 'Content-Security-Policy': CSP } },
});
