/**
 * No two modules of src import each other, directly or round a loop (type-only imports count: a loop
 * of types is still a loop a reader has to hold in mind). Imports are read with TypeScript's own
 * pre-processor, static and dynamic alike.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')];
  return candidates.find((c) => {
    if (!/\.tsx?$/.test(c)) return false;
    try {
      return statSync(c).isFile();
    } catch {
      return false; // not there, or a path through a file (styles.css/index.ts)
    }
  });
}

/** Each file's imports of other files of src. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles.flatMap((f) => resolveImport(file, f.fileName) ?? []);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every loop found by a depth-first walk, each as the files round it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return found;
}

describe('imports in src', () => {
  it('form no loop', () => {
    const loops = cycles(importGraph()).map((loop) => loop.map((f) => relative(SRC, f)).join(' → '));
    expect(loops).toEqual([]);
  });

  it('the check finds a loop when there is one (it is not vacuous)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importGraph().size).toBeGreaterThan(100);
  });
});
