/**
 * Share links: the whole scenario in the URL fragment (never sent to any server), versioned and
 * checksummed so that a damaged or edited link is recognised and refused with a message.
 * Form: `#s=<version>.<base64url of the scenario JSON>.<checksum>`.
 */
import { parseScenarioDoc, scenarioToDoc, type ParseResult } from './scenarioFile';
import type { Scenario } from '../core';

export const SHARE_LINK_VERSION = 1;
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

/** The URL fragment that restores `scenario` exactly. */
export function encodeShareFragment(scenario: Scenario): string {
  const payload = toBase64Url(JSON.stringify(scenarioToDoc(scenario)));
  return `${PREFIX}${SHARE_LINK_VERSION}.${payload}.${checksum(payload)}`;
}

/** True when a URL fragment looks like a share link (whether or not it is intact). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(PREFIX);
}

/** Reads a share-link fragment back into a scenario; a damaged link gives a problem, never an exception. */
export function decodeShareFragment(hash: string): ParseResult {
  const fail = (message: string): ParseResult => ({ ok: false, problems: [{ path: 'link', message }] });
  if (!isShareFragment(hash)) return fail('this is not a scenario link');
  const [version, payload, sum, ...extra] = hash.slice(PREFIX.length).split('.');
  if (version !== String(SHARE_LINK_VERSION)) {
    return fail(`the link is version ${version ?? '?'}, this app reads version ${SHARE_LINK_VERSION}`);
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
  const parsed = parseScenarioDoc(doc);
  return parsed.ok
    ? parsed
    : { ok: false, problems: parsed.problems.map((p) => ({ path: `link: ${p.path}`, message: p.message })) };
}
