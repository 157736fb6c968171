import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // Component tests render the whole calculator in jsdom; on a shared 2-core machine a full run can
    // take several seconds per test. A ceiling against hangs, not a speed check.
    testTimeout: 30_000,
  },
});
