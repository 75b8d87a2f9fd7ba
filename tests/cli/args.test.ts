// `npm run ask`'s command line: the usage lists every flag, and anything it does not know is an error
// with the usage (exit 2), never taken for a question.
import { describe, expect, it } from 'vitest';
import { FLAGS, USAGE, parseArgs } from '../../src/adapters/cli/args.js';
import { runProcess, type ProcessResult } from '../support/process.js';

function ask(args: string[]): Promise<ProcessResult> {
  return runProcess('npm', ['run', '--silent', 'ask', '--', ...args], { env: { DISCORD_TOKEN: '' } });
}

describe('ask arguments', () => {
  it('the usage lists exactly the flags that are accepted', () => {
    const listed = new Set(USAGE.match(/(?<![\w-])--?[a-z]+/g));
    expect(listed).toEqual(FLAGS);
  });

  it('reads questions, flags and --data', () => {
    expect(parseArgs(['Who', 'chaired?'])).toMatchObject({ question: 'Who chaired?', flags: new Set() });
    expect(parseArgs(['--json', 'Who chaired?'])).toMatchObject({ question: 'Who chaired?', flags: new Set(['--json']) });
    expect(parseArgs(['-h'])).toMatchObject({ flags: new Set(['--help']) });
    expect(parseArgs(['--data', 'other', 'q'])).toMatchObject({ question: 'q', dataDir: 'other' });
    expect(parseArgs(['--jsonl', '--conversation']).error).toBeUndefined();
    // A negative number is a question's word, not a flag.
    expect(parseArgs(['-3', 'degrees?']).error).toBeUndefined();
  });

  it('refuses unknown flags, stray arguments and flags that need what they lack', () => {
    expect(parseArgs(['--bogus', 'q']).error).toBe('unknown option --bogus');
    expect(parseArgs(['-x']).error).toBe('unknown option -x');
    expect(parseArgs(['--jsonl', 'stray']).error).toMatch(/--jsonl reads questions from stdin/);
    expect(parseArgs(['--conversation']).error).toMatch(/--conversation goes with --jsonl/);
    expect(parseArgs(['--json']).error).toMatch(/--json needs a question/);
    expect(parseArgs(['--explain']).error).toMatch(/--explain needs a question/);
    expect(parseArgs(['--data']).error).toMatch(/--data needs a folder/);
  });
});

describe('npm run ask', () => {
  it('--help prints the usage on stdout and exits 0', async () => {
    const { code, stdout, stderr } = await ask(['--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${USAGE}\n`);
    expect(stderr).toBe('');
  });

  it('an unknown flag exits 2 with the usage on stderr and nothing on stdout', async () => {
    const { code, stdout, stderr } = await ask(['--bogus', 'Who chaired?']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`ask: unknown option --bogus\n\n${USAGE}\n`);
  });

  it('a stray argument to --jsonl exits 2', async () => {
    const { code, stdout, stderr } = await ask(['--jsonl', 'stray']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^ask: --jsonl reads questions from stdin/);
  });

  it('--explain prints the answer, then how the question was read', async () => {
    const { code, stdout } = await ask(['--explain', 'Who opened the meeting?']);
    expect(code).toBe(0);
    const [answer, explanation] = stdout.split('\n\n');
    expect(answer).toMatch(/Gargash[\s\S]*¶ 4: «/);
    expect(JSON.parse(stdout.slice(stdout.indexOf('\n\n') + 2))).toHaveProperty('language', 'en');
    expect(explanation!.startsWith('{')).toBe(true);
  });
});
