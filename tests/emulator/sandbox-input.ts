// What a line typed in the sandbox means. Slash commands are read as Discord's client reads them,
// against the bot's own command definitions (`/ask question:… private:true`); the sandbox's own
// commands start with ":" so that every other line, "help" included, reaches the bot as a message.
// Anything that cannot be sent gets one friendly line, as Discord's client would refuse it.

/** An option as a command definition gives it (the API's JSON). */
export interface OptionDef {
  name: string;
  type: number;
  required?: boolean;
  autocomplete?: boolean;
  choices?: Array<{ name: string; value: string | number }>;
  min_value?: number;
  max_value?: number;
  max_length?: number;
}

export interface CommandDef {
  name: string;
  options?: OptionDef[];
}

export interface SentOption {
  name: string;
  type: number;
  value: string | number | boolean;
}

export type SandboxAction =
  | { kind: 'nothing' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'click'; n: number }
  | { kind: 'dm'; text: string }
  | { kind: 'mention'; text: string }
  | { kind: 'command'; name: string; options: SentOption[] }
  | { kind: 'autocomplete'; name: string; option: string; value: string }
  /** A line that cannot be sent: the friendly reason. */
  | { kind: 'problem'; message: string };

// Discord's option types the bot uses.
const STRING = 3;
const INTEGER = 4;
const BOOLEAN = 5;
const NUMBER = 10;

export const SANDBOX_COMMANDS = ':help, :click N, :quit';

const problem = (message: string): SandboxAction => ({ kind: 'problem', message });

export function readLine(line: string, commands: readonly CommandDef[]): SandboxAction {
  const text = line.trim();
  if (!text) return { kind: 'nothing' };
  if (text.startsWith(':')) return readOwn(text);
  if (text.startsWith('/')) return readCommand(text.slice(1), commands);
  if (text.startsWith('?')) return readAutocomplete(text.slice(1), commands);
  if (/^@bot\b/i.test(text)) return { kind: 'mention', text: text.slice(4).trim() };
  return { kind: 'dm', text };
}

function readOwn(text: string): SandboxAction {
  const [word = '', ...rest] = text.slice(1).trim().split(/\s+/);
  const arg = rest.join(' ');
  switch (word.toLowerCase()) {
    case 'help':
    case 'h':
      return { kind: 'help' };
    case 'quit':
    case 'q':
    case 'exit':
      return { kind: 'quit' };
    case 'click': {
      const n = Number(arg);
      return /^\d+$/.test(arg) && n >= 1 ? { kind: 'click', n } : problem('Press a button with :click N, where N is the number shown before its label, e.g. :click 1.');
    }
    default:
      return problem(`There is no sandbox command ":${word}". Sandbox commands: ${SANDBOX_COMMANDS}; anything else is sent to the bot.`);
  }
}

const list = (commands: readonly CommandDef[]) => commands.map((c) => `/${c.name}`).join(', ');

function readCommand(text: string, commands: readonly CommandDef[]): SandboxAction {
  const name = /^\S*/.exec(text)![0];
  const command = commands.find((c) => c.name === name.toLowerCase());
  if (!command) return problem(name ? `There is no /${name} command. Commands: ${list(commands)}.` : `Type a command after "/": ${list(commands)}.`);
  const defs = command.options ?? [];
  const raw = splitOptions(text.slice(name.length), defs);
  if (typeof raw === 'string') return problem(raw);
  const options: SentOption[] = [];
  for (const [key, value] of raw) {
    const def = defs.find((d) => d.name === key)!;
    const read = readValue(command, def, value);
    if ('error' in read) return problem(read.error);
    options.push({ name: def.name, type: def.type, value: read.value });
  }
  const missing = defs.find((d) => d.required && !raw.has(d.name));
  if (missing) return problem(`/${command.name} needs ${missing.name}, e.g. ${example(command)}.`);
  return { kind: 'command', name: command.name, options };
}

const example = (command: CommandDef) => {
  const first = command.options?.[0];
  if (!first) return `/${command.name}`;
  const value = first.choices?.[0]?.value ?? (first.type === INTEGER ? 3 : first.type === BOOLEAN ? 'true' : first.name === 'question' ? 'Who chaired the meeting?' : 'Gargash');
  return `/${command.name} ${first.name}:${value}`;
};

/**
 * Splits "free text name:value name:value" into values by option name. A "name:" starts an option only
 * when the command has an option of that name, so a question may hold colons. Text before the first
 * option goes to the first option, as a shortcut (`/ask Who chaired?`, `/source 3`).
 */
