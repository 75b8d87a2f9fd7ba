// The README's terminal commands run as written, from the files a fresh clone has: each `npm run ask`
// line and each line piped into `npm start` is run through a shell in the project folder, with no
// DISCORD_TOKEN (so `npm start` is the console) and only git-tracked files named as input.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProcess, type ProcessResult } from '../support/process.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(new URL('README.md', `file://${root}`), 'utf8');
const tracked = new Set(execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n'));

/** Lines of the README's ```sh blocks, comments cut off. */
const shellLines = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => m[1]!.split('\n'))
  .map((l) => l.replace(/\s+#\s.*$/, '').trim())
  .filter(Boolean);
const runnable = shellLines.filter((l) => /^npm run (--silent )?ask\b/.test(l) || /^echo .+ \| npm start$/.test(l));

function sh(command: string): Promise<ProcessResult> {
  // A terminal would leave stdin open: an empty one stands in, so nothing waits on it.
  return runProcess('sh', ['-c', command], { cwd: root, env: { DISCORD_TOKEN: '' } });
}

describe('README commands', () => {
  it('are found: every ask flag the README shows, and the console', () => {
    expect(runnable.length).toBeGreaterThanOrEqual(7);
    for (const flag of ['--json', '--jsonl', '--conversation', '--explain', '--help']) expect(runnable.some((l) => l.includes(flag)), flag).toBe(true);
    expect(runnable.some((l) => l.endsWith('| npm start'))).toBe(true);
  });

  it('name only files a fresh clone has', () => {
    for (const line of runnable) {
      for (const [, file] of line.matchAll(/<\s*(\S+)/g)) expect(tracked.has(file!), `${line}: ${file} is not tracked`).toBe(true);
    }
    for (const line of shellLines) {
      const copied = /^cp (\S+) /.exec(line);
      if (copied) expect(tracked.has(copied[1]!), line).toBe(true);
    }
  });

  it.each(runnable)('%s', async (line) => {
    const { code, stdout, stderr } = await sh(line);
    expect(code, stderr).toBe(0);
    expect(stdout.trim().length).toBeGreaterThan(0);
    const input = /<\s*(\S+)/.exec(line)?.[1];
    if (input && line.includes('--jsonl')) {
      // The contract: one JSON line per input line (a blank line is a turn break with --conversation).
      const lines = readFileSync(new URL(input, `file://${root}`), 'utf8').split('\n').slice(0, -1);
      const expected = line.includes('--conversation') ? lines.filter((l) => l.trim() !== '').length : lines.length;
      const out = stdout.split('\n').filter(Boolean);
      expect(out).toHaveLength(expected);
      for (const o of out) expect(() => JSON.parse(o)).not.toThrow();
    }
  }, 60_000);
});
