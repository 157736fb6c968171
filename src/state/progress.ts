/**
 * A student's progress on the exercises, kept in this browser only: their name and, for each
 * exercise, what they typed and whether they checked it (or, for an open question, marked it done).
 * Whether an answer is right is not stored: the view derives it from the typed text with the core,
 * so it stays right if a default changes.
 *
 * A separate store under its own key, so the calculator's data and this one never overwrite each
 * other. As in persistence.ts, a damaged or foreign stored value is set aside under another key and
 * reported (as a code the view translates), never a crash and never silently lost.
 */
import { createStore, useStore, type StoreApi } from 'zustand';
import { isJsonObject } from '../io';
import { syncWithStorage, type StorageEvents } from './syncStorage';

export const PROGRESS_STORAGE_KEY = 'golden-dome-calculator:progress';
const PROGRESS_VERSION = 1;
/** Longest name and answer kept (an open answer is a paragraph or two). */
export const MAX_NAME_LENGTH = 200;
export const MAX_ANSWER_LENGTH = 4000;

export interface QuestionProgress {
  /** The text the student typed, as typed. */
  readonly answer: string;
  /** Checked (numeric) or marked done (open) since it was last changed. */
  readonly checked: boolean;
}

/** Question id → progress. */
export type ExerciseProgress = Readonly<Record<string, QuestionProgress>>;

/**
 * What went wrong with stored progress: `unreadable` (damaged, set aside), `version` (another
 * version, set aside), `partial` (some entries set aside), `kept` (unreadable and no room to set it
 * aside: left as it was, nothing saved), `unsaved` (the browser refused to store), `off` (no storage
 * here at all), `otherTab` (another tab changed the answers; this one shows them).
 */
export type ProgressNotice = 'unreadable' | 'version' | 'partial' | 'kept' | 'unsaved' | 'off' | 'otherTab';

interface PersistedProgress {
  name: string;
  exercises: Record<string, ExerciseProgress>;
}

/** Who was working and what they had typed: kept by the page to undo a start over. */
export type ProgressSnapshot = Readonly<PersistedProgress>;

export interface ProgressState extends PersistedProgress {
  notice: ProgressNotice | null;
  /**
   * Whether the person at this page is known to own the stored name and answers: true when the
   * page started with nothing stored, or once they said so (confirm), started fresh or typed a
   * name. Not stored: on a shared computer every page load asks again.
   */
  confirmed: boolean;
  confirm: () => void;
  setName: (name: string) => void;
  /**
   * Starts work under a name (trimmed). A name other than the current one (case and spacing aside)
   * starts fresh: the previous student's answers are cleared. Returns what was there before.
   */
  startAs: (name: string) => ProgressSnapshot;
  /** Clears the name and every answer (the next student on a shared computer); returns what was there. */
  startOver: () => ProgressSnapshot;
  /** Puts back a snapshot (Undo). */
  restore: (snapshot: ProgressSnapshot) => void;
  /** Records a typed answer; a changed answer is unchecked unless `keepChecked` (open questions). */
  setAnswer: (exerciseId: string, questionId: string, answer: string, keepChecked?: boolean) => void;
  /** Marks an answer checked (or done). */
  check: (exerciseId: string, questionId: string) => void;
  /** Forgets every answer to one exercise. */
  clear: (exerciseId: string) => void;
  dismissNotice: () => void;
}

export type ProgressStore = StoreApi<ProgressState>;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Keeps the valid entries of a stored value; the rest go to `rejected`. */
function restoreProgress(persisted: unknown): { state: PersistedProgress; rejected: unknown[] } {
  const rejected: unknown[] = [];
  if (persisted === undefined || persisted === null) return { state: { name: '', exercises: {} }, rejected };
  if (!isJsonObject(persisted)) return { state: { name: '', exercises: {} }, rejected: [persisted] };
  const storedName = persisted['name'];
  const name = typeof storedName === 'string' ? storedName.slice(0, MAX_NAME_LENGTH) : '';
  if (storedName !== undefined && typeof storedName !== 'string') rejected.push({ name: storedName });
  const exercises: Record<string, ExerciseProgress> = {};
  const stored = persisted['exercises'];
  if (stored !== undefined && !isJsonObject(stored)) rejected.push({ exercises: stored });
  for (const [exerciseId, questions] of Object.entries(isJsonObject(stored) ? stored : {})) {
    if (!ID.test(exerciseId) || !isJsonObject(questions)) {
      rejected.push({ exerciseId, questions });
      continue;
    }
    const kept: Record<string, QuestionProgress> = {};
    for (const [questionId, entry] of Object.entries(questions)) {
      const answer = isJsonObject(entry) ? entry['answer'] : undefined;
      const checked = isJsonObject(entry) ? entry['checked'] : undefined;
      if (
        ID.test(questionId) &&
        typeof answer === 'string' &&
        answer.length <= MAX_ANSWER_LENGTH &&
        typeof checked === 'boolean'
      )
        kept[questionId] = { answer, checked };
      else rejected.push({ exerciseId, questionId, entry });
    }
    if (Object.keys(kept).length > 0) exercises[exerciseId] = kept;
  }
  return { state: { name, exercises }, rejected };
}