function splitOptions(args: string, defs: readonly OptionDef[]): Map<string, string> | string {
  const out = new Map<string, string>();
  const starts: Array<{ at: number; end: number; name: string }> = [];
  for (const m of args.matchAll(/(^|\s)([\p{L}_][\p{L}\p{N}_-]*):/gu)) {
    const name = m[2]!.toLowerCase();
    const at = m.index + m[1]!.length;
    if (defs.some((d) => d.name === name)) starts.push({ at, end: at + m[0].length - m[1]!.length, name });
    // An unknown name where an option would start (the beginning, or after a one-word value) is a typo.
    else if (args.slice(0, at).trim() === '' || afterOneWordValue(args.slice(0, at), starts, defs)) {
      return defs.length > 0
        ? `This command has no option "${m[2]}". Its options: ${defs.map((d) => `${d.name}:`).join(', ')}.`
        : `This command takes no options.`;
    }
  }
  const free = args.slice(0, starts[0]?.at ?? args.length).trim();
  if (free) {
    if (defs.length === 0) return 'This command takes no options.';
    out.set(defs[0]!.name, free);
  }
  for (const [i, s] of starts.entries()) {
    if (out.has(s.name)) return `${s.name} is given twice.`;
    out.set(s.name, args.slice(s.end, starts[i + 1]?.at ?? args.length).trim());
  }
  return out;
}

/** True when the last option started is one whose value is a single word (a number, a choice, true/false) and it is already given. */
function afterOneWordValue(before: string, starts: ReadonlyArray<{ end: number; name: string }>, defs: readonly OptionDef[]): boolean {
  const last = starts.at(-1);
  if (!last) return false;
  const def = defs.find((d) => d.name === last.name)!;
  const oneWord = def.type !== STRING || Boolean(def.choices);
  return oneWord && before.slice(last.end).trim().length > 0;
}

type Read = { value: string | number | boolean } | { error: string };

function readValue(command: CommandDef, def: OptionDef, value: string): Read {
  const error = (message: string): Read => ({ error: message });
  if (value === '') return error(`${def.name} needs a value, e.g. ${def.name}:${def.choices?.[0]?.value ?? (def.type === BOOLEAN ? 'true' : def.type === INTEGER ? 3 : '…')}.`);
  if (def.choices) {
    const v = value.toLowerCase();
    const choice = def.choices.find((c) => String(c.value).toLowerCase() === v || c.name.toLowerCase() === v);
    if (!choice) return error(`${def.name} is one of: ${def.choices.map((c) => (String(c.value) === c.name ? c.name : `${c.value} (${c.name})`)).join(', ')}.`);
    return { value: choice.value };
  }
  switch (def.type) {
    case BOOLEAN:
      if (/^(true|yes)$/i.test(value)) return { value: true };
      if (/^(false|no)$/i.test(value)) return { value: false };
      return error(`${def.name} is true or false.`);
    case INTEGER:
    case NUMBER: {
      const n = Number(value);
      if (!/^-?\d+(\.\d+)?$/.test(value) || (def.type === INTEGER && !Number.isInteger(n))) return error(`${def.name} is a ${def.type === INTEGER ? 'whole ' : ''}number, e.g. /${command.name} ${def.name}:3.`);
      if (def.min_value !== undefined && n < def.min_value) return error(`${def.name} is at least ${def.min_value}.`);
      if (def.max_value !== undefined && n > def.max_value) return error(`${def.name} is at most ${def.max_value}.`);
      return { value: n };
    }
    default:
      if (def.max_length !== undefined && value.length > def.max_length) return error(`${def.name} holds at most ${def.max_length} characters (this one has ${value.length}).`);
      return { value };
  }
}

/** "?ask who" shows what autocomplete suggests for the command's autocompleted option. */
function readAutocomplete(text: string, commands: readonly CommandDef[]): SandboxAction {
  const name = /^\S*/.exec(text)![0];
  const withAutocomplete = commands.filter((c) => c.options?.some((o) => o.autocomplete));
  const command = withAutocomplete.find((c) => c.name === name.toLowerCase().replace(/^\//, ''));
  if (!command) return problem(`Autocomplete is shown for ${withAutocomplete.map((c) => `?${c.name}`).join(', ')} followed by what you type, e.g. ?ask who.`);
  const option = command.options!.find((o) => o.autocomplete)!;
  return { kind: 'autocomplete', name: command.name, option: option.name, value: text.slice(name.length).trim() };
}
