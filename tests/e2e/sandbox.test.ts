// The human sandbox, driven through a pipe as a person would type: it must answer and exit.
import { spawn } from 'node:child_process';
import { expect, it } from 'vitest';

it('npm run sandbox answers typed commands, DMs, mentions and button clicks, then exits', async () => {
  const input = ['/ask Who chaired the meeting?', 'click 1', 'هل الصين عضو في مجموعة العمل؟', '@bot where was it held?', '?ask who', 'quit'].join('\n');
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'sandbox'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, stdout: out }));
    child.stdin.end(`${input}\n`);
  });
  expect(code).toBe(0);
  expect(stdout).toMatch(/bot ▸ reply\n {2}│ \*\*Who chaired the meeting\?\*\*/);
  expect(stdout).toMatch(/\[1\] Show paragraph 3/);
  expect(stdout).toMatch(/only you can see this\)\n {2}│ \*\*Paragraph 3\*\*/);
  expect(stdout).toMatch(/لا، الصين ليست/);
  expect(stdout).toMatch(/Abu Dhabi/);
  expect(stdout).toMatch(/bot ▸ autocomplete\n {2}• Who/);
}, 30_000);
