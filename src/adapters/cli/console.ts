// The local console: answers each line it reads with the same engine the bot uses. On a terminal
// it shows a prompt; from a pipe it answers every line and exits at the end of input.
import { createInterface } from 'node:readline';
import type { Engine } from '../../engine/engine.js';
import { helpText } from '../help.js';
import type { ConversationContext } from '../../engine/types.js';
import { renderAnswerText } from './render.js';

const EXIT = new Set(['exit', 'quit', ':q', 'خروج']);
const HELP = new Set(['help', '?', 'مساعدة', 'مساعده']);

export async function runConsole(engine: Engine, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const tty = Boolean((input as { isTTY?: boolean }).isTTY);
  const rl = createInterface({ input, output: tty ? output : undefined, terminal: tty });
  const say = (text: string) => output.write(`${text}\n`);
  if (tty) {
    say(helpText('en', engine.data).split('\n')[0]!);
    say('Type a question in English or Arabic ("help" for more, "exit" to leave).');
    rl.setPrompt('> ');
    rl.prompt();
  }
  // The console is one conversation: a follow-up ("and Iran?", "what is his title?") reads the last answer.
  let context: ConversationContext | undefined;
  for await (const line of rl) {
    const q = line.trim();
    if (EXIT.has(q.toLowerCase())) break;
    if (HELP.has(q.toLowerCase())) say(helpText(/[\u0600-\u06FF]/.test(q) ? 'ar' : 'en', engine.data));
    else if (q.length > 0 || !tty) {
      const answer = engine.ask(line, context ? { context } : {});
      context = answer.context;
      say(renderAnswerText(answer));
    }
    if (tty) {
      say('');
      rl.prompt();
    }
  }
  rl.close();
}
