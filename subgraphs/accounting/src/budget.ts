// One request budget per Paraşüt company, shared by every replica: at most N requests in any sliding
// window (Paraşüt documents 10 per 10 seconds). A caller takes a permit before each request and waits
// — it does not fail — while the budget is spent. In Redis mode the window is a sorted set of permit
// times read and written by one Lua script on Redis's own clock, so replicas agree; in memory mode it
// is the same log in the process.
import { setTimeout as wait } from "node:timers/promises";
import type { RedisClient } from "@pazargraph/runtime";

export interface RequestBudget {
  /** Resolves when a request may go (waiting as long as the window needs), or rejects when the signal aborts. */
  take(key: string, signal?: AbortSignal): Promise<void>;
}

export interface BudgetOptions {
  requests: number;
  windowMs: number;
}

const TAKE = `
local key = KEYS[1]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, window * 2)
  return 0
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
`;

const sleep = (ms: number, signal?: AbortSignal) => wait(ms, undefined, { signal });

export function createMemoryBudget(options: BudgetOptions, now: () => number = Date.now): RequestBudget {
  const logs = new Map<string, number[]>();
  return {
    async take(key, signal) {
      for (;;) {
        const log = logs.get(key) ?? [];
        logs.set(key, log);
        const t = now();
        while (log.length && log[0] <= t - options.windowMs) log.shift();
        if (log.length < options.requests) {
          log.push(t);
          return;
        }
        await sleep(log[0] + options.windowMs - t + 1, signal);
      }
    },
  };
}

export function createRedisBudget(redis: { client: RedisClient; prefix: string }, options: BudgetOptions): RequestBudget {
  let seq = 0;
  const member = () => `${process.pid}:${Date.now()}:${seq++}:${Math.random().toString(36).slice(2, 8)}`;
  return {
    async take(key, signal) {
      for (;;) {
        const wait = Number(await redis.client.eval(TAKE, { keys: [`${redis.prefix}budget:${key}`], arguments: [String(options.requests), String(options.windowMs), member()] }));
        if (wait <= 0) return;
        await sleep(wait, signal);
      }
    },
  };
}
