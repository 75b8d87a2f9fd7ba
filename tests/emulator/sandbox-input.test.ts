// How the sandbox reads a typed line: Discord-style options checked against the bot's own command
// definitions, its own commands behind ":", and a friendly line for anything that cannot be sent.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { readLine, type CommandDef } from './sandbox-input.js';

const defs: CommandDef[] = commands.map((c) => c.data.toJSON());
const read = (line: string) => readLine(line, defs);
const problem = (line: string) => {
  const action = read(line);
  expect(action.kind, line).toBe('problem');
  return action.kind === 'problem' ? action.message : '';
};

describe('sandbox input', () => {
  it('reads Discord-style options, in any order, with their types', () => {
    expect(read('/ask question:Who chaired the meeting? private:true')).toEqual({
      kind: 'command',
      name: 'ask',
      options: [
        { name: 'question', type: 3, value: 'Who chaired the meeting?' },
        { name: 'private', type: 5, value: true },
      ],
    });
    expect(read('/members language:ar filter:states')).toEqual({
      kind: 'command',
      name: 'members',
      options: [
        { name: 'language', type: 3, value: 'ar' },
        { name: 'filter', type: 3, value: 'states' },
      ],
    });
    expect(read('/source paragraph:3')).toEqual({ kind: 'command', name: 'source', options: [{ name: 'paragraph', type: 4, value: 3 }] });
    expect(read('/members language:العربية')).toMatchObject({ options: [{ name: 'language', value: 'ar' }] });
    expect(read('/help')).toEqual({ kind: 'command', name: 'help', options: [] });
  });

  it('takes bare text as the first option, and keeps colons inside a question', () => {
    expect(read('/ask Who said: hello?')).toMatchObject({ kind: 'command', options: [{ name: 'question', value: 'Who said: hello?' }] });
    expect(read('/source 3 language:ar')).toMatchObject({ options: [{ name: 'paragraph', value: 3 }, { name: 'language', value: 'ar' }] });
    expect(read('/who Gargash')).toMatchObject({ options: [{ name: 'name', value: 'Gargash' }] });
  });

  it('sends every line not starting with ":", "/", "?" or "@bot" to the bot as a DM, "help" included', () => {
    expect(read('help')).toEqual({ kind: 'dm', text: 'help' });
    expect(read('quit')).toEqual({ kind: 'dm', text: 'quit' });
    expect(read('من ترأس الاجتماع؟')).toEqual({ kind: 'dm', text: 'من ترأس الاجتماع؟' });
    expect(read('@bot where was it held?')).toEqual({ kind: 'mention', text: 'where was it held?' });
    expect(read('   ')).toEqual({ kind: 'nothing' });
  });

  it('has its own commands behind ":"', () => {
    expect(read(':help')).toEqual({ kind: 'help' });
    expect(read(':quit')).toEqual({ kind: 'quit' });
    expect(read(':click 2')).toEqual({ kind: 'click', n: 2 });
    expect(read('?ask who')).toEqual({ kind: 'autocomplete', name: 'ask', option: 'question', value: 'who' });
    expect(read('?who gar')).toEqual({ kind: 'autocomplete', name: 'who', option: 'name', value: 'gar' });
  });

  it('answers what cannot be sent with one friendly line', () => {
    expect(problem('/foo')).toMatch(/no \/foo command\. Commands: \/ask, \/members/);
    expect(problem(':foo')).toMatch(/no sandbox command ":foo"/);
    expect(problem(':click')).toMatch(/:click N/);
    expect(problem(':click x')).toMatch(/:click N/);
    expect(problem('/members lang:ar')).toMatch(/no option "lang"\. Its options: filter:, language:/);
    expect(problem('/members filter:states lang:ar')).toMatch(/no option "lang"/);
    expect(problem('/members filter:everyone')).toMatch(/filter is one of: all, states, organisations/);
    expect(problem('/members language:fr')).toMatch(/en \(English\), ar \(العربية\)/);
    expect(problem('/source paragraph:three')).toMatch(/whole number/);
    expect(problem('/source paragraph:0')).toMatch(/at least 1/);
    expect(problem('/ask private:maybe question:x')).toMatch(/true or false/);
    expect(problem('/ask')).toMatch(/\/ask needs question, e\.g\. \/ask question:Who chaired the meeting\?/);
    expect(problem('/ask question:')).toMatch(/question needs a value/);
    expect(problem('/ask question:a question:b')).toMatch(/given twice/);
    expect(problem(`/ask question:${'x'.repeat(600)}`)).toMatch(/at most 500 characters/);
    expect(problem('/help me')).toMatch(/takes no options/);
    expect(problem('?members x')).toMatch(/\?ask, \?who/);
    for (const line of ['/foo', ':foo', '/members lang:ar']) expect(problem(line)).not.toMatch(/\n|Error|at .*:\d+/);
  });
});
