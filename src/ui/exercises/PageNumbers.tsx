/**
 * "Page 1 of 2" at the foot of every printed page: an @page margin box whose content is the
 * catalog's message with its {n} and {count} made the page and pages counters. Rendered as a
 * <style> by the pages that print (worksheet, key, guide), so the calculator's one-page report
 * keeps its own footer-free page.
 */
import { useI18n } from '../useI18n';

/** A CSS string token: quotes and backslashes escaped, line breaks as escapes. */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/** The CSS `content` value for a template such as "Page {n} of {count}". */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{n\}|\{count\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{n}' ? 'counter(page)' : part === '{count}' ? 'counter(pages)' : cssString(part),
    )
    .join(' ');
}

export function PageNumbers() {
  const { t } = useI18n();
  const content = pageCounterContent(t('teaching.print.page'));
  return <style>{`@page { @bottom-right { content: ${content}; font-size: 9pt; color: #333; } }`}</style>;
}
