// `npm run build` and the pre-scripts' staleness check: every entry point compiled to one file,
// rebuilt only when a source is newer, and nothing printed on stdout (the --jsonl contract).
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProcess, type ProcessResult } from '../support/process.js';

function build(args: string[]): Promise<ProcessResult> {
  return runProcess(process.execPath, ['scripts/build.mjs', ...args]);
}

const out = mkdtempSync(join(tmpdir(), 'article-bot-dist-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));
const ENTRIES = ['main', 'shard', 'deploy', 'ask'];

describe('scripts/build.mjs', () => {
  it('compiles every entry point to one ES module, dependencies left external, printing nothing on stdout', async () => {
    const { code, stdout } = await build(['--outdir', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    for (const name of ENTRIES) expect(existsSync(join(out, `${name}.js`))).toBe(true);
    const main = readFileSync(join(out, 'main.js'), 'utf8');
    expect(main).toMatch(/from ["']discord\.js["']|import\(["']discord\.js["']\)/);
    expect(main).not.toContain('class WebSocketManager'); // discord.js itself is not bundled
  });

  it('--if-stale rebuilds only when a source is newer than the build', async () => {
    const file = join(out, 'ask.js');
    utimesSync(file, new Date(0), new Date(0)); // older than any source
    const first = await build(['--if-stale', '--outdir', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    const rebuilt = statSync(file).mtimeMs;
    expect(rebuilt).toBeGreaterThan(0);
    const second = await build(['--if-stale', '--outdir', out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(statSync(file).mtimeMs).toBe(rebuilt); // fresh: left alone
  });

  it('npm run --silent ask -- --jsonl rebuilds a stale dist/ and still prints only JSON on stdout', async () => {
    const bundle = join('dist', 'ask.js');
    utimesSync(bundle, new Date(0), new Date(0)); // stale: the preask script rebuilds it
    const { stdout, code } = await runProcess('npm', ['run', '--silent', 'ask', '--', '--jsonl'], { input: 'Who chaired the meeting?\nIs Iran a member?\n', env: { DISCORD_TOKEN: '' } });
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(0);
  });

  it('shards load the compiled bot, not TypeScript through tsx', () => {
    const shard = readFileSync(join(out, 'shard.js'), 'utf8');
    expect(shard).toMatch(/"dist", "main\.js"|'dist', 'main\.js'/);
    expect(shard).not.toMatch(/--import["'], ["']tsx/);
  });
});
