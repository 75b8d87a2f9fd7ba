// The human sandbox, driven through a pipe as a person would type: it must answer and exit.
import { expect, it } from 'vitest';
import { runProcess, type ProcessResult } from '../support/process.js';

function sandbox(lines: string[]): Promise<ProcessResult> {
  return runProcess('npm', ['run', '--silent', 'sandbox'], { input: `${lines.join('\n')}\n` });
}

/** What the sandbox printed in answer to one typed line (up to the next line typed). */
function after(stdout: string, typed: string): string {
  const start = stdout.indexOf(`you ▸ ${typed}\n`);
  if (start < 0) throw new Error(`not echoed: ${typed}`);
  const rest = stdout.slice(start + `you ▸ ${typed}\n`.length);
  const end = rest.indexOf('you ▸ ');
  return end < 0 ? rest : rest.slice(0, end);
}

it('npm run sandbox answers Discord-style commands, DMs, mentions and button clicks, then exits', async () => {
  const input = [
    '/ask question:Who chaired the meeting? private:true',
    ':click 1',
    'هل الصين عضو في مجموعة العمل؟',
    '@bot where was it held?',
    '?ask who',
    '/members language:ar filter:states',
    '/source paragraph:3',
    'help',
    ':quit',
    'this line is never read',
  ];
  const { code, stdout, stderr } = await sandbox(input);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  expect(after(stdout, input[0]!)).toMatch(/^bot ▸ reply \(only you can see this\)\n {2}│ \*\*Who chaired the meeting\?\*\*/);
  expect(after(stdout, input[0]!)).toMatch(/\[1\] Show paragraph 3/);
  expect(after(stdout, input[1]!)).toMatch(/only you can see this\)\n {2}│ \*\*Paragraph 3\*\*/);
  expect(after(stdout, input[2]!)).toMatch(/لا، الصين ليست/);
  expect(after(stdout, input[3]!)).toMatch(/Abu Dhabi/);
  expect(after(stdout, input[4]!)).toMatch(/^bot ▸ autocomplete\n {2}• Who/);
  expect(after(stdout, input[5]!)).toMatch(/\*\*أعضاء مجموعة العمل المعنية بالاستقرار \(31\)\*\*/);
  expect(after(stdout, input[5]!)).not.toMatch(/المنظمات/);
  expect(after(stdout, input[6]!)).toMatch(/^bot ▸ reply\n {2}│ \*\*Paragraph 3\*\*/);
  // A plain "help" is a message to the bot, which answers with its help.
  expect(after(stdout, input[7]!)).toMatch(/^bot ▸ message\n {2}│ \*\*Help · مساعدة\*\*/);
  expect(stdout).not.toContain('this line is never read');
}, 60_000);

it('refuses what Discord would not send, in one friendly line each, and never shows a log or a stack', async () => {
  const input = ['/source', ':click 1', ':click 2', ':click 7', '/foo bar', ':foo', '/members lang:ar', '/source paragraph:0', '/ask', 'quit', ':quit'];
  const { code, stdout, stderr } = await sandbox(input);
  expect(code).toBe(0);
  expect(stderr).toBe('');
  expect(after(stdout, '/source')).toMatch(/\[1\] Previous \(disabled\) {3}\[2\] Next/);
  // The disabled button is not pressed: nothing is sent, the person is told why.
  expect(after(stdout, ':click 1')).toBe('  Button 1 (Previous) is disabled: it cannot be pressed.\n');
  expect(after(stdout, ':click 2')).toMatch(/^bot ▸ message updated\n[\s\S]*Page 2 of 2/);
  expect(after(stdout, ':click 7')).toBe('  There is no button 7: the buttons above are 1 to 2.\n');
  expect(after(stdout, '/foo bar')).toBe('  There is no /foo command. Commands: /ask, /members, /who, /source, /help, /about.\n');
  expect(after(stdout, ':foo')).toMatch(/^ {2}There is no sandbox command ":foo"\. Sandbox commands: :help, :click N, :quit/);
  expect(after(stdout, '/members lang:ar')).toBe('  This command has no option "lang". Its options: filter:, language:.\n');
  expect(after(stdout, '/source paragraph:0')).toBe('  paragraph is at least 1.\n');
  expect(after(stdout, '/ask')).toBe('  /ask needs question, e.g. /ask question:Who chaired the meeting?.\n');
  // A bare "quit" reaches the bot; the sandbox says how to leave.
  expect(after(stdout, 'quit')).toMatch(/^bot ▸ message[\s\S]*sandbox commands start with ":", e\.g\. :quit\)\n$/);
  expect(stdout).not.toMatch(/"level"|"msg"|\n\s+at .+:\d+:\d+/);
}, 60_000);

it('shows the ⏳ reaction a mention gets when it comes too fast', async () => {
  // Five questions a window are answered; the sixth mention is marked with a reaction, not a channel message.
  const input = [1, 2, 3, 4, 5, 6].map((i) => `@bot who chaired the meeting? (${i})`);
  const { code, stdout } = await sandbox([...input, ':quit']);
  expect(code).toBe(0);
  expect(after(stdout, input[4]!)).toMatch(/^bot ▸ message/);
  expect(after(stdout, input[5]!)).toBe('bot ▸ reacted ⏳ to your message\n');
}, 60_000);
