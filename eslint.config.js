// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layer rule (see ARCHITECTURE.md): imports flow ui → state → io → core.
 * Each layer lists what it may not import; nothing imports ui or cli. The same holds for a dynamic
 * `import()`: no-restricted-imports does not see those, so no-restricted-syntax does.
 */
const layerMessage = (name) =>
  `Layer rule: this layer may not import src/${name} (imports flow ui → state → io → core).`;

/** An `import('…')` of one of our layers by name, e.g. '../state' or '../../ui/charts'. */
const dynamicImportOf = (name) => ({
  selector: `ImportExpression[source.value=/(^|[\\/])${name}([\\/]|$)/]`,
  message: layerMessage(name),
});

/** An `import()` whose target is computed: no lint rule can check it, so none is allowed. */
const computedImport = {
  selector: "ImportExpression[source.type!='Literal']",
  message: 'Import a module by its literal path, so that the layer rule can check it.',
};

const layer = (files, forbidden, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...forbidden.map((name) => ({
            group: [`**/${name}`, `**/${name}/**`],
            message: layerMessage(name),
          })),
          ...(extra.patterns ?? []),
        ],
      },
    ],
    'no-restricted-syntax': [
      'error',
      computedImport,
      ...forbidden.map(dynamicImportOf),
      ...(extra.syntax ?? []),
    ],
    ...extra.rules,
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

/** src/core is pure and exact: no clock, no randomness, no browser or Node globals, no lazy loading. */
const pureCore = {
  patterns: notInCore,
  syntax: [{ selector: 'ImportExpression', message: 'src/core loads nothing lazily: import statically.' }],
  rules: {
    'no-restricted-globals': [
      'error',
      ...[
        'Date',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'fetch',
        'process',
      ].map((name) => ({
        name,
        message: `src/core is pure: no ${name} (no clock, DOM, storage, network or process).`,
      })),
    ],
    'no-restricted-properties': [
      'error',
      {
        object: 'Math',
        property: 'random',
        message: 'src/core is deterministic: use the seeded generator (uncertainty/prng.ts).',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-cli/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
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
  layer(['src/core/**'], ['io', 'state', 'ui', 'cli', 'i18n'], pureCore),
  layer(['src/io/**'], ['i18n', 'state', 'ui', 'cli']),
  layer(['src/state/**'], ['ui', 'cli']),
  layer(['src/i18n/**'], ['io', 'state', 'ui', 'cli']),
  layer(['src/cli/**'], ['state', 'ui']),
  layer(['src/workers/**'], ['state', 'ui', 'cli']),
  {
    files: ['src/ui/charts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/i18n/*'],
              message: 'ui imports i18n through its one entry (src/i18n/index.ts), not its files.',
            },
          ],
        },
      ],
    },
  },
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
            {
              group: ['**/i18n/*'],
              message: 'ui imports i18n through its one entry (src/i18n/index.ts), not its files.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        computedImport,
        { ...dynamicImportOf('cli'), message: 'ui may not import cli.' },
        {
          selector: "ImportExpression[source.value='recharts']",
          message: 'recharts is imported only in src/ui/charts.',
        },
      ],
    },
  },
);
