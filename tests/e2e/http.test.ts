// The HTTP interactions endpoint in-process, driven by the emulator as Discord drives it: signed
// POSTs of the same interaction payloads the gateway carries. One handler, two transports: the
// replies are the gateway bot's, sent as HTTP responses.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { SlashCommand } from '../../src/adapters/discord/context.js';
import { Cooldown } from '../../src/adapters/discord/cooldown.js';
import { createEndpointApp } from '../../src/adapters/http/app.js';
import { isVerbatimIn } from '../../src/data/article.js';
import { DiscordEmulator, user } from '../emulator/discord-emulator.js';
import { testEngine } from '../support/engine.js';
import { str } from './helpers.js';

const broken: SlashCommand = {
  data: { name: 'broken', toJSON: () => ({ name: 'broken', description: 'always fails' }) },
  execute: () => {
    throw new Error('handler bug');
  },
};

let emu: DiscordEmulator;
let app: ReturnType<typeof createEndpointApp>;
let base: string;
const logs: string[] = [];
const article = testEngine().data.raw;

beforeAll(async () => {
  emu = await DiscordEmulator.start();
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  app = createEndpointApp({ engine: testEngine(), logger: pino({ level: 'info' }, sink), publicKey: emu.publicKey, commands: [...commands, broken], cooldown: new Cooldown(1_000_000, 10_000) });
  const address = await app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
});
afterAll(async () => {
  await app?.close();
  await emu?.stop();
});

const post = (payload: unknown, opts?: Parameters<DiscordEmulator['post']>[2]) => emu.post(`${base}/interactions`, payload, opts);
const ids = (data: { components: Array<{ components: Array<{ custom_id: string }> }> }) => data.components.flatMap((r) => r.components.map((c) => c.custom_id));

describe('Discord\'s endpoint validation', () => {
  it('answers a signed PING with a PONG', async () => {
    expect(await post({ id: '1', type: 1 })).toEqual({ status: 200, body: { type: 1 } });
  });
  it('refuses a missing signature, a wrong one, and a changed body with 401', async () => {
    const ping = JSON.stringify({ id: '1', type: 1 });
    expect((await post(null, { raw: ping, sign: false })).status).toBe(401);
    expect((await post(null, { raw: ping, headers: { 'x-signature-ed25519': 'ab'.repeat(64) } })).status).toBe(401);
    expect((await post(null, { raw: ping, headers: { 'x-signature-ed25519': 'not hex' } })).status).toBe(401);
    const signedForOther = emu.sign(JSON.stringify({ id: '1', type: 1, extra: true }));
    expect((await post(null, { raw: ping, headers: signedForOther })).status).toBe(401);
    const otherTimestamp = emu.sign(ping, '1700000000');
    expect((await post(null, { raw: ping, headers: { 'x-signature-ed25519': otherTimestamp['x-signature-ed25519']! } })).status).toBe(401);
  });
});

