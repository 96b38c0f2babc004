import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadConfig } from "./config.ts";
import { maskError } from "./errors.ts";
import { createLogger } from "./logger.ts";
import { currencyCode, decimalToMinor, fromDouble, fromMinorUnits, isMarkupPercent, withMarkup } from "./money.ts";
import { decodeCursor, encodeCursor, pagesFor, pageWindow } from "./paging.ts";
import { foldTurkish, parseLocalTime, parseTurkishDate, toIstanbulIso, toIstanbulMinute } from "./time.ts";

describe("Istanbul time", () => {
  it("reads the marketplaces' naive local times as +03:00", () => {
    assert.equal(parseLocalTime("2023-01-25 15:22"), "2023-01-25T15:22:00+03:00");
    assert.equal(parseLocalTime("2022-09-13T12:27:32.483"), "2022-09-13T12:27:32.483+03:00");
    assert.equal(parseLocalTime("2023-02-01"), "2023-02-01T00:00:00+03:00");
    assert.equal(parseLocalTime("2024-01-26T12:30:08.2638204+03:00"), "2024-01-26T12:30:08.2638204+03:00");
    assert.equal(parseLocalTime(null), null);
    assert.throws(() => parseLocalTime("25/01/2023"));
  });
  it("reads Turkish month names, with or without the spaces the documents lose", () => {
    assert.equal(parseTurkishDate("1 Mart 2024 10:21"), "2024-03-01T10:21:00+03:00");
    assert.equal(parseTurkishDate("6Ekim2021 19 :46"), "2021-10-06T19:46:00+03:00");
    assert.equal(parseTurkishDate("6Ekim2021 14 :53"), "2021-10-06T14:53:00+03:00");
    assert.equal(parseTurkishDate("12 AĞUSTOS 2025"), "2025-08-12T00:00:00+03:00");
    assert.equal(parseTurkishDate("3 Şubat 2024 09:05"), "2024-02-03T09:05:00+03:00");
    assert.throws(() => parseTurkishDate("1 Smarch 2024"));
  });
  it("formats instants in Istanbul time", () => {
    assert.equal(toIstanbulMinute("2024-02-29T22:30:00Z"), "2024-03-01T01:30");
    assert.equal(toIstanbulIso("2024-02-29T22:30:15Z"), "2024-03-01T01:30:15+03:00");
  });
  it("folds Turkish text for search", () => {
    assert.equal(foldTurkish("İSTANBUL"), foldTurkish("istanbul"));
    assert.equal(foldTurkish("ILGIN"), foldTurkish("ılgın"));
    assert.equal(foldTurkish("Ilgın"), foldTurkish("ilgin"));
    assert.notEqual(foldTurkish("Çay"), foldTurkish("Cay"));
  });
});

describe("money", () => {
  it("turns kuruş into exact decimals and rounds doubles once", () => {
    assert.equal(fromMinorUnits(103761), "1037.61");
    assert.equal(fromMinorUnits(15), "0.15");
    assert.equal(fromMinorUnits(-2350), "-23.50");
    assert.equal(fromDouble(0.1 + 0.2), "0.30");
    assert.equal(fromDouble(1.005), "1.01");
    assert.equal(fromDouble(10425.99), "10425.99");
    assert.equal(currencyCode("TL"), "TRY");
  });
  it("adds a markup exactly, rounding half up to the kuruş, and bounds it to 0–1000 %", () => {
    assert.equal(withMarkup("100.00", "12.5"), "112.50");
    assert.equal(withMarkup("19.99", "33.33"), "26.65"); // 26.6527 → 26.65
    assert.equal(withMarkup("0.10", "5"), "0.11"); // 0.105 → 0.11, no float drift
    assert.equal(withMarkup("999999999.99", "1000"), "10999999999.89");
    assert.equal(withMarkup("42", "0"), "42.00");
    assert.equal(decimalToMinor("12.345"), null);
    for (const ok of ["0", "1000", "999.99", "7.5"]) assert.equal(isMarkupPercent(ok), true, ok);
    for (const bad of ["1000.01", "-1", "12.345", "1e3", "", " 5"]) assert.equal(isMarkupPercent(bad), false, bad);
  });
});

describe("paging", () => {
  it("round-trips cursors and rejects foreign ones", () => {
    assert.equal(decodeCursor(encodeCursor(40)), 40);
    assert.equal(decodeCursor(undefined), 0);
    assert.throws(() => decodeCursor("bm9wZQ"), /cursor/);
  });
  it("validates first against the documented maximum", () => {
    assert.throws(
      () => pageWindow(501, null, 500, 20),
      (e: Error & { extensions?: { code?: string } }) => e.extensions?.code === "BAD_USER_INPUT",
    );
    assert.throws(() => pageWindow(0, null, 500, 20));
    assert.deepEqual(pageWindow(undefined, null, 500, 20), { offset: 0, first: 20 });
  });
  it("maps offsets onto 1-based pages", () => {
    assert.deepEqual(pagesFor({ offset: 0, first: 10 }), [1]);
    assert.deepEqual(pagesFor({ offset: 20, first: 10 }), [3]);
    assert.deepEqual(pagesFor({ offset: 25, first: 10 }), [3, 4]);
  });
});

