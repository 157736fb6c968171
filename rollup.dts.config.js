// @ts-check
import { dts } from 'rollup-plugin-dts';

/**
 * The package's type declarations (`npm run build:package`): one dist-cli/lib/index.d.ts for the
 * library entry (src/index.ts), bundled from the sources by rollup-plugin-dts (the JavaScript is
 * built by vite.package.config.ts). decimal.js and zod stay imports: they are the package's dependencies.
 */
export default {
  input: 'src/index.ts',
  output: { file: 'dist-cli/lib/index.d.ts', format: 'es' },
  external: ['decimal.js', 'zod'],
  plugins: [dts({ tsconfig: 'tsconfig.package.json' })],
};
