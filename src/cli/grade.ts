/**
 * `grade <files...> --out <dir>`: a class's answers files marked again, written to
 * <dir>/class-results.csv (the same bytes as the class page's download). Files that cannot be
 * marked are listed, one line each, and the others are still marked.
 */
import { basename } from 'node:path';
import { answersProblemText, numberMarks } from '../i18n';
import { ANSWERS_BYTES_MAX, classCsv, gradeClass, type AnswersInput } from '../io';
import { UsageError, type ParsedArgs } from './args';
import { EXIT, type Console } from './console';
import { shippedExercises } from './exercises';
import { checkOut, writeOut } from './outDir';
import { readBytesAtMost } from './readFile';
import { shownPath } from './shown';

export const CLASS_CSV_NAME = 'class-results.csv';

function readInput(path: string): AnswersInput | { path: string; problem: string } {
  try {
    return { name: basename(path), bytes: readBytesAtMost(path, ANSWERS_BYTES_MAX) ?? 'tooLarge' };
  } catch (error) {
    return {
      path,
      problem: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
}

/** Exit 0 when the CSV was written (problems listed on stderr), 1 when no file could be marked. */
export function gradeCommand(args: ParsedArgs, console: Console): number {
  const out = args.options['out'];
  if (out === undefined) throw new UsageError('grade needs --out <dir>');
  if (args.positional.length === 0) throw new UsageError('no answers file given');
  checkOut(out, [CLASS_CSV_NAME]);
  const inputs: AnswersInput[] = [];
  for (const path of args.positional) {
    const input = readInput(path);
    if ('problem' in input) console.err(`${shownPath(input.path)}: ${input.problem}`);
    else inputs.push(input);
  }
  const results = gradeClass(inputs, shippedExercises(), numberMarks);
  for (const { file, problem } of results.notMarked)
    console.err(`${shownPath(file)}: not marked: ${answersProblemText(problem, 'en')}`);
  for (const { file, problem } of results.warnings)
    console.err(`${shownPath(file)}: marked, but ${answersProblemText(problem, 'en')}`);
  const marked = results.exercises.reduce((n, e) => n + e.students.length, 0);
  if (marked === 0) {
    console.err('no file could be marked; nothing written');
    return EXIT.invalid;
  }
  writeOut(out, [{ name: CLASS_CSV_NAME, text: classCsv(results) }]);
  const notMarked = args.positional.length - marked;
  console.out(
    `marked ${marked} file${marked === 1 ? '' : 's'}${notMarked > 0 ? ` (${notMarked} not marked)` : ''}; wrote ${CLASS_CSV_NAME} to ${shownPath(out)}`,
  );
  return EXIT.ok;
}
