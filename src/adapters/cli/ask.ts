// `npm run ask`: the answer engine from the command line.
//   ask "question"        a readable answer with its citations
//   ask --json "question" one JSON object
//   ask --jsonl           one question per stdin line → one JSON object per stdout line, nothing else on stdout
//   ask                   the interactive console
import { createInterface } from 'node:readline';
import { DataError, loadData } from '../../data/load.js';
import { createEngine, type Engine } from '../../engine/engine.js';
import { toContract } from '../../engine/types.js';
import { runConsole } from './console.js';
import { renderAnswerText } from './render.js';

export async function runJsonl(engine: Engine, input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<void> {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  for await (const line of rl) {
    output.write(`${JSON.stringify(toContract(engine.ask(line)))}\n`);
  }
}

async function main(argv: string[]): Promise<number> {
  let engine: Engine;
  try {
    engine = createEngine(loadData());
  } catch (err) {
    process.stderr.write(`${err instanceof DataError ? err.message : String(err)}\n`);
    return 1;
  }
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const question = argv.filter((a) => !a.startsWith('--')).join(' ');
  if (flags.has('--help')) {
    process.stdout.write('usage: npm run ask -- [--json] "question" | --jsonl < questions.txt | (no args: console)\n');
    return 0;
  }
  if (flags.has('--jsonl')) {
    await runJsonl(engine, process.stdin, process.stdout);
    return 0;
  }
  if (question && flags.has('--explain')) {
    process.stdout.write(`${JSON.stringify(engine.explain(question), null, 1)}\n`);
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
