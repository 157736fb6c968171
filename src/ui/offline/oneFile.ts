/**
 * The single HTML file: the whole calculator in one file, for a USB stick or a learning platform.
 * `npm run build` writes it beside index.html (vite.config.ts); its build runs in the mode named here.
 */
export const ONE_FILE_NAME = 'golden-dome-calculator.html';
export const ONE_FILE_MODE = 'single';
