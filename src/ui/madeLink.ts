/**
 * Every link the app makes for someone else to open (the share link, the link for students, and any
 * QR code drawn from them) is made here, so one rule holds for all of them: a page served from a
 * web address links to that address; a page opened from a file (the single HTML file on a USB stick
 * or in a learning platform) links to the public address set at build time (`VITE_PUBLIC_URL`), or,
 * without one, to the file itself, and says that such a link works only on this computer.
 */

/** The public address of the calculator, set at build time (empty when none was given). */
export const PUBLIC_URL: string = import.meta.env.VITE_PUBLIC_URL ?? '';

export interface MadeLink {
  readonly url: string;
  /** True when the link points to a file on this computer: nobody else can open it. */
  readonly localOnly: boolean;
}

/**
 * The link to `address` (a path, query and fragment of this app, as the address bar shows it),
 * from the page at `here` (the page's own address by default).
 */
export function makeLink(
  address: string,
  here: string = window.location.href,
  publicUrl: string = PUBLIC_URL,
): MadeLink {
  const url = new URL(address, here);
  if (url.protocol !== 'file:') return { url: url.toString(), localOnly: false };
  if (!publicUrl) return { url: url.toString(), localOnly: true };
  // The public address names the page; the link keeps only what says which view and scenario.
  const pub = new URL(publicUrl);
  pub.search = url.search;
  pub.hash = url.hash;
  return { url: pub.toString(), localOnly: false };
}
