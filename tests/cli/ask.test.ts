// The CLI contract other tools rely on: `npm run --silent ask -- --jsonl` prints one JSON object per
// input line and nothing else on stdout; `npm start` without a token answers piped lines and exits.
import { describe, expect, it } from 'vitest';
import { runProcess, type ProcessResult } from '../support/process.js';

function run(cmd: string, args: string[], input: string, env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runProcess(cmd, args, { input, env: { DISCORD_TOKEN: '', ...env } });
}

describe('ask --jsonl', () => {
  it('prints exactly one contract object per input line, empty lines included', async () => {
    const questions = ['Who chaired the meeting?', 'هل الصين عضو في مجموعة العمل؟', '', 'What is the price of oil?', '🙂'];
    const { code, stdout } = await run('npm', ['run', '--silent', 'ask', '--', '--jsonl'], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(questions.length);
    const objects = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    objects.forEach((o, i) => {
      expect(o.question).toBe(questions[i]);
      expect(Object.keys(o)).toEqual(['question', 'language', 'answered', 'text', 'citations', 'facts', 'confidence', 'suggestions']);
    });
    expect(objects[0]!.answered).toBe(true);
    expect(objects[1]!.language).toBe('ar');
    expect(objects[3]!.answered).toBe(false);
  });
});

describe('npm start without a token', () => {
  it('answers piped questions on the console and exits at the end of input', async () => {
    const { code, stdout, stderr } = await run('npm', ['start', '--silent'], 'who chaired the meeting?\nمن افتتح الاجتماع؟\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Germany/);
    expect(stdout).toMatch(/قرقاش/);
    expect(stderr).toMatch(/DISCORD_TOKEN/);
  });

  it('keeps the conversation: follow-ups in both languages, and greetings answered as small talk', async () => {
    const lines = ['Who opened the meeting?', 'What is his title?', 'Is Egypt a member?', 'and Iran?', 'هل مصر عضو؟', 'وإيران؟', 'hello'];
    const { code, stdout } = await run('npm', ['start', '--silent'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Minister of State for Foreign Affairs/);
    expect(stdout).toMatch(/No: Iran is not in the article's list/);
    expect(stdout).toMatch(/لا، إيران ليست ضمن قائمة أعضاء/);
    expect(stdout).toMatch(/Hello!/);
  });
});

describe('ask "question"', () => {
  it('prints a readable answer with its citation', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'ask', '--', 'Is Morocco a member?'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Yes: Morocco/);
    expect(stdout).toMatch(/¶ 10: «/);
  });
});
