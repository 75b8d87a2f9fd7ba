// Vitest global setup: the process tests run the compiled entry points, as npm start does, so
// dist/ is built first when a source is newer (the same check as the npm pre-scripts).
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed: the process tests need dist/');
}
