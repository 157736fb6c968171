/**
 * French typography for message catalogs: a no-break space before : ; ? ! % and », after «, and
 * inside "$ US" / "$ CA", so a colon, a percent sign or a currency never starts a line. Catalogs are
 * written with ordinary spaces ("Canada : {pct}", "40 %", "« Annuler »", "$ CA") and passed
 * through frenchSpacing.
 */
const NBSP = '\u00a0';

/** One French text with its spaces before : ; ? ! % » and after « made no-break. */
function frenchText(text: string): string {
  return text
    .replace(/ ([:;?!%»])/g, `${NBSP}$1`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/\$ (US|CA)\b/g, `$${NBSP}$1`);
}

/** Every text of a French catalog through frenchText (the keys and their type are unchanged). */
export function frenchSpacing<T extends Readonly<Record<string, string>>>(messages: T): T {
  return Object.fromEntries(Object.entries(messages).map(([key, text]) => [key, frenchText(text)])) as T;
}
