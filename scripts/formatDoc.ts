/** docs/sources.md as the repository holds it: the generated Markdown, formatted by Prettier. */
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { sourcesMarkdown } from './sourcesDoc';

export const SOURCES_DOC_PATH = fileURLToPath(new URL('../docs/sources.md', import.meta.url));

export async function formatSourcesDoc(): Promise<string> {
  const options = (await resolveConfig(SOURCES_DOC_PATH)) ?? {};
  return format(sourcesMarkdown(), { ...options, filepath: SOURCES_DOC_PATH });
}
