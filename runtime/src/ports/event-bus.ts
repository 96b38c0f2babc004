// Event bus port: fan-out between replicas (API key revocations, store registry changes, wake-ups of
// the order event relay) as streams with ids, readable from a cursor and followed live. What must
// survive a crash is not here: the order events are kept in the database (runtime/order-events.ts).
// `subscribe(after)` yields every event after the cursor and then new ones, with no gap and no duplicate.
import { EventEmitter, on } from "node:events";
import type { RedisClient } from "./redis.ts";

export interface StoredEvent<T = unknown> {
  /** Stream id "<ms>-<seq>", ordered; compare with compareEventIds. */
  id: string;
  payload: T;
}

/** `subscribe(stream, LIVE, …)`: only events appended from now on, no history. */
export const LIVE = "$";

export interface EventBus {
  publish(stream: string, payload: unknown): Promise<string>;
  /** Events after `afterId` (from the start when null), oldest first, at most `limit`. */
  read<T>(stream: string, afterId: string | null, limit: number): Promise<StoredEvent<T>[]>;
  /** History after `afterId` (from the start when null; none when LIVE), then live events until `signal` aborts. */
  subscribe<T>(stream: string, afterId: string | null, signal: AbortSignal): AsyncGenerator<StoredEvent<T>>;
  close(): Promise<void>;
}

export function compareEventIds(a: string, b: string): number {
  const [am, as] = a.split("-").map(Number);
  const [bm, bs] = b.split("-").map(Number);
  return am - bm || as - bs;
}

/** Shared subscribe logic: listen first, then read history, then drain live events past the last id. */
async function* followStream<T>(bus: Pick<EventBus, "read">, live: EventEmitter, stream: string, afterId: string | null, signal: AbortSignal): AsyncGenerator<StoredEvent<T>> {
  const incoming = on(live, stream, { signal }) as AsyncIterableIterator<[StoredEvent<T>]>;
  let last = afterId;
  try {
    for (;;) {
      const page = await bus.read<T>(stream, last, 500);
      for (const e of page) {
        last = e.id;
        yield e;
      }
      if (page.length < 500) break;
    }
    for await (const [event] of incoming) {
      if (last && compareEventIds(event.id, last) <= 0) continue;
      last = event.id;
      yield event;
    }
  } catch (err) {
    if ((err as Error).name !== "AbortError") throw err;
  } finally {
    await incoming.return?.();
  }
}

export interface MemoryEventBusOptions {
  /** Events kept per stream; older ones are dropped. @default 10000 */
  maxLength?: number;
}

/** One process's bus (the embedded default, tests). */
export function createMemoryEventBus(options: MemoryEventBusOptions = {}): EventBus {
  const maxLength = options.maxLength ?? 10_000;
  const streams = new Map<string, StoredEvent[]>();
  const live = new EventEmitter();
  live.setMaxListeners(0);
  let lastMs = 0;
  let seq = 0;

  const bus: EventBus = {
    async publish(stream, payload) {
      const now = Date.now();
      if (now > lastMs) {
        lastMs = now;
        seq = 0;
      } else seq++;
      const event: StoredEvent = { id: `${lastMs}-${seq}`, payload: structuredClone(payload) };
      let list = streams.get(stream);
      if (!list) {
        list = [];
        streams.set(stream, list);
      }
      list.push(event);
      if (list.length > maxLength) list.splice(0, list.length - maxLength);
      live.emit(stream, { id: event.id, payload: event.payload });
      return event.id;
    },
    async read<T>(stream: string, afterId: string | null, limit: number) {
      const list = streams.get(stream) ?? [];
      if (afterId === LIVE) return [];
      const start = afterId ? list.findIndex((e) => compareEventIds(e.id, afterId) > 0) : 0;
      if (start < 0) return [];
      return list.slice(start, start + limit).map((e) => structuredClone(e)) as StoredEvent<T>[];
    },
    subscribe<T>(stream: string, afterId: string | null, signal: AbortSignal) {
      if (afterId === LIVE) {
        const list = streams.get(stream);
        return followStream<T>(bus, live, stream, list?.length ? list[list.length - 1].id : "0-0", signal);
      }
      return followStream<T>(bus, live, stream, afterId, signal);
    },
    async close() {
      live.removeAllListeners();
    },
  };
  return bus;
}

export interface RedisEventBusOptions {
  /** Approximate stream length kept (XADD MAXLEN ~). @default 10000 */
  maxLength?: number;
  /** Key prefix. @default "pg:events:" */
  prefix?: string;
}

type RawEntry = [string, string[]];

/**
 * Redis Streams. One blocking reader per stream and process (on its own connection) fans new entries
 * out to local subscribers, so a thousand subscribers cost one connection, not a thousand.
 */
export function createRedisEventBus(client: RedisClient, options: RedisEventBusOptions = {}): EventBus {
  const prefix = options.prefix ?? "pg:events:";
  const maxLength = options.maxLength ?? 10_000;
  const live = new EventEmitter();
  live.setMaxListeners(0);
  const readers = new Map<string, Promise<void>>();
  const blockers: RedisClient[] = [];
  let closed = false;

  const toEvents = <T>(entries: RawEntry[] | null): StoredEvent<T>[] =>
    (entries ?? []).map(([id, fields]) => ({ id, payload: JSON.parse(fields[fields.indexOf("payload") + 1]) as T }));

  async function startReader(stream: string): Promise<void> {
    const blocker = client.duplicate();
    blocker.on("error", () => {});
    await blocker.connect();
    blockers.push(blocker);
    const latest = (await client.sendCommand(["XREVRANGE", prefix + stream, "+", "-", "COUNT", "1"])) as RawEntry[];
    let last = latest.length ? latest[0][0] : "0-0";
    void (async () => {
      while (!closed) {
        try {
          const reply = (await blocker.sendCommand(["XREAD", "COUNT", "500", "BLOCK", "1000", "STREAMS", prefix + stream, last])) as Array<[string, RawEntry[]]> | null;
          if (!reply) continue;
          for (const event of toEvents(reply[0][1])) {
            last = event.id;
            live.emit(stream, event);
          }
        } catch {
          if (closed) return;
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    })();
  }

  const bus: EventBus = {
    async publish(stream, payload) {
      return String(await client.sendCommand(["XADD", prefix + stream, "MAXLEN", "~", String(maxLength), "*", "payload", JSON.stringify(payload)]));
    },
    async read<T>(stream: string, afterId: string | null, limit: number) {
      if (afterId === LIVE) return [];
      const start = afterId ? `(${afterId}` : "-";
      return toEvents<T>((await client.sendCommand(["XRANGE", prefix + stream, start, "+", "COUNT", String(limit)])) as RawEntry[]);
    },
    async *subscribe<T>(stream: string, afterId: string | null, signal: AbortSignal) {
      let reader = readers.get(stream);
      if (!reader) {
        reader = startReader(stream);
        readers.set(stream, reader);
      }
      await reader;
      let from = afterId;
      if (from === LIVE) {
        const latest = (await client.sendCommand(["XREVRANGE", prefix + stream, "+", "-", "COUNT", "1"])) as RawEntry[];
        from = latest.length ? latest[0][0] : "0-0";
      }
      yield* followStream<T>(bus, live, stream, from, signal);
    },
    async close() {
      closed = true;
      live.removeAllListeners();
      await Promise.all(blockers.map((b) => b.destroy()));
    },
  };
  return bus;
}
