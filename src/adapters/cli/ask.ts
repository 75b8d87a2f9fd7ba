// `npm run ask`: the answer engine from the command line.
//   ask "question"                 a readable answer with its citations
//   ask --json "question"          one JSON object
//   ask --explain "question"       the answer and how it was read (frame, ranking, operation)
//   ask --jsonl                    one question per stdin line → one JSON object per stdout line
//   ask --jsonl --conversation     the same, each line a turn; a blank line ends a conversation
//   ask --data DIR …               another article folder (default: ARTICLE_DIR or data/)
//   ask                            the interactive console
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';
import { DataError, loadData } from '../../data/load.js';
import { createEngine, type Engine } from '../../engine/engine.js';
import { toContract, type ConversationContext } from '../../engine/types.js';
import { runConsole } from './console.js';
import { renderAnswerText } from './render.js';

export const USAGE = `usage: npm run ask -- [options] ["question"]

  "question"          answer one question, readably, with its citations
  --json              print the answer as one JSON object
  --explain           print the answer and how the question was read
  --jsonl             read one question per stdin line, print one JSON object per line
  --conversation      with --jsonl: lines are turns of a conversation; a blank line starts a new one
  --data DIR          answer from another article folder (default: ARTICLE_DIR or data/)
  --help              this text

With no question and no --jsonl, the interactive console starts.`;

const FLAGS = new Set(['--json', '--jsonl', '--explain', '--conversation', '--help', '-h', '--data']);

/** Answers stdin line by line; a failing line becomes an answered:false line, and the batch goes on. */
export async function runJsonl(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream, conversation = false): Promise<void> {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  let context: ConversationContext | undefined;
  for await (const line of rl) {
    if (conversation && line.trim() === '') {
      context = undefined; // a blank line ends the conversation and gets no reply line
      continue;
    }
    const answer = engine.ask(line, conversation && context ? { context } : {});
    if (conversation) context = answer.context;
    output.write(`${JSON.stringify(toContract(answer))}\n`);
  }
}

export interface ParsedArgs {
  flags: Set<string>;
  question: string;
  dataDir?: string;
  error?: string;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const flags = new Set<string>();
  const words: string[] = [];
  let dataDir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') {
      dataDir = argv[++i];
      if (!dataDir) return { flags, question: '', error: '--data needs a folder' };
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      if (!FLAGS.has(a)) return { flags, question: '', error: `unknown option ${a}` };
      flags.add(a === '-h' ? '--help' : a);
      continue;
    }
    words.push(a);
  }
  const question = words.join(' ');
  if (flags.has('--jsonl') && question) return { flags, question, error: '--jsonl reads questions from stdin, not from arguments' };
  if (flags.has('--conversation') && !flags.has('--jsonl')) return { flags, question, error: '--conversation goes with --jsonl' };
  if ((flags.has('--json') || flags.has('--explain')) && !question) return { flags, question, error: `${flags.has('--json') ? '--json' : '--explain'} needs a question` };
  return { flags, question, ...(dataDir ? { dataDir } : {}) };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.error) {
    process.stderr.write(`ask: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.flags.has('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let engine: Engine;
  try {
    engine = createEngine(loadData(args.dataDir ? resolve(args.dataDir) : undefined), {
      onError: (err, question) => process.stderr.write(`ask: internal error on ${JSON.stringify(String(question).slice(0, 80))}: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`),
    });
  } catch (err) {
    process.stderr.write(`${err instanceof DataError ? err.message : String(err)}\n`);
    return 1;
  }
  const { flags, question } = args;
  if (flags.has('--jsonl')) {
    await runJsonl(engine, process.stdin, process.stdout, flags.has('--conversation'));
    return 0;
  }
  if (question && flags.has('--explain')) {
    const answer = engine.ask(question);
    process.stdout.write(`${renderAnswerText(answer)}\n\n${JSON.stringify(engine.explain(question), null, 1)}\n`);
    return 0;
  }
  if (question) {
    const answer = engine.ask(question);
    process.stdout.write(flags.has('--json') ? `${JSON.stringify(toContract(answer))}\n` : `${renderAnswerText(answer)}\n`);
    return 0;
  }
  await runConsole(engine);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`ask failed: ${String(err)}\n`);
    process.exitCode = 1;
  },
);