describe("config", () => {
  it("is embedded by default and Redis with REDIS_URL, frozen", () => {
    const c = loadConfig({});
    assert.equal(c.mode.kind, "embedded");
    assert.ok(Object.isFrozen(c.gateway));
    assert.equal(loadConfig({ REDIS_URL: "redis://127.0.0.1:6379" }).mode.kind, "redis");
  });
  it("names the wrong setting in one line", () => {
    assert.throws(() => loadConfig({ GATEWAY_PORT: "99999" }), /config: gateway\.port/);
    assert.throws(() => loadConfig({ REDIS_URL: "http://x" }), /config: mode\.url/);
  });
});

describe("maskError", () => {
  it("passes registered codes with only the client extensions", () => {
    const e = maskError({
      message: "Pazarama did not answer in time",
      path: ["pazarama", "orders"],
      extensions: { code: "TIMEOUT", marketplace: "pazarama", stacktrace: ["at x (/srv/a.ts:1:1)"], url: "http://10.0.0.5/x" },
    });
    assert.deepEqual(e, {
      message: "Pazarama did not answer in time",
      locations: undefined,
      path: ["pazarama", "orders"],
      extensions: { code: "TIMEOUT", marketplace: "pazarama" },
    });
  });
  it("gives the caller's parse and validation mistakes BAD_USER_INPUT", () => {
    assert.equal(maskError({ message: "Cannot query field", extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }).extensions?.code, "BAD_USER_INPUT");
    assert.equal(maskError({ message: "Syntax Error", extensions: { code: "GRAPHQL_PARSE_FAILED" } }).extensions?.code, "BAD_USER_INPUT");
  });
  it("hides anything else behind INTERNAL", () => {
    const e = maskError({ message: "connect ECONNREFUSED 10.0.0.5:6379", path: ["x"], extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["..."] } });
    assert.deepEqual(e, { message: "Internal error", locations: undefined, path: ["x"], extensions: { code: "INTERNAL" } });
  });
});

describe("ids across stores", () => {
  it("takes the marketplace's own id from a PazarGraph id of the same store, and refuses another store's as NOT_FOUND", async () => {
    const { ownId } = await import("./errors.ts");
    assert.equal(ownId("pazarama:s1:PZ123", "pazarama", "s1", "product"), "PZ123");
    assert.equal(ownId("PZ123", "pazarama", "s1", "product"), "PZ123");
    assert.throws(
      () => ownId("pazarama:s2:PZ123", "pazarama", "s1", "product"),
      (e: { extensions?: { code?: string } }) => e.extensions?.code === "NOT_FOUND",
    );
  });
});

describe("logs", () => {
  it("scrub buyer contact data at any depth", async () => {
    const { scrubPii } = await import("./logger.ts");
    const out = JSON.stringify(
      scrubPii({
        order: { customer: { name: "Ayşe", email: "a@b.c", phone: "+90555" }, billing: { identityNumber: "12345678901", taxNumber: "1" } },
        lines: [{ fullText: "Moda" }],
      }),
    );
    for (const s of ["a@b.c", "+90555", "12345678901", "Moda"]) assert.ok(!out.includes(s), s);
    assert.ok(out.includes("Ayşe"));
  });
});

describe("data folder lock", () => {
  it("lets one process hold the folder, names it to the next, and is taken over after its holder died", async () => {
    const { acquireDataLock, readDataLock, DataDirInUseError } = await import("./data-lock.ts");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "pg-lock-"));
    // A holder that is alive (the parent of this process) and one that is dead.
    writeFileSync(join(dir, "pazargraph.lock"), JSON.stringify({ pid: process.ppid, startedAt: "then", storesUrl: "http://127.0.0.1:1/graphql" }));
    assert.equal(readDataLock(dir)?.pid, process.ppid);
    assert.throws(() => acquireDataLock(dir), DataDirInUseError);
    writeFileSync(join(dir, "pazargraph.lock"), JSON.stringify({ pid: 2 ** 22 + 12345, startedAt: "then" }));
    const lock = acquireDataLock(dir);
    assert.equal(readDataLock(dir), null, "our own lock is not another holder");
    lock.release();
  });
});

describe("logger", () => {
  it("never writes a secret or a buyer's contact data, under any of their usual names", () => {
    const lines: string[] = [];
    const destination = { write: (line: string) => void lines.push(line) };
    const logger = createLogger({ name: "t", destination });
    logger.info(
      {
        apiSecret: "s-1",
        clientSecret: "s-2",
        store: { apiPassword: "s-3", refreshToken: "s-4", privateKey: "s-5" },
        headers: { authorization: "Bearer s-6", "x-api-key": "s-7" },
        customer: { email: "ayse@example.com", phone: "+905551112233" },
      },
      "a line",
    );
    const text = lines.join("\n");
    for (const secret of ["s-1", "s-2", "s-3", "s-4", "s-5", "s-6", "s-7", "ayse@example.com", "+905551112233"]) assert.ok(!text.includes(secret), `${secret} leaked: ${text}`);
    assert.match(text, /a line/);
  });
});
