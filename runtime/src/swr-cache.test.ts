import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { until } from "../../test/until.ts";
import { createMemoryCache } from "./ports/cache.ts";
import { createMemoryLock } from "./ports/lock.ts";
import { createSwrCache } from "./swr-cache.ts";

describe("stale-while-revalidate cache", () => {
  it("builds once for concurrent cold requests", async () => {
    let builds = 0;
    let release = () => {};
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const swr = createSwrCache({ cache: createMemoryCache(), lock: createMemoryLock(), ttlSeconds: 60, staleSeconds: 60 });
    const build = async () => {
      builds++;
      await gate; // the build goes on until every request has arrived
      return { nodes: 261 };
    };
    const pending = Promise.all(Array.from({ length: 10 }, () => swr.get("tree", build)));
    await until(() => builds > 0, "the build starts");
    release();
    const all = await pending;
    assert.equal(builds, 1);
    assert.ok(all.every((v) => v.nodes === 261));
  });
  it("serves the stale value at once and refreshes it in the background", async () => {
    let clock = 0;
    let version = 0;
    const swr = createSwrCache({ cache: createMemoryCache(() => clock), ttlSeconds: 10, staleSeconds: 100, now: () => clock });
    let release = () => {};
    const build = async () => {
      if (version === 1)
        await new Promise<void>((r) => {
          release = r;
        });
      return ++version;
    };
    assert.equal(await swr.get("k", build), 1);
    clock = 11_000; // past the TTL, within the stale window
    assert.equal(await swr.get("k", build), 1, "stale value served while the refresh is still running");
    release();
    await until(async () => (await swr.get("k", build)) === 2, "refreshed in the background");
    clock = 200_000; // past the stale window too: rebuilt before answering
    assert.equal(await swr.get("k", build), 3);
  });
  it("keeps serving the stale value when a background refresh fails", async () => {
    let clock = 0;
    const errors: unknown[] = [];
    const swr = createSwrCache({ cache: createMemoryCache(() => clock), ttlSeconds: 10, staleSeconds: 100, now: () => clock, onError: (_k, e) => errors.push(e) });
    await swr.get("k", async () => "good");
    clock = 20_000;
    assert.equal(
      await swr.get("k", async () => {
        throw new Error("marketplace down");
      }),
      "good",
    );
    await until(() => errors.length === 1, "the failed refresh is reported");
  });
});
