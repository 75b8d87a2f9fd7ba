// `npm run sandbox`: the emulator and the bot together, so a person can try the Discord layer without
// a Discord account. Type a message to DM the bot, or a command; replies print as Discord shows them.
// The person sees replies and friendly lines only: the bot's logs become one short note each, never a
// raw log line or a stack.
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import pino from 'pino';
import { commands } from '../../commands/index.js';
import { startBot } from '../../src/adapters/discord/bot.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { loadData } from '../../src/data/load.js';
import { createEngine } from '../../src/engine/engine.js';
import { DiscordEmulator } from './discord-emulator.js';
import { renderRequest, type RenderedButton } from './render.js';
import { readLine, type CommandDef } from './sandbox-input.js';

const HELP = `Sandbox: a local Discord (127.0.0.1) with this bot. Type:
  any text                      a direct message to the bot ("help" too)
  @bot <text>                   a message in #general that mentions the bot
  /ask question:<text> private:true
                                a slash command, options as in Discord; also /members filter:states
                                language:ar, /who name:Gargash, /source paragraph:3, /help, /about
                                (the first option may be typed bare: /ask Who chaired? /source 3)
  ?ask <text>                   what autocomplete suggests for /ask (also ?who <text>)
  :click <n>                    press button n of the replies above
  :help                         this text
  :quit                         leave (or end the input)`;

const say = (s: string) => process.stdout.write(`${s}\n`);

/** The bot's log lines, reduced to their message: the person learns something happened, not its stack. */
const notes = new Writable({
  write(chunk: Buffer, _enc, cb) {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      try {
        const { msg } = JSON.parse(line) as { msg?: string };
        if (msg) say(`  (the bot noted: ${msg})`);
      } catch {
        // not a log line: nothing to show
      }
    }
    cb();
  },
});

async function main() {
  const emu = await DiscordEmulator.start();
  const bot = await startBot({
    config: { DISCORD_TOKEN: 'sandbox.token.not-a-real-discord-token', DISCORD_API_URL: emu.apiUrl },
    engine: createEngine(loadData()),
    logger: pino({ level: 'warn' }, notes),
    cooldown: new Cooldown(),
  });
  await new Promise<void>((r) => (bot.client.isReady() ? r() : bot.client.once('clientReady', () => r())));
  const definitions: CommandDef[] = commands.map((c) => c.data.toJSON());

  const tty = Boolean(process.stdin.isTTY);
  const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
  let buttons: RenderedButton[] = [];
  let seen = emu.requests.length;
  say(HELP);

  async function act(send: () => unknown): Promise<void> {
    const before = emu.requests.length;
    send();
    try {
      await emu.until(() => emu.requests.length > before, 3000, 'a reply');
      await new Promise((r) => setTimeout(r, 50)); // let follow-ups land
    } catch {
      say('(no reply)');
    }
    const fresh: RenderedButton[] = [];
    for (const req of emu.requests.slice(seen)) {
      const text = renderRequest(req, fresh);
      if (text) say(text);
    }
    if (fresh.length > 0) buttons = fresh;
    seen = emu.requests.length;
  }

  if (tty) {
    rl.setPrompt('you ▸ ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (!tty && line) say(`you ▸ ${line}`);
    const action = readLine(line, definitions);
    if (action.kind === 'quit') break;
    switch (action.kind) {
      case 'nothing':
        break;
      case 'help':
        say(HELP);
        break;
      case 'problem':
        say(`  ${action.message}`);
        break;
      case 'click': {
        const b = buttons[action.n - 1];
        if (!b) say(buttons.length > 0 ? `  There is no button ${action.n}: the buttons above are 1 to ${buttons.length}.` : '  There are no buttons to press yet.');
        else if (b.disabled) say(`  Button ${action.n} (${b.label}) is disabled: it cannot be pressed.`);
        else await act(() => emu.button(b.customId));
        break;
      }
      case 'autocomplete':
        await act(() => emu.autocomplete(action.name, action.option, action.value));
        break;
      case 'command':
        await act(() => emu.command(action.name, action.options));
        break;
      case 'mention':
        await act(() => emu.messageCreate(`<@${emu.bot.id}> ${action.text}`, { mentionBot: true }));
        break;
      case 'dm':
        await act(() => emu.messageCreate(action.text, { dm: true }));
        // The sandbox's own words now start with ":"; a bare one went to the bot, which may puzzle.
        if (/^(quit|exit|click \d+)$/i.test(action.text)) say(`  (that went to the bot as a message; sandbox commands start with ":", e.g. :${action.text.toLowerCase()})`);
        break;
    }
    if (tty) rl.prompt();
  }
  rl.close();
  await bot.stop();
  await emu.stop();
}

main().catch((err: unknown) => {
  say(`The sandbox stopped: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