function withEntry(
  s: ProgressState,
  exerciseId: string,
  questionId: string,
  change: (old: QuestionProgress) => QuestionProgress,
): Pick<ProgressState, 'exercises'> {
  // Own properties only: an id such as "constructor" must not find a built-in.
  const exercise = Object.hasOwn(s.exercises, exerciseId) ? (s.exercises[exerciseId] ?? {}) : {};
  const old = (Object.hasOwn(exercise, questionId) ? exercise[questionId] : undefined) ?? {
    answer: '',
    checked: false,
  };
  return { exercises: { ...s.exercises, [exerciseId]: { ...exercise, [questionId]: change(old) } } };
}

const snapshot = (s: ProgressState): ProgressSnapshot => ({ name: s.name, exercises: s.exercises });

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** A new progress store over `storage` (localStorage by default). Loads synchronously from it. */
export function createProgressStore(
  getStorage: () => Storage = () => window.localStorage,
  events?: StorageEvents,
): ProgressStore {
  const store = createStore<ProgressState>()((set, get) => ({
    name: '',
    exercises: {},
    notice: null,
    confirmed: true,
    confirm: () => set({ confirmed: true }),
    setName: (name) => set({ name: name.slice(0, MAX_NAME_LENGTH) }),
    startAs: (name) => {
      const before = snapshot(get());
      const next = name.trim().slice(0, MAX_NAME_LENGTH);
      const same = before.name === '' || sameName(before.name, next);
      set(same ? { name: next, confirmed: true } : { name: next, exercises: {}, confirmed: true });
      return before;
    },
    startOver: () => {
      const before = snapshot(get());
      set({ name: '', exercises: {}, confirmed: true });
      return before;
    },
    restore: ({ name, exercises }) => set({ name, exercises, confirmed: true }),
    setAnswer: (exerciseId, questionId, answer, keepChecked = false) =>
      set((s) =>
        withEntry(s, exerciseId, questionId, (old) => ({
          answer: answer.slice(0, MAX_ANSWER_LENGTH),
          checked: old.checked && (keepChecked || old.answer === answer),
        })),
      ),
    check: (exerciseId, questionId) =>
      set((s) => withEntry(s, exerciseId, questionId, (old) => ({ ...old, checked: true }))),
    clear: (exerciseId) =>
      set((s) => ({
        exercises: Object.fromEntries(Object.entries(s.exercises).filter(([id]) => id !== exerciseId)),
      })),
    dismissNotice: () => set({ notice: null }),
  }));
  const report = (notice: ProgressNotice) => {
    // Said once, not at every keystroke.
    if (store.getState().notice !== notice) store.setState({ notice });
  };
  syncWithStorage(store, {
    key: PROGRESS_STORAGE_KEY,
    version: PROGRESS_VERSION,
    getStorage,
    partialize: (s) => ({ name: s.name, exercises: s.exercises }),
    tabOwned: [],
    restore: (stored, _current, setAside) => {
      const { state, rejected } = restoreProgress(stored);
      if (rejected.length > 0) report(setAside(rejected) ? 'partial' : 'kept');
      return state;
    },
    adopt: (stored) => restoreProgress(stored).state,
    changed: (s, p) => s.name !== p.name || s.exercises !== p.exercises,
    ...(events ? { listen: events } : {}),
    report: (event) => {
      if (event.kind === 'unsaved') report('unsaved');
      else if (event.kind === 'off') report('off');
      else if (event.kind === 'unreadable') report(event.setAsideKey ? 'unreadable' : 'kept');
      else if (event.kind === 'otherVersion') report(event.setAsideKey ? 'version' : 'kept');
      else report('otherTab');
    },
  });
  const { name, exercises } = store.getState();
  store.setState({ confirmed: name === '' && Object.keys(exercises).length === 0 });
  return store;
}

let progressStore: ProgressStore | undefined;
/** The store the app uses (created on first use). */
export function getProgressStore(): ProgressStore {
  progressStore ??= createProgressStore();
  return progressStore;
}

/** Replaces the app's progress store (tests render each case over a fresh one). */
export function replaceProgressStore(store: ProgressStore): void {
  progressStore = store;
}

/** React hook: select from the progress store. */
export function useProgressStore<T>(selector: (state: ProgressState) => T): T {
  return useStore(getProgressStore(), selector);
}
