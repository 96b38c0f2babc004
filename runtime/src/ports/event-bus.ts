// Event bus port: an append-only stream of events with ids, readable from a cursor and followed live.
// `subscribe(after)` yields every event after the cursor and then new ones, with no gap and no
// duplicate, so a reconnecting client that passes its last id loses nothing.
import { EventEmitter, on } from "node:events";
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { RedisClient } from "./redis.ts";

export interface StoredEvent<T = unknown> {
  /** Stream id "<ms>-<seq>", ordered; compare with compareEventIds. */
  id: string;
  payload: T;
}

export interface PublishOptions {
  /**
   * Makes the publish idempotent: an event with the same key on the same stream (within the kept
   * history) is not appended again, and its id is returned. A poller that crashed after publishing
   * and before saving its snapshot publishes the same keys again, and nothing is duplicated.
   */
  dedupeKey?: string;
}

/** `subscribe(stream, LIVE, …)`: only events appended from now on, no history. */
export const LIVE = "$";

export interface EventBus {
  publish(stream: string, payload: unknown, options?: PublishOptions): Promise<string>;
  /** Events after `afterId` (from the start when null), oldest first, at most `limit`. */
  read<T>(stream: string, afterId: string | null, limit: number): Promise<StoredEvent<T>[]>;
  /**
   * The newest id trimmed from the stream (history kept is bounded), or null when nothing was: a
   * cursor older than it has lost events.
   */
  trimmedThrough(stream: string): Promise<string | null>;
  /** History after `afterId` (from the start when null; none when LIVE), then live events until `signal` aborts. */
  subscribe<T>(stream: string, afterId: string | null, signal: AbortSignal): AsyncGenerator<StoredEvent<T>>;
  close(): Promise<void>;
}

const ID = /^(\d{1,15})-(\d{1,15})$/;

export function isEventId(id: string): boolean {
  return ID.test(id);
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
  /**
   * A log file (the embedded default's data folder): every event is appended to it, synchronously,
   * before publish returns, and read back at start, so events and their dedupe keys survive a crash.
   */
  file?: string;
}

interface LoggedEvent extends StoredEvent {
  stream: string;
  dedupeKey?: string;
}

export function createMemoryEventBus(options: MemoryEventBusOptions = {}): EventBus {
  const maxLength = options.maxLength ?? 10_000;
  const streams = new Map<string, LoggedEvent[]>();
  const dedupe = new Map<string, string>();
  const trimmed = new Map<string, string>();
  const live = new EventEmitter();
  live.setMaxListeners(0);
  let lastMs = 0;
  let seq = 0;
  let logged = 0;
  const file = options.file;

  const listOf = (stream: string) => {
    let list = streams.get(stream);
    if (!list) {
      list = [];
      streams.set(stream, list);
    }
    return list;
  };
  const keep = (e: LoggedEvent) => {
    const list = listOf(e.stream);
    list.push(e);
    if (e.dedupeKey) dedupe.set(`${e.stream}\u0000${e.dedupeKey}`, e.id);
    if (list.length > maxLength) {
      for (const old of list.splice(0, list.length - maxLength)) {
        if (old.dedupeKey) dedupe.delete(`${old.stream}\u0000${old.dedupeKey}`);
        trimmed.set(old.stream, old.id);
      }
    }
  };
  if (file) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    for (const line of text.split("\n")) {
      if (!line) continue;
      try {
        const e = JSON.parse(line) as LoggedEvent;
        keep(e);
        const [ms, s] = e.id.split("-").map(Number);
        if (ms > lastMs || (ms === lastMs && s > seq)) [lastMs, seq] = [ms, s];
        logged++;
      } catch {
        // A line cut short by a crash mid-append: the event was never acknowledged.
      }
    }
  }
  /** Rewrites the log with only the kept events once it has grown to twice their number. */
  const compact = () => {
    if (!file) return;
    let keptCount = 0;
    for (const list of streams.values()) keptCount += list.length;
    if (logged <= Math.max(2 * keptCount, 1000)) return;
    const kept = [...streams.values()].flat().sort((a, b) => compareEventIds(a.id, b.id));
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, kept.map((e) => `${JSON.stringify(e)}\n`).join(""), { mode: 0o600 });
    renameSync(tmp, file);
    logged = kept.length;
  };

  const bus: EventBus = {
    async publish(stream, payload, publishOptions) {
      const key = publishOptions?.dedupeKey;
      const seen = key ? dedupe.get(`${stream}\u0000${key}`) : undefined;
      if (seen) return seen;
      const now = Date.now();
      if (now > lastMs) {
        lastMs = now;
        seq = 0;
      } else seq++;
      const event: LoggedEvent = { stream, id: `${lastMs}-${seq}`, payload: structuredClone(payload), ...(key ? { dedupeKey: key } : {}) };
      if (file) {
        mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
        appendFileSync(file, `${JSON.stringify(event)}\n`, { mode: 0o600 });
        logged++;
      }
      keep(event);
      compact();
      live.emit(stream, { id: event.id, payload: event.payload });
      return event.id;
    },
    async read<T>(stream: string, afterId: string | null, limit: number) {
      const list = streams.get(stream) ?? [];
      if (afterId === LIVE) return [];
      const start = afterId ? list.findIndex((e) => compareEventIds(e.id, afterId) > 0) : 0;
      if (start < 0) return [];
      return list.slice(start, start + limit).map((e) => structuredClone({ id: e.id, payload: e.payload })) as StoredEvent<T>[];
    },
    async trimmedThrough(stream) {
      return trimmed.get(stream) ?? null;
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

/** How long a dedupe key is remembered in Redis (well past any poller restart). */
const DEDUPE_TTL_SECONDS = 7 * 86_400;
const PUBLISH_ONCE = `
local seen = redis.call('GET', KEYS[2])
if seen then return seen end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'payload', ARGV[2])
redis.call('SET', KEYS[2], id, 'EX', tonumber(ARGV[3]))
return id`;

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
    async publish(stream, payload, publishOptions) {
      const key = publishOptions?.dedupeKey;
      if (!key) {
        const args = ["XADD", prefix + stream, "MAXLEN", "~", String(maxLength), "*", "payload", JSON.stringify(payload)];
        return String(await client.sendCommand(args));
      }
      // One script: the dedupe key and the entry are written together or not at all.
      const dedupeKey = `${prefix}dedupe:${stream}:${key}`;
      return String(await client.sendCommand(["EVAL", PUBLISH_ONCE, "2", prefix + stream, dedupeKey, String(maxLength), JSON.stringify(payload), String(DEDUPE_TTL_SECONDS)]));
    },
    async trimmedThrough(stream) {
      // XADD MAXLEN trims without recording what it removed; XINFO says how many entries were ever
      // added and which is the first kept: when entries are missing, everything before the first kept
      // one is gone (a cursor exactly at the last trimmed id is then also called expired: safe side).
      try {
        const info = (await client.sendCommand(["XINFO", "STREAM", prefix + stream])) as unknown[];
        const field = (name: string) => info[info.indexOf(name) + 1];
        const length = Number(field("length"));
        const added = Number(field("entries-added"));
        const firstKept = field("first-entry") as [string, unknown] | null;
        if (!(added > length) || !firstKept) return null;
        const [ms, seq] = firstKept[0].split("-").map(Number);
        return seq > 0 ? `${ms}-${seq - 1}` : `${ms - 1}-999999999999999`;
      } catch {
        return null; // no such stream yet
      }
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
