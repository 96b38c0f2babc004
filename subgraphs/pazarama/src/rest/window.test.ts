import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { resolveOrderWindow } from "./window.ts";

const now = new Date("2024-03-31T09:00:00Z");
const bad = (err: unknown) => (err as { extensions?: { code?: string } }).extensions?.code === "BAD_USER_INPUT";

describe("Pazarama order window", () => {
  it("accepts up to one calendar month and sends Istanbul minutes", () => {
    const w = resolveOrderWindow("2024-02-01T00:00:00+03:00", "2024-03-01T00:00:00+03:00", now);
    assert.equal(w.startDate, "2024-02-01T00:00");
    assert.equal(w.endDate, "2024-03-01T00:00");
  });
  it("refuses more than a month, or an end before the start", () => {
    assert.throws(() => resolveOrderWindow("2024-02-01T00:00:00+03:00", "2024-03-01T00:01:00+03:00", now), bad);
    assert.throws(() => resolveOrderWindow("2024-03-01T00:00:00+03:00", "2024-02-01T00:00:00+03:00", now), bad);
  });
  it("closes open ranges the way the API allows", () => {
    const last = resolveOrderWindow(undefined, undefined, now);
    assert.equal(last.endDate, "2024-03-31T12:01");
    assert.ok(last.end.getTime() - last.start.getTime() <= 31 * 86400_000);
    const fromOnly = resolveOrderWindow("2024-03-20T00:00:00+03:00", undefined, now);
    assert.equal(fromOnly.endDate, "2024-03-31T12:01", "capped at now");
    const toOnly = resolveOrderWindow(undefined, "2024-03-31T00:00:00+03:00", now);
    assert.ok(toOnly.start >= new Date("2024-02-28T00:00:00+03:00"));
  });
});
