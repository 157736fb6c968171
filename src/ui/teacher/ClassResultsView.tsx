/**
 * The class results page (`?view=class`): the teacher chooses or drops the students' answers files;
 * each is marked again here (gradeClass, the same code as `npm run cli -- grade`), shown as a table
 * per exercise with question-by-question figures, and downloadable as the class CSV. The files are
 * read in this browser only.
 */
import { useMemo, useState, type DragEvent } from 'react';
import { answersProblemText, numberMarks } from '../../i18n';
import { classCsv, gradeClass, type AnswersInput, type FileProblem } from '../../io';
import { downloadText } from '../download';
import { EXERCISES } from '../exercises/exerciseCatalog';
import { RouteLink } from '../exercises/links';
import { useI18n } from '../useI18n';
import { mergeFiles, readAnswersFiles } from './classFiles';
import { ClassTable } from './ClassTable';
import './teacher.css';

/** The class CSV's file name, the same as the command line's. */
const CLASS_CSV_NAME = 'class-results.csv';

function Problems({ title, list }: { title: string; list: readonly FileProblem[] }) {
  const { lang } = useI18n();
  if (list.length === 0) return null;
  return (
    <section aria-label={title} className="class-problems">
      <h3>{title}</h3>
      <ul>
        {list.map(({ file, problem }) => (
          <li key={`${file}|${problem.kind}`}>
            <strong>{file}</strong>: {answersProblemText(problem, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ClassResultsView() {
  const { t } = useI18n();
  const [files, setFiles] = useState<readonly AnswersInput[]>([]);
  const [reading, setReading] = useState(false);
  const [over, setOver] = useState(false);
  const results = useMemo(() => gradeClass(files, EXERCISES, numberMarks), [files]);
  const add = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    setReading(true);
    const added = await readAnswersFiles([...list]);
    setFiles((old) => mergeFiles(old, added));
    setReading(false);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void add(e.dataTransfer.files);
  };
  const marked = results.exercises.reduce((n, e) => n + e.students.length, 0);
  return (
    <>
      <p className="no-print">
        <RouteLink to={{ view: 'teacher' }}>{t('class.teacher.back')}</RouteLink>
      </p>
      <h2>{t('class.results.title')}</h2>
      <p>{t('class.results.intro')}</p>
      <div
        className={`drop-zone${over ? ' drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="class-drop"
      >
        <label className="button-link" htmlFor="class-files">
          {t('class.results.choose')}
        </label>
        <input
          id="class-files"
          className="visually-hidden"
          type="file"
          multiple
          accept=".csv,text/csv"
          onChange={(e) => {
            void add(e.target.files);
            e.target.value = '';
          }}
        />
        <p className="hint">{t('class.results.drop')}</p>
      </div>
      <p role="status">
        {reading
          ? t('class.results.reading')
          : files.length > 0
            ? t('class.results.count', { marked, notMarked: results.notMarked.length })
            : ''}
      </p>
      {files.length > 0 && (
        <div className="button-row no-print">
          <button
            type="button"
            disabled={marked === 0}
            onClick={() => downloadText(CLASS_CSV_NAME, classCsv(results), 'text/csv;charset=utf-8')}
          >
            {t('class.results.download')}
          </button>
          <button type="button" onClick={() => setFiles([])}>
            {t('class.results.clear')}
          </button>
        </div>
      )}
      <Problems title={t('class.results.notMarked')} list={results.notMarked} />
      <Problems title={t('class.results.warnings')} list={results.warnings} />
      {results.exercises.map((r) => (
        <ClassTable key={r.exercise.id} results={r} />
      ))}
    </>
  );
}
