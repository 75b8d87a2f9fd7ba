// `npm run validate-data`: checks the data folder and prints what is wrong, for CI and for editors of the data.
import { DataError, loadData } from './load.js';

try {
  const data = loadData(process.argv[2]);
  console.log(`data ok: ${data.paragraphs.length} paragraphs, ${data.facts.length} facts, ${data.entities.members.length} members`);
} catch (err) {
  console.error(err instanceof DataError ? err.message : err);
  process.exit(1);
}
