// The command line of `npm run ask`: its usage text and how arguments are read. Kept apart from the
// entry point so tests can check the usage against the flags without starting the program.

export const USAGE = `usage: npm run ask -- [options] ["question"]

  "question"          answer one question, readably, with its citations
  --json              print the answer as one JSON object
  --explain           print the answer and how the question was read
  --jsonl             read one question per stdin line, print one JSON object per line
  --conversation      with --jsonl: lines are turns of a conversation; a blank line starts a new one
  --data DIR          answer from another article folder (default: ARTICLE_DIR or data/)
  --help, -h          this text

With no question and no --jsonl, the interactive console starts.`;

/** Every flag the usage lists; anything else starting with "-" is an error (exit 2), not a question. */
export const FLAGS = new Set(['--json', '--jsonl', '--explain', '--conversation', '--help', '-h', '--data']);

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

