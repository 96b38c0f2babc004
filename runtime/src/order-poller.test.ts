// The order poller's guarantees, deterministically: a crash between publishing and saving the
// snapshot duplicates nothing; an order a read misses is not announced again; a line-only change is
// LINES_CHANGED, never X → X; events carry no buyer contact data.
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { Marketplace, ORDER_EVENTS_STREAM, type Order, OrderEventKind, type OrderEventPayload, OrderStatus } from "@pazargraph/schema";
import { createLogger } from "./logger.ts";
import { createOrderPoller, type OrderSource, type PolledStore } from "./order-poller.ts";
import { createMemoryEventBus, createMemoryKeyValueStore, createMemoryLock, type EventBus, type KeyValueStore } from "./ports/index.ts";

interface RawOrder {
  number: string;
  status: OrderStatus;
  lines: Array<[string, OrderStatus]>;
}

const order = (o: RawOrder): Order =>
  ({
    id: `test:s1:${o.number}`,
    number: o.number,
    status: o.status,
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
    lines: o.lines.map(([id, status]) => ({ id, status })),
  }) as unknown as Order;

function setup(kv: KeyValueStore = createMemoryKeyValueStore(), events: EventBus = createMemoryEventBus()) {
  const orders = new Map<string, RawOrder>();
  let hidden = new Set<string>();
  const source: OrderSource<null, RawOrder> = {
    marketplace: Marketplace.PAZARAMA,
    stores: () => [],
    readRecent: async () => [...orders.values()].filter((o) => !hidden.has(o.number)).map((o) => structuredClone(o)),
    key: (o) => o.number,
    fingerprint: (_s, o) => ({ status: o.status, lines: o.lines.map(([id, s]) => `${id}=${s}`).join(",") }),
    toOrder: (_s, o) => order(o),
  };
  const poller = createOrderPoller({ source, events, kv, lock: createMemoryLock(), logger: createLogger({ name: "test", level: "silent" }), intervalMs: 1000 });
  const store: PolledStore<null> = { id: "s1", tenantId: "t1", active: true, handle: null };
  const all = async () => (await events.read<OrderEventPayload>(ORDER_EVENTS_STREAM, null, 1000)).map((e) => e.payload);
  return {
    orders,
    hide: (numbers: string[]) => {
      hidden = new Set(numbers);
    },
    poll: () => poller.pollStore(store),
    all,
  };
}

/** A key-value store whose writes fail while `crashing` is set: the process "died" before saving. */
function crashingKv() {
  const inner = createMemoryKeyValueStore();
  const state = { crashing: false };
  const kv: KeyValueStore = {
    ...inner,
    get: (ns, k) => inner.get(ns, k),
    set: async (ns, k, v) => {
      if (state.crashing) throw new Error("killed before the snapshot was saved");
      return inner.set(ns, k, v);
    },
  };
  return { kv, state };
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

  for (const bus of ["memory", "file"] as const) {
    it(`publishes exactly once when it dies between publishing and saving its snapshot (${bus} bus)`, async () => {
      const file = bus === "file" ? join(mkdtempSync(join(tmpdir(), "pg-bus-")), "events.log") : undefined;
      const { kv, state } = crashingKv();
      const t = setup(kv, createMemoryEventBus({ file }));
      await t.poll();
      t.orders.set("2", { number: "2", status: OrderStatus.CREATED, lines: [["b", OrderStatus.CREATED]] });
      state.crashing = true;
      await assert.rejects(t.poll());
      // The restarted process: the file bus is read back from its log, the snapshot is the old one.
      state.crashing = false;
      const again = file ? setup(kv, createMemoryEventBus({ file })) : t;
      if (file) again.orders.set("2", { number: "2", status: OrderStatus.CREATED, lines: [["b", OrderStatus.CREATED]] });
      await again.poll();
      const orders = (await again.all()).filter((e) => e.order.number === "2");
      assert.equal(orders.length, 1, "one CREATED for order 2, not two");
      // The next real change is announced again (the key moved on with the saved snapshot).
      again.orders.set("2", { number: "2", status: OrderStatus.PREPARING, lines: [["b", OrderStatus.PREPARING]] });
      assert.equal(await again.poll(), 1);
    });
  }

  it("announces a change made while it was down after dying right after publishing (the outbox, not the snapshot, decides)", async () => {
    const kv = createMemoryKeyValueStore();
    const inner = createMemoryEventBus();
    let dieAfterPublish = false;
    const bus: EventBus = {
      ...inner,
      publish: async (stream, payload, options) => {
        const id = await inner.publish(stream, payload, options);
        if (dieAfterPublish) throw new Error("killed right after publishing");
        return id;
      },
    };
    const t = setup(kv, bus);
    await t.poll();
    t.orders.set("3", { number: "3", status: OrderStatus.CREATED, lines: [["c", OrderStatus.CREATED]] });
    dieAfterPublish = true;
    await assert.rejects(t.poll());
    dieAfterPublish = false;
    // While it was down, the order moved on.
    t.orders.set("3", { number: "3", status: OrderStatus.PREPARING, lines: [["c", OrderStatus.PREPARING]] });
    await t.poll();
    await t.poll();
    assert.deepEqual(
      (await t.all()).map((e) => [e.kind, e.previousStatus, e.status]),
      [
        [OrderEventKind.CREATED, null, OrderStatus.CREATED],
        [OrderEventKind.STATUS_CHANGED, OrderStatus.CREATED, OrderStatus.PREPARING],
      ],
    );
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
