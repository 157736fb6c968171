/// <reference types="vite-plugin-pwa/client" />
/** What the build sets in `import.meta.env` beyond Vite's own (see README, "One file"). */
interface ImportMetaEnv {
  /** The public address of the calculator, for links made from the single HTML file. */
  readonly VITE_PUBLIC_URL?: string;
}
