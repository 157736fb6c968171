// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layer rule (see ARCHITECTURE.md): imports flow ui → state → io → core.
 * Each layer lists what it may not import; nothing imports ui or cli.
 */
const layer = (files, forbidden, extra = []) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((name) => ({
            group: [`**/${name}`, `**/${name}/**`],
            message: `Layer rule: this layer may not import src/${name} (imports flow ui → state → io → core).`,
          })),
          ...extra,
        ],
      },
    ],
  },
});

const notInCore = [
  'react',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'recharts',
  'node:*',
  'fs',
  'path',
].map((name) => ({
  group: [name],
  message: 'src/core is pure: no React, zustand, recharts, DOM or Node APIs.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  layer(['src/core/**'], ['io', 'state', 'ui', 'cli', 'i18n'], notInCore),
  layer(['src/io/**'], ['state', 'ui', 'cli']),
  layer(['src/state/**'], ['ui', 'cli']),
  layer(['src/i18n/**'], ['io', 'state', 'ui', 'cli']),
  layer(['src/cli/**'], ['state', 'ui']),
  layer(['src/workers/**'], ['state', 'ui', 'cli']),
  {
    files: ['src/ui/**'],
    ignores: ['src/ui/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['recharts'], message: 'recharts is imported only in src/ui/charts.' },
            { group: ['**/cli', '**/cli/**'], message: 'ui may not import cli.' },
          ],
        },
      ],
    },
  },
);
