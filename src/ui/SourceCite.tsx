/**
 * A source named in the page's language: "Outlet, “Title”, May 20, 2025" / "Outlet, « Title »,
 * 20 mai 2025". The outlet is translated where it is a description; the title stays as published
 * (marked lang="en"), inside the language's own quotation marks.
 */
import type { ReactNode } from 'react';
import type { Source } from '../core';
import type { Lang } from '../i18n';
import { sourceOutlet } from '../i18n/catalogText';
import { dateText } from './localeText';

const NBSP = '\u00a0';

/** Words quoted as the language quotes: “…” / « … ». The words keep their own language. */
export function Quoted({ lang, children }: { lang: Lang; children: ReactNode }) {
  return lang === 'fr' ? (
    <>
      «{NBSP}
      {children}
      {NBSP}»
    </>
  ) : (
    <>“{children}”</>
  );
}

export function SourceCite({ source, lang, link = false }: { source: Source; lang: Lang; link?: boolean }) {
  return (
    <>
      {sourceOutlet(source, lang)},{' '}
      <Quoted lang={lang}>
        <cite lang="en">{source.title}</cite>
      </Quoted>
      , {dateText(source.date, lang)}
      {source.url &&
        (link ? (
          <>
            {' '}
            —{' '}
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.url}
            </a>
          </>
        ) : (
          `, ${source.url}`
        ))}
    </>
  );
}
