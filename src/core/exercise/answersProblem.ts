/**
 * What can be wrong with a student's answers file handed back to the teacher (src/io/answersRead.ts
 * finds it; src/i18n/classText.ts words it). Structured data, no sentences.
 */

export type CellReason =
  | 'cells' // the row does not have one cell per column
  | 'differs' // exercise, name, time or language differs from the first row
  | 'value' // not a value this column can hold
  | 'tooLong'
  | 'unknownQuestion'
  | 'repeatedQuestion';

/** What is wrong with an answers file (or, for `resultEdited`, worth a look though it was marked). */
export type AnswersProblem =
  | { readonly kind: 'tooLarge' | 'notText' | 'foreign' | 'semicolons' | 'olderVersion' | 'noName' }
  | { readonly kind: 'unknownExercise'; readonly id: string }
  | {
      readonly kind: 'cell';
      /** The line of the file, counting the header as 1. */
      readonly line: number;
      readonly column: string;
      readonly reason: CellReason;
      readonly value: string;
    }
  | { readonly kind: 'missingQuestions'; readonly ids: readonly string[] }
  | { readonly kind: 'superseded'; readonly by: string }
  | { readonly kind: 'resultEdited'; readonly questionIds: readonly string[] };
