/** The teacher's chosen or dropped files as the class results read them: name and bytes, read here only. */
import { ANSWERS_BYTES_MAX, type AnswersInput } from '../../io';

/** Reads each file's bytes (a file over the limit is not read at all). */
export async function readAnswersFiles(files: readonly File[]): Promise<AnswersInput[]> {
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: file.size > ANSWERS_BYTES_MAX ? 'tooLarge' : new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

/** The files so far with `added` merged in: a file of the same name replaces the earlier one. */
export function mergeFiles(old: readonly AnswersInput[], added: readonly AnswersInput[]): AnswersInput[] {
  const names = new Set(added.map((f) => f.name));
  return [...old.filter((f) => !names.has(f.name)), ...added];
}
