// The order poller and the hub's events, deterministically, on an in-memory PGlite: a crash in the
// middle of a hub write records nothing (and the retry records everything once); an order a read
// misses is not announced again; a line-only change is LINES_CHANGED, never X → X; events carry no
// buyer contact data; tiers read the windows they say, when they are due.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { type Database, openDatabase } from "@pazargraph/db";
import { Marketplace, type Order, OrderEventKind, OrderStatus } from "@pazargraph/schema";
import { windowTooLarge } from "./errors.ts";
import { createLogger } from "./logger.ts";
import { OrderEventLog } from "./order-events.ts";
import { OrderHub } from "./order-hub.ts";
import { createOrderPoller, type OrderSource, type PolledStore } from "./order-poller.ts";
import { createMemoryEventBus, createMemoryLock } from "./ports/index.ts";

interface RawOrder {
  number: string;
  status: OrderStatus;
  lines: Array<[string, OrderStatus]>;
  /** Hours before "now" the order was created. @default 1 */
  ageHours?: number;
  /** Breaks the write (a value the database refuses): the process "dies" mid-transaction. */
  poison?: boolean;
}

const HOUR = 3600_000;
let database: Database;
let log: OrderEventLog;
let hub: OrderHub;
let storeSeq = 0;

before(async () => {
  database = await openDatabase({});
  log = new OrderEventLog(database.db, createMemoryEventBus());
  hub = new OrderHub(database.db, (id) => log.wake(id));
});
after(async () => {
  log.close();
  await database.close();
});

function setup() {
  const storeId = `s${++storeSeq}`;
  const tenantId = `t-${storeId}`;
  const orders = new Map<string, RawOrder>();
  let hidden = new Set<string>();
  let clock = Date.parse("2026-11-25T12:00:00Z");
  const windows: Array<{ hours: number }> = [];
  let tooLargeOverHours = Number.POSITIVE_INFINITY;
  const toOrder = (o: RawOrder): Order =>
    ({
      id: `pazarama:${storeId}:${o.number}`,
      number: o.number,
      marketplace: Marketplace.PAZARAMA,
      status: o.status,
      createdAt: o.poison ? "not a date" : new Date(Date.parse("2026-11-25T12:00:00Z") - (o.ageHours ?? 1) * HOUR).toISOString(),
      customer: { id: "c1", name: "Ayşe Yılmaz", email: "ayse@example.com", phone: "+905551112233" },
      shippingAddress: {
        name: "Ayşe Yılmaz",
        phone: "+905551112233",
        email: "ayse@example.com",
        city: "İstanbul",
        district: "Kadıköy",
        neighborhood: "Moda",
        line: "Sok. 1",
        fullText: "Moda Sok. 1 Kadıköy",
      },
      billing: { address: {}, identityNumber: "12345678901", taxNumber: "1234567890" },
      lines: o.lines.map(([id, status]) => ({ id, status, productName: "Kalem" })),
    }) as unknown as Order;
  const source: OrderSource<null, RawOrder> = {
    marketplace: Marketplace.PAZARAMA,
    stores: () => [],
    maxWindowMs: 28 * 24 * HOUR,
    read: async (_s, from, end) => {
      const hours = (end.getTime() - from.getTime()) / HOUR;
      windows.push({ hours: Math.round(hours) });
      if (hours > tooLargeOverHours) throw windowTooLarge("more than the client reads at once");
      const fromAge = (clock - from.getTime()) / HOUR;
      const endAge = (clock - end.getTime()) / HOUR;
      return [...orders.values()].filter((o) => !hidden.has(o.number) && (o.ageHours ?? 1) <= fromAge && (o.ageHours ?? 1) >= endAge).map((o) => structuredClone(o));
    },
    key: (o) => o.number,
    toOrder: (_s, o) => toOrder(o),
  };
  const poller = createOrderPoller({
    source,
    hub,
    lock: createMemoryLock(),
    logger: createLogger({ name: "test", level: "silent" }),
    intervalMs: 1000,
    now: () => new Date(clock),
  });
  const store: PolledStore<null> = { id: storeId, tenantId, active: true, handle: null };
  const all = async () => (await log.read(tenantId, null, 1000)).map((e) => e.payload);
  return {
    orders,
    windows,
    hide: (numbers: string[]) => {
      hidden = new Set(numbers);
    },
    tooLargeOver: (hours: number) => {
      tooLargeOverHours = hours;
    },
    advance: (ms: number) => {
      clock += ms;
    },
    toOrder,
    poll: () => poller.pollStore(store),
    pollDetailed: () => poller.pollStoreDetailed(store),
    all,
    tenantId,
    storeId,
  };
}

