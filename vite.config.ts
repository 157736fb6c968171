import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base: the built files work from any folder or static host, with no server logic.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
});
