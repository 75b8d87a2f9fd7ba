// A small Discord emulator for tests: REST and gateway on one loopback server, enough of the API
// for the real discord.js client to log in, receive interactions and messages, and reply. It
// records every request so tests can assert on what the bot sent, and it can inject faults.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  path: string;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  at: number;
  /** The id of the message a POST to a channel created, so a test can reply to the bot's message. */
  messageId?: string;
}

interface RestFault {
  match: RegExp;
  /** An HTTP status, or 'drop': the connection is destroyed without an answer. */
  status: number | 'drop';
  times: number;
  retryAfter?: number;
}

/** PUT /channels/:channel/messages/:message/reactions/:emoji/@me, the path as recorded (decoded). */
export const REACTION = /^\/channels\/(\d+)\/messages\/(\d+)\/reactions\/([^/]+)\/@me$/;

let counter = 0n;
/** Snowflake-shaped ids (18-19 digits), increasing. */
export function snowflake(): string {
  counter += 1n;
  return (1_100_000_000_000_000_000n + counter * 4096n).toString();
}

export interface EmulatorUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

export const user = (username: string, bot = false): EmulatorUser => ({ id: snowflake(), username, global_name: username, discriminator: '0', avatar: null, ...(bot ? { bot: true } : {}) });

export class DiscordEmulator {
  readonly requests: RecordedRequest[] = [];
  readonly bot = user('article-bot', true);
  readonly member = user('reader');
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly dmChannelId = snowflake();
  /** Intents of each IDENTIFY, in order (the bot's first). */
  readonly identifiedIntents: number[] = [];
  /** The `shard` field of each IDENTIFY ([id, count]), when the client sent one. */
  readonly identifiedShards: Array<[number, number] | undefined> = [];
  private socketIntents = new Map<WebSocket, number>();
  identifies = 0;
  resumes = 0;
  /** Gateway connections opened so far (a reconnect opens a new one). */
  connections = 0;
  heartbeats = 0;

  private server!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private seq = 0;
  private sent: Array<{ s: number; payload: string }> = [];
  private sessionId = `session-${snowflake()}`;
  private ackHeartbeats = true;
  private faults: RestFault[] = [];
  private waiters: Array<() => void> = [];
  private readyResolvers: Array<() => void> = [];
  private identified = false;

  /** Milliseconds between heartbeats asked of clients in HELLO (Discord's is about 41 s). */
  heartbeatInterval = 41_250;

  /** When set, IDENTIFY is answered by closing the socket with this code (4004, 4010–4014: fatal). */
  closeOnIdentify: number | undefined;

