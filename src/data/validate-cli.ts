// `npm run validate-data [DIR]`: checks an article folder (default: ARTICLE_DIR or data/) and the shared
// lexicon, and prints what is wrong, for CI and for editors of the data.
import { resolve } from 'node:path';
import { DataError, loadData } from './load.js';

try {
  const data = loadData(process.argv[2] ? resolve(process.argv[2]) : undefined);
  const { graph } = data;
  console.log(
    `data ok: ${data.paragraphs.length} paragraphs, ${graph.entities.length} entities, ${graph.relations.length} relations, ${graph.statements.length} statements`,
  );
} catch (err) {
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}