describe("order poller", () => {
  it("announces nothing on its first run, then each new order once", async () => {
    const t = setup();
    t.orders.set("1", { number: "1", status: OrderStatus.CREATED, lines: [["a", OrderStatus.CREATED]] });
    assert.equal(await t.poll(), 0);
    t.orders.set("2", { number: "2", status: OrderStatus.CREATED, lines: [["b", OrderStatus.CREATED]] });
    assert.equal(await t.poll(), 1);
    assert.equal(await t.poll(), 0);
    assert.deepEqual(
      (await t.all()).map((e) => [e.kind, e.order.number]),
      [[OrderEventKind.CREATED, "2"]],
    );
  });

  it("records nothing when it dies in the middle of a hub write, and everything once when it polls again", async () => {
    const t = setup();
    t.orders.set("1", { number: "1", status: OrderStatus.CREATED, lines: [["a", OrderStatus.CREATED]] });
    await t.poll();
    // Two new orders and a change in one read; the last row breaks the transaction.
    t.orders.set("1", { number: "1", status: OrderStatus.PREPARING, lines: [["a", OrderStatus.PREPARING]] });
    t.orders.set("2", { number: "2", status: OrderStatus.CREATED, lines: [["b", OrderStatus.CREATED]] });
    t.orders.set("3", { number: "3", status: OrderStatus.CREATED, lines: [["c", OrderStatus.CREATED]], poison: true });
    await assert.rejects(t.poll());
    assert.deepEqual(await t.all(), [], "no event without its row");
    assert.equal((await hub.get(t.tenantId, `pazarama:${t.storeId}:1`))?.status, OrderStatus.CREATED, "no row without its event");
    const sync = await hub.syncState(t.tenantId, t.storeId);
    assert.match(sync?.lastError ?? "", /ERROR|invalid/i, "the failure is the store's last error");
    // The restarted poll finds the same changes and records each once.
    t.orders.set("3", { number: "3", status: OrderStatus.CREATED, lines: [["c", OrderStatus.CREATED]] });
    assert.equal(await t.poll(), 3);
    assert.equal(await t.poll(), 0);
    assert.deepEqual((await t.all()).map((e) => [e.kind, e.order.number]).sort(), [
      [OrderEventKind.CREATED, "2"],
      [OrderEventKind.CREATED, "3"],
      [OrderEventKind.STATUS_CHANGED, "1"],
    ]);
    assert.equal((await hub.syncState(t.tenantId, t.storeId))?.lastError, null, "a success clears the shown error");
  });

  it("hands out event ids in commit order and resumes a subscriber after its cursor without gaps", async () => {
    const t = setup();
    await t.poll();
    t.orders.set("1", { number: "1", status: OrderStatus.CREATED, lines: [["a", OrderStatus.CREATED]] });
    await t.poll();
    const [first] = await log.read(t.tenantId, null, 10);
    const abort = new AbortController();
    const got: string[] = [];
    const reading = (async () => {
      for await (const e of log.subscribe(t.tenantId, Number(first.id), abort.signal)) {
        got.push(`${e.payload.kind}:${e.payload.order.number}`);
        if (got.length === 2) abort.abort();
      }
    })();
    t.orders.set("2", { number: "2", status: OrderStatus.CREATED, lines: [["b", OrderStatus.CREATED]] });
    await t.poll();
    t.orders.set("1", { number: "1", status: OrderStatus.CANCELLED, lines: [["a", OrderStatus.CANCELLED]] });
    await t.poll();
    await reading;
    assert.deepEqual(got, ["CREATED:2", "STATUS_CHANGED:1"]);
    await assert.rejects(log.checkCursor("99999999999"), /not an event id of this log/);
    await assert.rejects(log.checkCursor("1700000000000-0"), (e: { extensions?: { code?: string } }) => e.extensions?.code === "CURSOR_EXPIRED");
  });

  it("reads the widest tier that is due: the whole window first, then recent, days and full as they come due", async () => {
    const t = setup();
    t.orders.set("old", { number: "old", status: OrderStatus.CREATED, lines: [["o", OrderStatus.CREATED]], ageHours: 30 });
    assert.equal((await t.pollDetailed()).tier, "full");
    assert.equal((await t.pollDetailed()).tier, "recent");
    // A change to an order older than the recent window is seen when the days tier comes due.
    t.orders.set("old", { number: "old", status: OrderStatus.PREPARING, lines: [["o", OrderStatus.PREPARING]], ageHours: 30 });
    assert.equal(await t.poll(), 0, "the recent window does not see it");
    t.advance(5 * 60_000);
    const days = await t.pollDetailed();
    assert.deepEqual([days.tier, days.events], ["days", 1]);
    t.advance(60 * 60_000);
    assert.equal((await t.pollDetailed()).tier, "full");
    assert.deepEqual(
      t.windows.map((w) => w.hours),
      [28 * 24, 2, 2, 72, 28 * 24],
    );
  });

  it("reads a window the marketplace client refuses as too large in halves, and finds every order", async () => {
    const t = setup();
    for (let i = 0; i < 40; i++) t.orders.set(`w${i}`, { number: `w${i}`, status: OrderStatus.CREATED, lines: [[`l${i}`, OrderStatus.CREATED]], ageHours: 1 + i * 16 });
    t.tooLargeOver(4 * 24);
    const r = await t.pollDetailed();
    assert.equal(r.read, 40);
    assert.ok(t.windows.every((w) => w.hours <= 28 * 24));
    assert.equal(t.windows.filter((w) => w.hours <= 4 * 24).length >= 8, true, `read in pieces: ${t.windows.map((w) => w.hours)}`);
  });

  it("records a write-through's change at once, and a poll that read before the write does not flap it back", async () => {
    const t = setup();
    t.orders.set("1", { number: "1", status: OrderStatus.CREATED, lines: [["a", OrderStatus.CREATED]] });
    await t.poll();
    // A mutation moved the order on; what the marketplace answered goes to the hub at once.
    const errors: unknown[] = [];
    await hub.writeThrough(t.tenantId, t.storeId, t.toOrder({ number: "1", status: OrderStatus.PREPARING, lines: [["a", OrderStatus.PREPARING]] }), (e) => errors.push(e));
    assert.deepEqual(errors, []);
    assert.deepEqual(
      (await t.all()).map((e) => [e.kind, e.previousStatus, e.status]),
      [[OrderEventKind.STATUS_CHANGED, OrderStatus.CREATED, OrderStatus.PREPARING]],
    );
    // A poll whose read began before the write still sees CREATED: it must not write it back.
    assert.equal(await t.poll(), 0);
    assert.equal((await hub.get(t.tenantId, `pazarama:${t.storeId}:1`))?.status, OrderStatus.PREPARING);
  });

  it("does not announce again an order a read happened to miss", async () => {
    const t = setup();
    t.orders.set("1", { number: "1", status: OrderStatus.CREATED, lines: [["a", OrderStatus.CREATED]] });
    await t.poll();
    t.hide(["1"]);
    assert.equal(await t.poll(), 0);
    t.hide([]);
    assert.equal(await t.poll(), 0, "order 1 is known: no second CREATED");
  });

  it("calls a line-only change LINES_CHANGED, never a status change to the same status", async () => {
    const t = setup();
    t.orders.set("1", {
      number: "1",
      status: OrderStatus.PREPARING,
      lines: [
        ["a", OrderStatus.PREPARING],
        ["b", OrderStatus.PREPARING],
      ],
    });
    await t.poll();
    t.orders.set("1", {
      number: "1",
      status: OrderStatus.PREPARING,
      lines: [
        ["a", OrderStatus.PREPARING],
        ["b", OrderStatus.SHIPPED],
      ],
    });
    await t.poll();
    t.orders.set("1", {
      number: "1",
      status: OrderStatus.SHIPPED,
      lines: [
        ["a", OrderStatus.SHIPPED],
        ["b", OrderStatus.SHIPPED],
      ],
    });
    await t.poll();
    assert.deepEqual(
      (await t.all()).map((e) => [e.kind, e.previousStatus, e.status]),
      [
        [OrderEventKind.LINES_CHANGED, OrderStatus.PREPARING, OrderStatus.PREPARING],
        [OrderEventKind.STATUS_CHANGED, OrderStatus.PREPARING, OrderStatus.SHIPPED],
      ],
    );
  });

  it("puts no buyer e-mail, phone, identity or tax number or street address in events", async () => {
    const t = setup();
    await t.poll();
    t.orders.set("9", { number: "9", status: OrderStatus.CREATED, lines: [["z", OrderStatus.CREATED]] });
    await t.poll();
    const [event] = await t.all();
    const text = JSON.stringify(event);
    for (const pii of ["ayse@example.com", "+905551112233", "12345678901", "1234567890", "Moda", "Sok. 1"]) assert.ok(!text.includes(pii), `${pii} is not in the event`);
    assert.equal(event.order.customer.name, "Ayşe Yılmaz");
    assert.equal(event.order.shippingAddress?.city, "İstanbul");
  });
});
