/** `npm run docs`: writes docs/sources.md from the catalog and the reference data. */
import { writeFileSync } from 'node:fs';
import { formatSourcesDoc, SOURCES_DOC_PATH } from './formatDoc';

writeFileSync(SOURCES_DOC_PATH, await formatSourcesDoc());
console.log(`wrote ${SOURCES_DOC_PATH}`);
