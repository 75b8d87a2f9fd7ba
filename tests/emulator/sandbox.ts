// `npm run sandbox`: the emulator and the bot together, so a person can try the Discord layer without
// a Discord account. Type a message to DM the bot, or a command; replies print as Discord shows them.
import { createInterface } from 'node:readline';
import pino from 'pino';
import { startBot } from '../../src/adapters/discord/bot.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { loadData } from '../../src/data/load.js';
import { createEngine } from '../../src/engine/engine.js';
import { DiscordEmulator } from './discord-emulator.js';
import { renderRequest, type RenderedButton } from './render.js';

const HELP = `Sandbox: a local Discord (127.0.0.1) with this bot. Type:
  any text                 a direct message to the bot
  @bot <text>              a message in #general that mentions the bot
  /ask <question>          the slash command (also /members [states|organisations], /who <name>,
                           /source [n], /help, /about)
  ?ask <text>              what autocomplete suggests for /ask
  click <n>                press button n of the replies above
  help, quit`;

async function main() {
  const emu = await DiscordEmulator.start();
  const bot = await startBot({
    config: { DISCORD_TOKEN: 'sandbox.token.not-a-real-discord-token', DISCORD_API_URL: emu.apiUrl },
    engine: createEngine(loadData()),
    logger: pino({ level: 'warn' }, pino.destination({ fd: 2, sync: true })),
    cooldown: new Cooldown(),
  });
  await new Promise<void>((r) => (bot.client.isReady() ? r() : bot.client.once('clientReady', () => r())));

  const tty = Boolean(process.stdin.isTTY);
  const rl = createInterface({ input: process.stdin, output: tty ? process.stdout : undefined, terminal: tty });
  let buttons: RenderedButton[] = [];
  let seen = emu.requests.length;
  const say = (s: string) => process.stdout.write(`${s}\n`);
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

  const str = (name: string, value: string) => ({ name, type: 3, value });
  if (tty) {
    rl.setPrompt('you ▸ ');
    rl.prompt();
  }
  for await (const raw of rl) {
    const line = raw.trim();
    if (!tty && line) say(`you ▸ ${line}`);
    if (line === 'quit' || line === 'exit') break;
    if (line === 'help') say(HELP);
    else if (line.startsWith('click ')) {
      const b = buttons[Number(line.slice(6)) - 1];
      if (b) await act(() => emu.button(b.customId));
      else say(`There is no button ${line.slice(6)}.`);
    } else if (line.startsWith('?ask')) await act(() => emu.autocomplete('ask', 'question', line.slice(4).trim()));
    else if (line.startsWith('/')) {
      const [name = '', ...rest] = line.slice(1).split(' ');
      const arg = rest.join(' ').trim();
      const options =
        name === 'ask' ? [str('question', arg)]
        : name === 'who' ? [str('name', arg)]
        : name === 'members' && arg ? [str('filter', arg)]
        : name === 'source' && arg ? [{ name: 'paragraph', type: 4, value: Number(arg) }]
        : [];
      await act(() => emu.command(name, options));
    } else if (line.startsWith('@bot')) await act(() => emu.messageCreate(`<@${emu.bot.id}> ${line.slice(4).trim()}`, { mentionBot: true }));
    else if (line) await act(() => emu.messageCreate(line, { dm: true }));
    if (tty) rl.prompt();
  }
  rl.close();
  await bot.stop();
  await emu.stop();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
