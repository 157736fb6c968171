/**
 * Writing a command's CSV files into --out: all of them or none. The files are written into a fresh
 * temporary folder on the same file system and moved into place only when every one is complete.
 * A symbolic link is never followed out of --out: --out itself, or a file there, being a link is refused.
 */
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { shownPath } from './shown';

/** A problem with --out, as one line: `--out out/x.csv: is a file, not a folder`. */
export class OutError extends Error {
  constructor(out: string, problem: string) {
    super(`--out ${shownPath(out)}: ${problem}`);
  }
}

/** What is wrong, in a few words ("is a file, not a folder"); becomes an OutError naming --out. */
class OutProblem extends Error {}

function outError(out: string, error: unknown): OutError {
  return new OutError(out, error instanceof OutProblem ? error.message : reason(error));
}

export interface OutFile {
  readonly name: string;
  readonly text: string;
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'cannot create files there',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENAMETOOLONG: 'the path is too long',
  EISDIR: 'a folder is in the way',
  EEXIST: 'something else was created there meanwhile',
};

/** What a file-system error means for the user, in a few words. */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return (
    (Object.hasOwn(REASONS, code) ? REASONS[code] : undefined) ??
    `cannot write there (${code || String(error)})`
  );
}

/** lstat, or undefined when nothing is there (or a part of the path is missing or a file). */
function lstatOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new OutProblem(reason(error));
  }
}

/** A folder, or a link to one (an ancestor such as /tmp may be a link: that is where the user points). */
function isFolder(path: string, stats: Stats): boolean {
  if (stats.isDirectory()) return true;
  try {
    return stats.isSymbolicLink() && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Removes a folder this command created, unless something else was put in it meanwhile. */
function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty any more: the files in it are not ours to delete.
  }
}

/** The folders from the nearest existing ancestor of `target` (exclusive) down to its parent. */
function missingParents(target: string): string[] {
  const missing: string[] = [];
  for (let dir = dirname(target); ; dir = dirname(dir)) {
    const stats = lstatOrNothing(dir);
    if (stats && !isFolder(dir, stats)) throw new OutProblem(`${shownPath(dir)} is a file, not a folder`);
    if (stats || dir === dirname(dir)) return missing.reverse();
    missing.push(dir);
  }
}

/** Refuses an --out that cannot hold `names`, without writing anything. */
export function checkOut(out: string, names: readonly string[]): void {
  try {
    checkTarget(out, names);
  } catch (error) {
    throw outError(out, error);
  }
}

function checkTarget(out: string, names: readonly string[]): void {
  if (out === '') throw new OutProblem('is empty: give a folder, such as out/');
  const target = resolve(out);
  const stats = lstatOrNothing(target);
  if (!stats) {
    missingParents(target);
    return;
  }
  if (stats.isSymbolicLink()) throw new OutProblem('is a symbolic link: give the folder itself');
  if (!stats.isDirectory()) throw new OutProblem('is a file, not a folder');
  for (const name of names) {
    const there = lstatOrNothing(join(target, name));
    if (there?.isSymbolicLink()) throw new OutProblem(`${name} there is a symbolic link; remove it first`);
    if (there?.isDirectory()) throw new OutProblem(`${name} there is a folder, where the CSV file should go`);
    if (there && !there.isFile()) throw new OutProblem(`${name} there is not a regular file`);
  }
}

/**
 * Writes every file into --out, creating it (and its missing parents) if needed; on any failure
 * nothing is left behind and an OutError says why.
 */
export function writeOut(out: string, files: readonly OutFile[]): void {
  const names = files.map((f) => f.name);
  checkOut(out, names);
  const target = resolve(out);
  const exists = lstatOrNothing(target) !== undefined;
  const created: string[] = [];
  let staging = '';
  try {
    for (const dir of exists ? [] : missingParents(target)) {
      mkdirSync(dir);
      created.push(dir);
    }
    // Beside the files when the folder exists, beside the folder when it does not: one rename each.
    staging = mkdtempSync(
      exists ? join(target, '.golden-dome-') : join(dirname(target), `.${basename(target)}-`),
    );
    for (const f of files) writeFileSync(join(staging, f.name), f.text, { flag: 'wx' });
    if (exists) {
      for (const f of files) renameSync(join(staging, f.name), join(target, f.name));
      rmdirSync(staging);
    } else renameSync(staging, target);
  } catch (error) {
    if (staging) rmSync(staging, { recursive: true, force: true });
    for (const dir of created.reverse()) removeIfEmpty(dir);
    throw outError(out, error);
  }
}
