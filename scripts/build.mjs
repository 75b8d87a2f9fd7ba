#!/usr/bin/env node
// `npm run build`: bundles every entry point into dist/ with esbuild (dependencies stay in
// node_modules), so start, shards, deploy and ask run compiled JavaScript, never tsx.
//   node scripts/build.mjs              build
//   node scripts/build.mjs --if-stale   build only when a source is newer than dist/ (the pre-scripts)
//   node scripts/build.mjs --outdir D   build into D instead of dist/
// It prints nothing on stdout (`npm run --silent ask -- --jsonl` must print only JSON). When dist/
// exists but cannot be rebuilt (a production install without esbuild, a read-only folder), the
// existing build is used.
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every entry point: dist/<name>.js ← source. Add a line here to add one. */
export const ENTRIES = {
  main: 'src/main.ts',
  shard: 'src/adapters/discord/shard.ts',
  deploy: 'src/adapters/discord/deploy.ts',
  ask: 'src/adapters/cli/ask.ts',
  serve: 'src/adapters/http/serve.ts',
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['src', 'commands', 'package.json', 'scripts/build.mjs'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const outputs = (outdir) => Object.keys(ENTRIES).map((name) => join(outdir, `${name}.js`));

/** True when every output exists and is at least as new as every source. */
export function isFresh(outdir = join(root, 'dist')) {
  const sources = Math.max(...SOURCES.map((s) => newest(join(root, s))));
  return outputs(outdir).every((out) => existsSync(out) && statSync(out).mtimeMs >= sources);
}

export async function build(outdir = join(root, 'dist')) {
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning', // warnings and errors go to stderr
    // Dependencies stay in node_modules; a require() shim lets bundled CommonJS-style code load them.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  mkdirSync(outdir, { recursive: true });
  for (const file of result.outputFiles) {
    // Write then rename, so a process starting meanwhile never loads a half-written file.
    const tmp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(tmp, file.contents);
    renameSync(tmp, file.path);
  }
}

async function cli(args) {
  const at = args.indexOf('--outdir');
  const outdir = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(root, 'dist');
  if (args.includes('--if-stale') && isFresh(outdir)) return 0;
  try {
    await build(outdir);
    return 0;
  } catch (err) {
    const built = outputs(outdir).every((out) => existsSync(out));
    const noEsbuild = err?.code === 'ERR_MODULE_NOT_FOUND';
    if (built && (noEsbuild || ['EROFS', 'EACCES', 'EPERM'].includes(err?.code))) {
      process.stderr.write(`dist/ may be older than the sources, but ${noEsbuild ? 'esbuild is not installed (a production install)' : `it cannot be written (${err.code})`}: running the existing build.\n`);
      return 0;
    }
    if (noEsbuild) process.stderr.write('dist/ is missing and esbuild is not installed: run `npm install` (with dev dependencies), then `npm run build`.\n');
    else process.stderr.write(`build failed: ${err?.message ?? err}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await cli(process.argv.slice(2));
}