  static async start(options: { heartbeatInterval?: number; closeOnIdentify?: number } = {}): Promise<DiscordEmulator> {
    const emulator = new DiscordEmulator();
    if (options.heartbeatInterval) emulator.heartbeatInterval = options.heartbeatInterval;
    emulator.closeOnIdentify = options.closeOnIdentify;
    await emulator.listen();
    return emulator;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The REST base for discord.js's `rest.api` option (it appends /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => void this.onRest(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (socket) => this.onSocket(socket));
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    this.wss.close();
    this.server.closeAllConnections?.();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- REST ----

  private async onRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname.split('/').map(decodeURIComponent).join('/').replace(/^\/api\/v10/, '');
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const method = req.method ?? 'GET';

    const fault = this.faults.find((f) => f.times > 0 && f.match.test(`${method} ${path}`));
    if (fault) {
      fault.times--;
      if (fault.status === 'drop') return void req.socket.destroy();
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (fault.status === 429) {
        headers['retry-after'] = String(fault.retryAfter ?? 0.05);
        headers['x-ratelimit-scope'] = 'user';
        res.writeHead(429, headers).end(JSON.stringify({ message: 'You are being rate limited.', retry_after: fault.retryAfter ?? 0.05, global: false }));
      } else res.writeHead(fault.status, headers).end(JSON.stringify({ message: 'Internal Server Error', code: 0 }));
      return;
    }

    const record: RecordedRequest = { method, path, body, at: performance.now() };
    this.requests.push(record);
    this.index(record);
    this.notify();
    const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));

    if (method === 'GET' && path === '/gateway/bot') {
      return void json(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/gateway') return void json(200, { url: `ws://127.0.0.1:${this.port}/gateway` });
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return void res.writeHead(204).end();
    if (method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return void json(200, this.message(this.channelId, body));
    if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/.test(path)) return void json(200, this.message(this.channelId, body));
    const channelPost = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (method === 'POST' && channelPost) {
      const created = this.message(channelPost[1]!, body);
      record.messageId = created.id;
      return void json(200, created);
    }
    // A reaction by the bot on a message (the emoji arrives URL-encoded, decoded above): 204, as Discord.
    if (method === 'PUT' && REACTION.test(path)) return void res.writeHead(204).end();
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return void json(200, (body as unknown[]).map((c) => ({ ...(c as object), id: snowflake(), application_id: this.bot.id, version: snowflake() })));
    }
    json(404, { message: 'Unknown route in emulator', code: 0 });
  }

  private message(channelId: string, body: unknown) {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: snowflake(),
      channel_id: channelId,
      author: this.bot,
      content: (b.content as string) ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: (b.embeds as unknown[]) ?? [],
      components: (b.components as unknown[]) ?? [],
      pinned: false,
      type: 0,
      flags: (b.flags as number) ?? 0,
    };
  }

  /** Answers the next `times` requests matching "METHOD /path" with this status (429 carries Retry-After), or drops their connection. */
  failRest(match: RegExp, status: number | 'drop', times = 1, retryAfter?: number): void {
    this.faults.push({ match, status, times, ...(retryAfter !== undefined ? { retryAfter } : {}) });
  }

  // ---- Gateway ----

  private onSocket(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (data) => this.onGateway(socket, JSON.parse(data.toString()) as { op: number; d: any })); // eslint-disable-line @typescript-eslint/no-explicit-any
    this.connections++;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatInterval }, s: null, t: null }));
  }

  private onGateway(socket: WebSocket, msg: { op: number; d: any }): void { // eslint-disable-line @typescript-eslint/no-explicit-any
    switch (msg.op) {
      case 1:
        this.heartbeats++;
        if (this.ackHeartbeats) socket.send(JSON.stringify({ op: 11, d: null }));
        return;
      case 2: {
        this.identifies++;
        if (this.closeOnIdentify !== undefined) return void socket.close(this.closeOnIdentify, 'emulator refuses the session');
        this.identifiedIntents.push(msg.d.intents);
        this.identifiedShards.push(msg.d.shard);
        this.socketIntents.set(socket, msg.d.intents);
        this.identified = true;
        this.dispatch('READY', {
          v: 10,
          user: this.bot,
          guilds: [{ id: this.guildId, unavailable: true }],
          session_id: this.sessionId,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
          application: { id: this.bot.id, flags: 0 },
          shard: [0, 1],
        }, socket);
        this.dispatch('GUILD_CREATE', this.guild(), socket);
        this.readyResolvers.splice(0).forEach((r) => r());
        return;
      }
      case 6: {
        this.resumes++;
        this.socketIntents.set(socket, this.identifiedIntents[0] ?? 0);
        // Replay what the client missed, then RESUMED.
        for (const e of this.sent.filter((x) => x.s > (msg.d.seq ?? 0))) socket.send(e.payload);
        this.dispatch('RESUMED', {}, socket);
        return;
      }
      default:
    }
  }

  private guild() {
    return {
      id: this.guildId,
      name: 'Test server',
      icon: null,
      owner_id: this.member.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: this.guildId, name: '@everyone', permissions: '1071698660929', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      members: [],
      channels: [{ id: this.channelId, type: 0, name: 'general', position: 0, permission_overwrites: [], guild_id: this.guildId }],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      preferred_locale: 'en-US',
      premium_tier: 0,
      nsfw_level: 0,
      stickers: [],
    };
  }

  private dispatch(t: string, d: unknown, only?: WebSocket, intent?: number): void {
    const s = ++this.seq;
    const payload = JSON.stringify({ op: 0, t, s, d });
    this.sent.push({ s, payload });
    for (const socket of only ? [only] : this.sockets) {
      // Events gated by an intent go only to sessions that asked for it, as Discord does.
      if (intent !== undefined && ((this.socketIntents.get(socket) ?? 0) & intent) === 0) continue;
      if (socket.readyState === socket.OPEN) socket.send(payload);
    }
  }

  /** Resolves once a client has identified (READY sent). */
  waitForIdentify(): Promise<void> {
    return this.identified ? Promise.resolve() : new Promise((r) => this.readyResolvers.push(r));
  }

  /** Closes every gateway socket (code 4000: resumable), or terminates them without a close frame. */
  dropGateway(mode: 'close' | 'terminate' = 'close'): void {
    for (const s of this.sockets) {
      if (mode === 'close') s.close(4000, 'emulator drop');
      else s.terminate();
    }
  }

  /** Closes every gateway socket with a close code, as Discord does to end a session (4004: token reset…). */
  closeGateway(code: number, reason = 'emulator close'): void {
    for (const s of this.sockets) s.close(code, reason);
  }

  stopHeartbeatAcks(stop = true): void {
    this.ackHeartbeats = !stop;
  }

  // ---- Events a test can send ----

  private interactionBase(type: number, data: unknown, dm = false, from: EmulatorUser = this.member) {
    const id = snowflake();
    const base = {
      id,
      application_id: this.bot.id,
      type,
      data,
      token: `tok-${id}`,
      version: 1,
      app_permissions: '1071698660929',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: {},
      attachment_size_limit: 8_388_608,
    };
    if (dm) return { ...base, channel_id: this.dmChannelId, channel: { id: this.dmChannelId, type: 1, recipients: [from] }, user: from, context: 1 };
    return {
      ...base,
      guild_id: this.guildId,
      guild_locale: 'en-US',
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' },
      member: { user: from, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: '1071698660929' },
      context: 0,
    };
  }

  // Interaction payloads, as Discord sends them over the gateway and POSTs them to an endpoint.

  commandPayload(name: string, options: Array<{ name: string; type: number; value: unknown }> = [], opts: { dm?: boolean; user?: EmulatorUser } = {}) {
    return this.interactionBase(2, { id: snowflake(), name, type: 1, options }, opts.dm, opts.user);
  }

  autocompletePayload(name: string, option: string, value: string, opts: { user?: EmulatorUser } = {}) {
    return this.interactionBase(4, { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] }, false, opts.user);
  }

  buttonPayload(customId: string, opts: { user?: EmulatorUser; ephemeral?: boolean } = {}) {
    const message = this.message(this.channelId, { content: '', flags: opts.ephemeral ? 64 : 0 });
    return { ...this.interactionBase(3, { custom_id: customId, component_type: 2 }, false, opts.user), message };
  }

  /** Sends a slash command; returns the interaction id. */
  command(name: string, options: Array<{ name: string; type: number; value: unknown }> = [], opts: { dm?: boolean; user?: EmulatorUser } = {}): string {
    return this.interaction(this.commandPayload(name, options, opts));
  }

  autocomplete(name: string, option: string, value: string): string {
    return this.interaction(this.autocompletePayload(name, option, value));
  }

  button(customId: string): string {
    return this.interaction(this.buttonPayload(customId));
  }

  /** Dispatches any interaction payload, malformed ones included; returns its id. */
  interaction(payload: { id: string } & Record<string, unknown>): string {
    this.dispatch('INTERACTION_CREATE', payload);
    return payload.id;
  }

  // ---- The HTTP interactions endpoint: Discord signs each POST with the application's key ----

  private readonly keys = generateKeyPairSync('ed25519');
  /** The application's public key as the Developer Portal shows it (hex, 32 bytes). */
  readonly publicKey = this.keys.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32).toString('hex');

  /** The signature headers Discord sends: Ed25519 over timestamp + body. */
  sign(body: string | Buffer, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
    const signature = sign(null, Buffer.concat([Buffer.from(timestamp), Buffer.from(body)]), this.keys.privateKey).toString('hex');
    return { 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp };
  }

  /**
   * POSTs an interaction to an endpoint as Discord does (signed JSON), or a raw body with headers of
   * the caller's choosing; resolves with the status and the parsed body (text when not JSON).
   */
  async post(url: string, payload: unknown, opts: { headers?: Record<string, string>; raw?: string | Buffer; sign?: boolean; chunked?: boolean } = {}): Promise<{ status: number; body: any }> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const body = opts.raw ?? JSON.stringify(payload);
    // Chunked: no content-length, so the server only learns the size as the body streams in.
    const length: Record<string, string> = opts.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': String(Buffer.byteLength(body)) };
    const headers = { 'content-type': 'application/json', ...length, ...(opts.sign === false ? {} : this.sign(body)), ...opts.headers };
    return new Promise((resolve, reject) => {
      let answered = false;
      const req = request(url, { method: 'POST', headers }, (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      });
      // A server may answer (413) and close before a large body is all sent: the answer still counts.
      req.on('error', (err) => (answered ? undefined : reject(err)));
      if (!opts.chunked) return void req.end(body);
      const buffer = Buffer.from(body);
      for (let i = 0; i < buffer.length; i += 16_384) req.write(buffer.subarray(i, i + 16_384));
      req.end();
    });
  }

  /** Sends a message: a DM, or a guild message that may mention the bot. Honours the client's intents. */
  messageCreate(content: string, opts: { dm?: boolean; mentionBot?: boolean; author?: EmulatorUser; channelId?: string; replyTo?: string } = {}): string {
    const dm = opts.dm ?? false;
    const intent = dm ? 1 << 12 : 1 << 9; // DIRECT_MESSAGES / GUILD_MESSAGES
    const id = snowflake();
    const author = opts.author ?? this.member;
    this.dispatch('MESSAGE_CREATE', {
      id,
      channel_id: opts.channelId ?? (dm ? this.dmChannelId : this.channelId),
      ...(dm ? { channel_type: 1 } : { guild_id: this.guildId, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 }, channel_type: 0 }),
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: opts.mentionBot ? [this.bot] : [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      // A reply to a message (type 19) carries a reference to it.
      type: opts.replyTo ? 19 : 0,
      ...(opts.replyTo ? { message_reference: { message_id: opts.replyTo, channel_id: opts.channelId ?? (dm ? this.dmChannelId : this.channelId), ...(dm ? {} : { guild_id: this.guildId }) } } : {}),
    }, undefined, intent);
    return id;
  }

  // ---- Assertions ----

  private byInteraction = new Map<string, RecordedRequest[]>();
  private byReference = new Map<string, RecordedRequest[]>();
  private byReaction = new Map<string, RecordedRequest[]>();

  /** Indexes requests by interaction and by replied-to message, so load tests check in O(1). */
  private index(r: RecordedRequest): void {
    const push = (map: Map<string, RecordedRequest[]>, key: string) => map.set(key, [...(map.get(key) ?? []), r]);
    const callback = /^\/interactions\/(\d+)\//.exec(r.path);
    if (callback) push(this.byInteraction, callback[1]!);
    const ref = r.body?.message_reference?.message_id;
    if (r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && typeof ref === 'string') push(this.byReference, ref);
    const reaction = r.method === 'PUT' ? REACTION.exec(r.path) : null;
    if (reaction) push(this.byReaction, reaction[2]!);
  }

  callbacksFor(interactionId: string): RecordedRequest[] {
    return this.byInteraction.get(interactionId) ?? [];
  }

  /** The body of the first callback to an interaction, once it has come. */
  async firstCallback(interactionId: string, timeoutMs = 5000): Promise<RecordedRequest['body']> {
    await this.until(() => this.callbacksFor(interactionId).length > 0, timeoutMs, `callback for ${interactionId}`);
    return this.callbacksFor(interactionId)[0]!.body;
  }

  repliesTo(messageId: string): RecordedRequest[] {
    return this.byReference.get(messageId) ?? [];
  }

  /** The bot's reactions on a message, as PUT requests (the emoji is the path's fifth part). */
  reactionsOn(messageId: string): RecordedRequest[] {
    return this.byReaction.get(messageId) ?? [];
  }

  private notify(): void {
    this.waiters.splice(0).forEach((w) => w());
  }

  /** Waits until `check` holds, re-checking on each recorded request; rejects after `timeoutMs`. */
  async until(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 50));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }
}
