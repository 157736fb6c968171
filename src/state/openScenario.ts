/**
 * The one way a scenario gets into the editor from outside: a file, a share link, a saved scenario
 * or a preset. Each is read and validated the same way; a good one is loaded as one undo step with
 * a message naming it, a bad one changes nothing (the scenario being edited and the saved
 * scenarios stay as they were) and gets a message listing what is wrong.
 */
import { clip, escapeUnsafe, QUOTE_MAX, type Problem, type Scenario } from '../core';
import { scenarioName } from '../i18n';
import {
  decodeShareFragment,
  fileText,
  parseJsonText,
  parseScenarioDoc,
  savedBundleDocs,
  type SharedView,
} from '../io';
import { findPreset } from './presets';
import type { AppState, Notice, ScenarioSource } from './types';

/** A piece of user text (a file name) as a message quotes it: at most QUOTE_MAX characters. */
const quoted = (text: string) => clip(escapeUnsafe(text), QUOTE_MAX);

type Parsed =
  | { readonly ok: true; readonly scenario: Scenario; readonly view?: SharedView }
  | { readonly ok: false; readonly problems: readonly Problem[] };

interface Read {
  readonly parsed: Parsed | undefined;
  /** A saved-scenarios file (io/savedBundle.ts): its documents go to the saved list, not the editor. */
  readonly bundle?: unknown[];
  readonly opened: (scenario: Scenario) => Notice | null;
  readonly refused: Notice;
}

function read(state: AppState, source: ScenarioSource): Read {
  const name = (s: Scenario) => quoted(scenarioName(s, state.lang));
  switch (source.kind) {
    case 'file': {
      const file = quoted(source.name);
      // Decoded and parsed once, as the command line reads files (UTF-8, or UTF-16 with its mark).
      const decoded = fileText(source.bytes);
      const json = decoded.ok ? parseJsonText(decoded.text) : decoded;
      const bundle = json.ok ? savedBundleDocs(json.doc) : undefined;
      return {
        parsed: bundle ? undefined : json.ok ? parseScenarioDoc(json.doc) : json,
        ...(bundle ? { bundle } : {}),
        opened: (s) => ({ kind: 'info', key: 'notice.fileOpened', params: { file, name: name(s) } }),
        refused: { kind: 'error', key: 'notice.fileBad', params: { file } },
      };
    }
    case 'link':
      return {
        parsed: decodeShareFragment(source.hash),
        opened: (s) => ({ kind: 'info', key: 'notice.linkOpened', params: { name: name(s) } }),
        refused: { kind: 'error', key: 'notice.linkBad' },
      };
    case 'saved': {
      const entry = state.saved.find((s) => s.key === source.key);
      return {
        parsed: entry ? parseScenarioDoc(entry.doc) : undefined,
        opened: (s) => ({ kind: 'info', key: 'notice.savedOpened', params: { name: name(s) } }),
        refused: { kind: 'error', key: entry ? 'notice.savedBad' : 'notice.savedMissing' },
      };
    }
    case 'preset': {
      const preset = findPreset(source.id);
      return {
        parsed: preset ? { ok: true, scenario: preset } : undefined,
        // The picker shows which preset is loaded: no message needed.
        opened: () => null,
        refused: { kind: 'error', key: 'notice.presetMissing', params: { name: quoted(source.id) } },
      };
    }
  }
}

/**
 * The scenario a source holds, with the message to show; `scenario` is absent when it was refused,
 * and `bundle` holds the documents of a saved-scenarios file instead.
 */
export function readScenarioSource(
  state: AppState,
  source: ScenarioSource,
): { scenario?: Scenario; view?: SharedView; bundle?: unknown[]; notice: Notice | null } {
  const { parsed, opened, refused, bundle } = read(state, source);
  if (bundle) return { bundle, notice: null };
  if (parsed?.ok) {
    const notice = opened(parsed.scenario);
    return {
      scenario: parsed.scenario,
      ...(parsed.view ? { view: parsed.view } : {}),
      notice: notice && { ...notice, undoable: true },
    };
  }
  return { notice: parsed ? { ...refused, problems: parsed.problems } : refused };
}
