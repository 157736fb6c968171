/**
 * A source named in the page's language: "Outlet, “Title”, May 20, 2025" / "Outlet, « Title »,
 * 20 mai 2025". The outlet is translated where it is a description; the title stays as published
 * (marked lang="en") unless it is our own description with a French version, inside the language's
 * own quotation marks.
 */
import type { ReactNode } from 'react';
import type { Source } from '../core';
import { type Lang, quoteMarks } from '../i18n';
import { dateText, sourceOutlet, sourceTitle } from '../i18n';

/** Words quoted as the language quotes: “…” / « … ». The words keep their own language. */
export function Quoted({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [open, close] = quoteMarks(lang);
  return (
    <>
      {open}
      {children}
      {close}
    </>
  );
}

export function SourceCite({ source, lang, link = false }: { source: Source; lang: Lang; link?: boolean }) {
  const title = sourceTitle(source, lang);
  return (
    <>
      {sourceOutlet(source, lang)},{' '}
      <Quoted lang={lang}>
        <cite lang={title.lang}>{title.text}</cite>
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
