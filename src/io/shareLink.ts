/**
 * Share links: the whole scenario and how it is shown, in the URL fragment (never sent to any
 * server), versioned and checksummed so that a damaged or edited link is recognised and refused.
 * Form: `#s=<version>.<base64url of the JSON>.<checksum>`.
 * - version 2 (written now): `{ "scenario": <scenario document>, "currency": "USD"|"CAD",
 *   "dollars": "nominal"|"constant" }`; the language and the page are in the address's query.
 * - version 1 (read, migrated): the scenario document alone, shown in US dollars, nominal.
 */
import { isJsonObject } from './migrate';
import { parseScenarioDoc, scenarioToDoc, type ParseResult } from './scenarioFile';
import type { Dollars, Problem, Scenario } from '../core';

const SHARE_LINK_VERSION = 2;

/** How the scenario is shown: the money's currency and its dollars. */
export interface SharedView {
  readonly currency: 'USD' | 'CAD';
  readonly dollars: Dollars;
}

/** What a version-1 link, which did not say, is shown in: the app's defaults. */
const DEFAULT_SHARED_VIEW: SharedView = { currency: 'USD', dollars: 'nominal' };

export type ShareLinkResult =
  | { readonly ok: true; readonly scenario: Scenario; readonly view: SharedView }
  | { readonly ok: false; readonly problems: readonly Problem[] };
const PREFIX = '#s=';

/** FNV-1a 32-bit hash of a string, as 8 hex digits: detects accidental or casual edits. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(data: string): string {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The URL fragment that restores `scenario` exactly, shown as `view`. */
export function encodeShareFragment(scenario: Scenario, view: SharedView = DEFAULT_SHARED_VIEW): string {
  const content = { scenario: scenarioToDoc(scenario), currency: view.currency, dollars: view.dollars };
  const payload = toBase64Url(JSON.stringify(content));
  return `${PREFIX}${SHARE_LINK_VERSION}.${payload}.${checksum(payload)}`;
}

/** The view a version-2 link asks for, or a problem. */
function readView(content: Record<string, unknown>): SharedView | string {
  const { currency, dollars } = content;
  if (currency !== 'USD' && currency !== 'CAD') return 'the link’s currency must be USD or CAD';
  if (dollars !== 'nominal' && dollars !== 'constant')
    return 'the link’s dollars must be nominal or constant';
  return { currency, dollars };
}

/** The scenario document and view of a link's decoded JSON, per the link's version. */
function readContent(version: number, content: unknown): { doc: unknown; view: SharedView } | string {
  if (version === 1) return { doc: content, view: DEFAULT_SHARED_VIEW };
  if (!isJsonObject(content) || !Object.hasOwn(content, 'scenario'))
    return 'the link is damaged (it holds no scenario)';
  const view = readView(content);
  return typeof view === 'string' ? view : { doc: content['scenario'], view };
}

/** True when a URL fragment looks like a share link (whether or not it is intact). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

/** Reads a share-link fragment back into a scenario and view; a damaged link gives a problem, never an exception. */
export function decodeShareFragment(hash: string): ShareLinkResult {
  const fail = (message: string): ShareLinkResult => ({ ok: false, problems: [{ path: 'link', message }] });
  if (!isShareFragment(hash)) return fail('this is not a scenario link');
  const [version, payload, sum, ...extra] = hash.slice(PREFIX.length).split('.');
  if (version !== '1' && version !== String(SHARE_LINK_VERSION)) {
    const shown = (version ?? '?').slice(0, 20);
    return fail(`the link is version ${shown}, this app reads versions 1 to ${SHARE_LINK_VERSION}`);
  }
  if (!payload || !sum || extra.length > 0 || checksum(payload) !== sum) {
    return fail('the link is damaged or was edited (its checksum does not match)');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(fromBase64Url(payload));
  } catch {
    return fail('the link is damaged (its contents cannot be read)');
  }
  const content = readContent(Number(version), doc);
  if (typeof content === 'string') return fail(content);
  const parsed: ParseResult = parseScenarioDoc(content.doc);
  return parsed.ok
    ? { ok: true, scenario: parsed.scenario, view: content.view }
    : { ok: false, problems: parsed.problems.map((p) => ({ path: `link: ${p.path}`, message: p.message })) };
}
