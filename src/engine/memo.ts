// Bounded memos: the same words come back question after question, so what is read from a word is
// kept; a memo that grows past its limit starts afresh rather than growing without end.

/** How many entries a word memo holds before it starts afresh. */
export const MEMO_LIMIT = 20_000;

/**
 * The value for `key` in `cache`, made (and kept) on first use. What `make` needs besides the key is
 * passed as `with`, so a hot caller need not build a closure for every look-up.
 */
export function remember<T, W = undefined>(cache: Map<string, T>, key: string, make: (key: string, with_: W) => T, with_?: W, limit = MEMO_LIMIT): T {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const value = make(key, with_ as W);
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

/** The memo kept for one owner (a lexicon, a vocabulary), made on first use. */
export function cacheFor<O extends object, T>(caches: WeakMap<O, Map<string, T>>, owner: O): Map<string, T> {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new Map()));
  return cache;
}
