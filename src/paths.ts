// The project's root folder, found upward from the running module: code runs from src/ (tsx, tests)
// or from a bundle in dist/ (npm run build), so paths are never taken relative to a file.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'lexicon', 'en.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No project root (package.json beside data/lexicon/en.json) above ${from}`);
    dir = parent;
  }
}