describe('requests the endpoint refuses', () => {
  it('malformed JSON, and JSON that is not an interaction, get 400', async () => {
    expect((await post(null, { raw: '{"type": 2, "data": ' })).status).toBe(400);
    expect((await post(null, { raw: '[1, 2]' })).status).toBe(400);
    expect((await post(null, { raw: 'null' })).status).toBe(400);
  });
  it('a 2 MB body gets 413, with or without a content-length', async () => {
    const big = `{"type":1,"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`;
    expect((await post(null, { raw: big })).status).toBe(413);
    expect((await post(null, { raw: big, chunked: true })).status).toBe(413);
  });
  it('unknown paths get 404, other methods 405', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/interactions`)).status).toBe(405);
  });
});

describe('the same replies as the gateway bot', () => {
  it.each([
    ['Who chaired the meeting?', /Germany/],
    ['هل المغرب عضو في مجموعة العمل؟', /نعم/],
  ])('/ask %s → type 4, a cited embed, buttons, mentions off', async (q, pattern) => {
    const { status, body } = await post(emu.commandPayload('ask', [str('question', q)]));
    expect(status).toBe(200);
    expect(body.type).toBe(4);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.flags).toBeUndefined();
    const embed = body.data.embeds[0];
    expect(embed.description).toMatch(pattern);
    expect(isVerbatimIn(embed.fields[0].value.split('\n')[0].replace(/^> «|»$/g, ''), article)).toBe(true);
    expect(ids(body.data).some((id) => id.startsWith('lang:'))).toBe(true);
  });
  it('/ask private, and in a DM (user instead of member)', async () => {
    const priv = await post(emu.commandPayload('ask', [str('question', 'Where was the meeting held?'), { name: 'private', type: 5, value: true }]));
    expect(priv.body.data.flags & 64).toBe(64);
    const dm = await post(emu.commandPayload('ask', [str('question', 'Where was the meeting held?')], { dm: true }));
    expect(dm.body.data.embeds[0].description).toMatch(/Abu Dhabi/);
  });
  it('never lets echoed input ping anyone', async () => {
    const { body } = await post(emu.commandPayload('ask', [str('question', '@everyone <@&123456789012345678> who chaired?')]));
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
  });
  it('/members, /who, /source, /help, /about', async () => {
    expect((await post(emu.commandPayload('members'))).body.data.embeds[0].title).toMatch(/34/);
    expect((await post(emu.commandPayload('who', [str('name', 'Gargash')]))).body.data.embeds[0].title).toMatch(/Gargash/);
    expect((await post(emu.commandPayload('source', [{ name: 'paragraph', type: 4, value: 2 }]))).body.data.embeds[0].description).toBe('قرقاش: لابد من محاربة الطائفية والتطرف');
    const help = (await post(emu.commandPayload('help'))).body;
    expect(help.data.embeds[0].fields).toHaveLength(2);
    expect(help.data.flags & 64).toBe(64);
    expect((await post(emu.commandPayload('about'))).body.data.embeds[0].fields).toHaveLength(2);
  });
  it('autocomplete → type 8, at most 25 choices of at most 100; 6,000 typed characters still answered', async () => {
    const { body } = await post(emu.autocompletePayload('ask', 'question', 'who'));
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeGreaterThan(0);
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
    for (const c of body.data.choices) expect(c.name.length).toBeLessThanOrEqual(100);
    const long = await post(emu.autocompletePayload('ask', 'question', `who ${'x'.repeat(6000)}`));
    expect(long.body.type).toBe(8);
    expect((await post(emu.autocompletePayload('who', 'name', 'قرق'))).body.data.choices).toEqual([{ name: 'د. أنور بن محمد قرقاش', value: 'د. أنور بن محمد قرقاش' }]);
  });
  it('buttons: a paragraph (type 4, ephemeral), the other language, a page turned in place (type 7)', async () => {
    const para = (await post(emu.buttonPayload('para:3'))).body;
    expect(para.type).toBe(4);
    expect(para.data.flags & 64).toBe(64);
    expect(para.data.embeds[0].description).toContain('ترأس كل من دولة الإمارات وألمانيا');
    expect((await post(emu.buttonPayload('lang:ar:=Who chaired the meeting?'))).body.data.embeds[0].description).toMatch(/ألمانيا/);
    const page = (await post(emu.buttonPayload('src:2'))).body;
    expect(page.type).toBe(7);
    expect(page.data.flags).toBeUndefined();
    expect(page.data.embeds[0].description).toMatch(/\*\*11\.\*\*/);
  });
  it('a long question\'s button works for its asker only', async () => {
    const alice = user('alice');
    const bob = user('bob');
    const long = 'Who chaired the meeting of the Stabilization Working Group in Abu Dhabi, and who else spoke there at length?';
    const asked = (await post(emu.commandPayload('ask', [str('question', long)], { user: alice }))).body;
    const lang = ids(asked.data).find((id) => id.startsWith('lang:'))!;
    expect(lang).toMatch(/^lang:ar:#/);
    expect((await post(emu.buttonPayload(lang, { user: alice }))).body.data.embeds[0].title).toBe(long);
    const other = (await post(emu.buttonPayload(lang, { user: bob }))).body;
    expect(other.data.content).toMatch(/انتهت صلاحية/);
    expect(other.data.flags & 64).toBe(64);
  });
});

describe('errors', () => {
  it('an unknown command gets a friendly ephemeral reply', async () => {
    const { status, body } = await post(emu.commandPayload('nope'));
    expect(status).toBe(200);
    expect(body.data.content).toMatch(/do not know this command.*\/help/);
    expect(body.data.flags & 64).toBe(64);
  });
  it('a throwing handler gets the generic ephemeral reply, logged with the interaction id', async () => {
    const p = emu.commandPayload('broken');
    const { body } = await post(p);
    expect(body.type).toBe(4);
    expect(body.data.flags & 64).toBe(64);
    expect(body.data.content).toMatch(/something went wrong/);
    expect(logs.some((l) => l.includes('handler failed') && l.includes(p.id) && l.includes('handler bug'))).toBe(true);
  });
  it('malformed interactions get the generic notice (choices for autocomplete), never silence', async () => {
    const { member: _m, ...noUser } = emu.commandPayload('ask', [str('question', 'Who chaired?')]) as Record<string, unknown>;
    const a = (await post(noUser)).body;
    expect(a.data.content).toMatch(/something went wrong/);
    expect(a.data.flags & 64).toBe(64);
    const { message: _msg, ...noMessage } = emu.buttonPayload('para:3');
    expect((await post(noMessage)).body.data.content).toMatch(/something went wrong/);
    const noFocus = emu.autocompletePayload('ask', 'question', 'who');
    (noFocus.data as { options: Array<{ focused?: boolean }> }).options[0]!.focused = false;
    expect((await post(noFocus)).body).toEqual({ type: 8, data: { choices: [] } });
    expect((await post({ ...emu.commandPayload('ask'), type: 5 })).body.data.content).toMatch(/something went wrong/);
  });
});

describe('operations', () => {
  it('GET /healthz is 200 when ready', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
  it('GET /metrics counts requests by type and outcome, latency, and signature failures', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(/interactions_http_requests_total\{type="command",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/interactions_http_requests_total\{type="command",outcome="error"\} 1/);
    expect(text).toMatch(/interactions_http_requests_total\{type="ping",outcome="ok"\} 1/);
    expect(text).toMatch(/interactions_http_requests_total\{type="none",outcome="too_large"\} 2/);
    expect(text).toMatch(/interactions_http_signature_failures_total [4-9]/);
    expect(text).toMatch(/interactions_http_request_duration_seconds_bucket\{le="0.1",type="autocomplete"\}/);
    expect(text).toMatch(/process_resident_memory_bytes/);
  });
  it('answers a burst of 200 concurrent /ask requests, every one', async () => {
    const questions = ['Who chaired the meeting?', 'هل الصين عضو في مجموعة العمل؟', 'How many states attended?', 'ما هدف الاجتماع؟'];
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => post(emu.commandPayload('ask', [str('question', questions[i % 4]!)], { user: user(`r${i}`) }))));
    expect(results.filter((r) => r.status !== 200 || r.body.type !== 4 || r.body.data.embeds.length !== 1)).toEqual([]);
  });
  it('close() lets an in-flight request finish, then refuses new ones', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: SlashCommand = { data: { name: 'slow', toJSON: () => ({ name: 'slow', description: 'waits' }) }, execute: async () => (await gate, { type: 'reply', view: { content: 'done' } }) };
    const other = createEndpointApp({ engine: testEngine(), logger: pino({ level: 'silent' }), publicKey: emu.publicKey, commands: [slow] });
    const { port } = await other.listen(0, '127.0.0.1');
    const inFlight = emu.post(`http://127.0.0.1:${port}/interactions`, emu.commandPayload('slow'));
    await new Promise((r) => setTimeout(r, 100)); // the request is being handled
    let closed = false;
    const closing = other.close().then(() => (closed = true));
    expect(other.server.listening).toBe(false); // no new connections
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(false);
    release();
    expect((await inFlight).body.data.content).toBe('done');
    await closing;
    expect(closed).toBe(true);
  });
});
