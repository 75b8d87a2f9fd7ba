#!/usr/bin/env node
// Runs a TypeScript entry point quickly: bundles it with esbuild (dependencies left external) into
// node_modules/.cache when a source file is newer than the bundle, then runs the bundle. Loading
// TypeScript through tsx costs about 0.4 s at every start; this keeps `npm run ask` and `npm start`
// fast, and because the bundle is rebuilt whenever src/, commands/ or package.json change, an edit
// is never run stale.
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run.mjs <entry.ts> [args…]\n');
  process.exit(2);
}

function newest(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const out = join(root, 'node_modules', '.cache', 'article-qa-bot', basename(entry).replace(/\.ts$/, '.mjs'));
const sources = Math.max(newest(join(root, 'src')), newest(join(root, 'commands')), newest(join(root, 'package.json')), newest(join(root, 'scripts')));
function isFresh() {
  try {
    return statSync(out).mtimeMs >= sources;
  } catch {
    return false; // no bundle yet
  }
}
if (!isFresh()) {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [resolve(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning',
    // Dependencies stay in node_modules; a require() shim lets bundled CommonJS-style code load them.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  mkdirSync(dirname(out), { recursive: true });
  // Write then rename, so two processes starting at once never run a half-written bundle.
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, out);
}
process.argv = [process.argv[0], out, ...args];
await import(pathToFileURL(out).href);
