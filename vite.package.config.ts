import { defineConfig } from 'vite';

/**
 * The npm package's JavaScript (`npm run build:package`): the `golden-dome` command and the library
 * entry, compiled from src/ for Node into dist-cli/. The runtime dependencies (decimal.js, zod) stay
 * imports; everything else is bundled. Both files sit two folders below the package root, as
 * src/cli/*.ts do, so the command finds the shipped scenarios/ at the same relative place.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: { 'bin/golden-dome': 'src/cli/main.ts', 'lib/index': 'src/index.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'lib/[name]-[hash].js' },
    },
  },
});
