import { LRUCache } from "lru-cache";

/** A value with the fingerprint of the data it was made from. */
export interface Fingerprinted<V> {
  fingerprint: string;
  value: V;
}

/**
 * Values made from the database (rendered answers), each kept with the fingerprint of the data
 * it was made from and given back only for that same fingerprint, which the caller reads from
 * the database first: a value is never served once its data changed, on this instance or on any
 * other serving the same database. Holds at most `maxBytes` by `sizeOf`, least recently used
 * first out; it is only a cache, so each instance of the app keeps its own.
 */
export class FingerprintedCache<V extends object> {
  readonly #entries: LRUCache<string, Fingerprinted<V>>;

  constructor({ maxBytes, sizeOf }: { maxBytes: number; sizeOf: (value: V) => number }) {
    this.#entries = new LRUCache({
      maxSize: maxBytes,
      // An entry larger than the whole cache is not kept (lru-cache refuses it).
      sizeCalculation: (entry) => Math.max(1, sizeOf(entry.value)),
    });
  }

  /** The entry held for `key`, whatever its fingerprint: the caller checks it is still current. */
  held(key: string): Fingerprinted<V> | undefined {
    return this.#entries.get(key);
  }

  /** The value held for `key` if it was made from data with this fingerprint. */
  get(key: string, fingerprint: string | null): V | undefined {
    const entry = this.#entries.get(key);
    return fingerprint !== null && entry?.fingerprint === fingerprint ? entry.value : undefined;
  }

  /** Keeps `value`, made from data with `fingerprint` (none: nothing is kept, any old entry goes). */
  set(key: string, fingerprint: string | null, value: V): void {
    if (fingerprint === null) this.#entries.delete(key);
    else this.#entries.set(key, { fingerprint, value });
  }

  /** How many bytes (by sizeOf) are held. */
  get size(): number {
    return this.#entries.calculatedSize;
  }
}
