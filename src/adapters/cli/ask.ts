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
import { USAGE, parseArgs } from './args.js';
import { runConsole } from './console.js';
import { renderAnswerText } from './render.js';

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
