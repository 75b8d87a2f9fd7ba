// Settings of the scaled-out deployment: the HTTP endpoint's and the gateway's shards across hosts.
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, shardList } from '../src/config/env.js';

const KEY = 'ab'.repeat(32);
const problems = (env: Record<string, string>) => {
  try {
    parseConfig(env);
    return '';
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as Error).message;
  }
};

describe('endpoint settings', () => {
  it('defaults: port 8080 on every interface, workers per CPU, interactions through the gateway', () => {
    const c = parseConfig({});
    expect([c.PORT, c.HOST, c.WORKERS, c.DISCORD_INTERACTIONS, c.DISCORD_PUBLIC_KEY]).toEqual([8080, '0.0.0.0', undefined, 'gateway', undefined]);
  });
  it('reads them, and names each bad one without echoing it', () => {
    expect(parseConfig({ PORT: '3000', HOST: '127.0.0.1', WORKERS: '4', DISCORD_PUBLIC_KEY: KEY })).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', WORKERS: 4, DISCORD_PUBLIC_KEY: KEY });
    const message = problems({ PORT: 'http', WORKERS: '0', DISCORD_PUBLIC_KEY: 'zz-private-zz' });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/WORKERS: must be at least 1/);
    expect(message).toMatch(/DISCORD_PUBLIC_KEY: must be the application's public key/);
    expect(message).not.toContain('zz-private-zz');
  });
});

describe('gateway shards across hosts', () => {
  it('reads ranges and lists', () => {
    expect(shardList('0-3')).toEqual([0, 1, 2, 3]);
    expect(shardList('4,6-7,5')).toEqual([4, 5, 6, 7]);
    expect(parseConfig({ SHARD_COUNT: '8', SHARD_IDS: '4-7' })).toMatchObject({ SHARD_COUNT: 8, SHARD_IDS: '4-7' });
  });
  it('needs the total, and ids below it', () => {
    expect(problems({ SHARD_IDS: '0-3' })).toMatch(/SHARD_IDS: needs SHARD_COUNT/);
    expect(problems({ SHARD_COUNT: '4', SHARD_IDS: '2-4' })).toMatch(/SHARD_IDS: each shard number must be below SHARD_COUNT/);
    expect(problems({ SHARD_COUNT: '4', SHARD_IDS: 'all' })).toMatch(/SHARD_IDS: must list shard numbers/);
  });
});
