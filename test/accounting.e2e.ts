// Accounting end to end, through the gateway, against the Paraşüt sandbox over HTTP: connecting and
// testing the connection (a wrong password is INVALID with Paraşüt's message, and then nothing is
// sent), pushing at PREPARING — accepting a Pazarama order through the graph makes one invoice with the
// order's lines, totals and contact, and an e-Arşiv, or an e-Fatura to a registered VKN's inbox — one
// contact for a customer who orders twice, exactly one invoice when Paraşüt fails after making it, a
// cancellation that cancels an unformalised invoice, another tenant's orders out of reach, the product
// pull with its margin, and the request budget shared by two "replicas" never exceeded.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { createLogger } from "@pazargraph/runtime";
import { createParasutSandbox, REGISTERED_VKNS } from "@pazargraph/sandbox/parasut";
import { parse } from "graphql";
import type { Stack } from "../scripts/stack.ts";
import { createRedisBudget } from "../subgraphs/accounting/src/budget.ts";
import { ParasutClient } from "../subgraphs/accounting/src/parasut/client.ts";
import { gql, type Mode, pazaramaOf, startTestStack, subscribe, until } from "./helpers.ts";
import { REDIS_URL, skipWithoutRedis } from "./redis.ts";

// biome-ignore lint/suspicious/noExplicitAny: e2e answers are read loosely
type Any = any;

for (const mode of ["memory", "redis"] as Mode[]) {
  describe(`Accounting: orders into Paraşüt (${mode} mode)`, { skip: mode === "redis" ? skipWithoutRedis : false }, () => {
    let stack: Stack;
    let keyB: string;
    const q = (query: string, variables?: Any, key?: string | null) => gql<Any, Any>(stack, query, variables, key === undefined ? (stack.demoKey ?? null) : key);
    const parasut = async (method: string, path: string, body?: unknown) =>
      (await (
        await fetch(`${stack.sandboxUrls.parasut}/_sandbox${path}`, {
          method,
          headers: body === undefined ? {} : { "content-type": "application/json" },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      ).json()) as Any;
    const records = (type: string) => parasut("GET", `/records/${type}`) as Promise<Any[]>;
    const creds = () => stack.config.accounting.parasut.sandbox.credentials;
    const connect = (password: string) =>
      q(`mutation($i: AccountingConnectionInput!) { connectAccounting(input: $i) { companyId status hasCredentials } }`, {
        i: { companyId: creds().companyId, clientId: creds().clientId, clientSecret: creds().clientSecret, username: creds().username, password, testMode: true },
      });
    const polled = () => {
      const store = pazaramaOf(stack).service.store("demo-pazarama");
      return { id: store.config.id, tenantId: store.config.tenantId, active: true, handle: store };
    };
    /** A new Pazarama order, polled into the hub, then accepted through the graph (→ PREPARING). */
    async function acceptedOrder(body: Record<string, unknown> = {}) {
      const raw = (await (
        await fetch(`${stack.sandboxUrls.pazarama}/_sandbox/orders`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ itemCount: 2, ...body }),
        })
      ).json()) as Any;
      await pazaramaOf(stack).poller.pollStore(polled());
      const number = String(raw.orderNumber);
      const accepted = await q(
        `mutation { pazarama(storeId: "demo-pazarama") { acceptOrder(input: { orderNumber: "${number}" }) { id number status totals { total { amount } } customer { email } } } }`,
      );
      assert.equal(accepted.errors, undefined, JSON.stringify(accepted.errors));
      return accepted.data.pazarama.acceptOrder as { id: string; number: string; status: string; totals: Any; customer: { email: string } };
    }
    const accounting = async (orderId: string) =>
      (
        await q(`{ order(id: "${orderId}") { accounting { status invoiceId invoiceNumber contactId error eDocument { kind id status } } } }`).then((r) => {
          if (!r.data?.order) throw new Error(JSON.stringify(r.errors));
          return r;
        })
      ).data.order.accounting;
    /** Waits on the job's row (not through the gateway, whose rate limit a tight loop would spend). */
    const pushed = async (orderId: string, status = "PUSHED") => {
      const job = () => stack.accounting.store.job("demo", orderId);
      try {
        await until(async () => (await job())?.status === status, `order ${orderId} is ${status} in accounting`, 20_000, 50);
      } catch (err) {
        throw new Error(`${(err as Error).message}; the job: ${JSON.stringify(await job())}`);
      }
    };

    before(async () => {
      stack = await startTestStack(mode, { accounting: { parasut: { tickMs: 100 } } }, { poll: false, marketplaces: ["pazarama"] });
      keyB = (await stack.apiKeys.create("tenant-b", "B admin", ["admin"])).key;
      await pazaramaOf(stack).poller.pollStore(polled()); // the first poll records what exists, silently
    });
    after(() => stack?.close());

    it("connects, refuses a wrong password as INVALID with Paraşüt's message, and sends nothing while INVALID", async () => {
      assert.equal((await q("{ accountingConnection { status } }")).data.accountingConnection, null);
      const settingsFirst = await q("mutation { updateAccountingSettings(input: { formalize: true }) { status } }");
      assert.equal(settingsFirst.errors?.[0]?.extensions?.code, "BAD_USER_INPUT", "a setting before connecting");
      const half = await q(`mutation { connectAccounting(input: { companyId: "115", clientId: "x", testMode: true }) { status } }`);
      assert.equal(half.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      assert.deepEqual((await connect("wrong")).data.connectAccounting, { companyId: "115", status: "UNKNOWN", hasCredentials: true });
      const tested = (await q("mutation { testAccountingConnection { status statusMessage } }")).data.testAccountingConnection;
      assert.equal(tested.status, "INVALID");
      assert.match(tested.statusMessage, /authorization grant is invalid/);
      await parasut("DELETE", "/stats");
      const order = (await q('{ orders(first: 1, filter: { storeIds: ["demo-pazarama"] }) { edges { node { id } } } }')).data.orders.edges[0].node;
      const refused = await q(`mutation { pushOrderToAccounting(orderId: "${order.id}") { status } }`);
      assert.equal(refused.errors?.[0]?.extensions?.code, "BAD_USER_INPUT");
      assert.match(refused.errors[0].message, /INVALID/);
      assert.deepEqual(await parasut("GET", "/stats"), {}, "nothing sent to Paraşüt");

      await connect(creds().password);
      const valid = (await q("mutation { testAccountingConnection { status statusMessage } }")).data.testAccountingConnection;
      assert.deepEqual(valid, { status: "VALID", statusMessage: null });
      const s = await q(
        'mutation { updateAccountingSettings(input: { pushAt: PREPARING, storeIds: ["demo-pazarama"], formalize: true, invoiceCategoryId: "10003", marginPercent: "15" }) { settings { pushAt storeIds formalize matchContactsBy marginPercent } } }',
      );
      assert.deepEqual(s.data.updateAccountingSettings.settings, {
        pushAt: "PREPARING",
        storeIds: ["demo-pazarama"],
        formalize: true,
        matchContactsBy: ["TAX_NUMBER", "EMAIL"],
        marginPercent: "15",
      });
      for (const bad of ['marginPercent: "1000.5"', 'storeIds: ["someone-elses"]', 'invoiceCategoryId: "abc"'])
        assert.equal((await q(`mutation { updateAccountingSettings(input: { ${bad} }) { status } }`)).errors?.[0]?.extensions?.code, "BAD_USER_INPUT", bad);
      // Another tenant: no connection of its own, and none of A's orders.
      assert.equal((await q("{ accountingConnection { status } }", undefined, keyB)).data.accountingConnection, null);
      assert.equal((await q(`mutation { pushOrderToAccounting(orderId: "${order.id}") { status } }`, undefined, keyB)).errors?.[0]?.extensions?.code, "NOT_FOUND");
    });

    it("pushes an order accepted through the graph: one invoice with its lines, totals and contact, formalised as e-Arşiv; a second order of the same customer finds the contact", async () => {
      const before = (await records("contacts")).length;
      const live = stack.subscribed();
      const events = subscribe(stack, parse("subscription { accountingEvents { orderId status error at } }") as TypedDocumentNode<Any, Any>);
      let order: Awaited<ReturnType<typeof acceptedOrder>>;
      try {
        await until(() => stack.subscribed() > live, "the accountingEvents subscription is live");
        order = await acceptedOrder({ customerName: "Deniz Aksoy" });
        assert.equal(order.status, "PREPARING");
        await pushed(order.id);
        const e = (await events.next(10_000)).accountingEvents;
        assert.deepEqual([e.orderId, e.status, e.error], [order.id, "PUSHED", null], "a subscriber hears of it");
      } finally {
        await events.close();
      }
      const acc = await accounting(order.id);
      assert.equal(acc.eDocument.kind, "E_ARCHIVE");
      const invoices = (await records("sales_invoices")).filter((i) => i.attributes.order_no === order.number);
      assert.equal(invoices.length, 1, "one invoice");
      const inv = invoices[0];
      assert.equal(inv.id, acc.invoiceId);
      assert.equal(inv.relationships.category.data.id, "10003");
      assert.ok(Math.abs(Number(inv.attributes.net_total) - Number(order.totals.total.amount)) <= 0.05, `${inv.attributes.net_total} ≈ ${order.totals.total.amount}`);
      assert.equal(inv.relationships.details.data.length, 2, "its two lines");
      const contact = (await records("contacts")).find((c) => c.id === acc.contactId);
      assert.equal(contact.attributes.email, order.customer.email);
      assert.equal((await records("contacts")).length, before + 1);
      const archive = (await records("e_archives")).find((d) => d.id === acc.eDocument.id);
      assert.ok(archive, "the e-Arşiv exists");
      // Its PDF: null while Paraşüt makes it (204), then a link, asked of Paraşüt once and kept while it works.
      const pdf = async () => {
        const r = await q(`{ order(id: "${order.id}") { accounting { eDocument { pdfUrl } } } }`);
        if (r.errors) throw new Error(JSON.stringify(r.errors));
        return r.data.order.accounting.eDocument.pdfUrl as string | null;
      };
      await until(async () => (await pdf()) !== null, "the PDF link", 10_000, 500);
      const asked = (await parasut("GET", "/stats"))["GET /v4/:company/e_archives/:id/pdf"];
      assert.match((await pdf()) as string, /^https:\/\/.*\.pdf/);
      assert.equal((await parasut("GET", "/stats"))["GET /v4/:company/e_archives/:id/pdf"], asked, "the kept link: no second request");

      const again = await acceptedOrder({ customerName: "Deniz Aksoy" });
      await pushed(again.id);
      assert.equal((await accounting(again.id)).contactId, acc.contactId, "the same contact");
      assert.equal((await records("contacts")).filter((c) => c.attributes.email === order.customer.email).length, 1, "no duplicate contact");
    });

    it("makes one contact for a customer whose two orders are pushed at the same time", async () => {
      const [a, b] = [await acceptedOrder({ customerName: "Cem Uçar" }), await acceptedOrder({ customerName: "Cem Uçar" })];
      await Promise.all([pushed(a.id), pushed(b.id)]);
      assert.equal((await records("contacts")).filter((c) => c.attributes.email === a.customer.email).length, 1);
      assert.equal((await accounting(a.id)).contactId, (await accounting(b.id)).contactId);
    });

    it("formalises as e-Fatura to the inbox of a buyer whose VKN is registered", async () => {
      const order = await acceptedOrder({ taxNumber: REGISTERED_VKNS[2] });
      await pushed(order.id);
      const acc = await accounting(order.id);
      assert.equal(acc.eDocument.kind, "E_INVOICE");
      const doc = (await records("e_invoices")).find((d) => d.id === acc.eDocument.id);
      assert.match(doc.attributes.to, new RegExp(REGISTERED_VKNS[2]));
    });

    it("makes exactly one invoice when Paraşüt fails after making it, and one contact when it fails after making that", async () => {
      await parasut("PUT", "/fail-after-create", { type: "sales_invoices", count: 1 });
      const order = await acceptedOrder({ customerName: "Kerem Öztürk" });
      await pushed(order.id);
      assert.equal((await records("sales_invoices")).filter((i) => i.attributes.order_no === order.number).length, 1);
      assert.ok((await accounting(order.id)) !== null);
      await parasut("PUT", "/fail-after-create", { type: "contacts", count: 1 });
      const other = await acceptedOrder({ customerName: "Selin Arslan" });
      await pushed(other.id);
      assert.equal((await records("contacts")).filter((c) => c.attributes.email === other.customer.email).length, 1);
    });

    it("cancels the invoice of a cancelled order that was not formalised, and leaves a formalised one for the accountant", async () => {
      await q("mutation { updateAccountingSettings(input: { formalize: false }) { status } }");
      const order = await acceptedOrder({ customerName: "Burak Yıldız" });
      await pushed(order.id);
      const formal = await acceptedOrder({ customerName: "Ece Koç" });
      await pushed(formal.id);
      await q("mutation { updateAccountingSettings(input: { formalize: true }) { status } }");
      // Formalise the second by hand (as the accountant might) before it is cancelled.
      const formalInvoice = (await accounting(formal.id)).invoiceId;
      // Through the product's own client (and so its request budget), as another user of the company would.
      const [client] = stack.accounting.clients();
      await client.create("e_archives", {
        data: { type: "e_archives", attributes: {}, relationships: { sales_invoice: { data: { id: formalInvoice, type: "sales_invoices" } } } },
      });
      await until(
        async () => (await records("e_archives")).length > 0 && (await records("sales_invoices")).some((i) => i.id === formalInvoice && i.relationships.active_e_document.data),
        "formalised",
      );
      // Pazarama cancels both (item status 6, Siparişiniz İptal Edildi).
      for (const o of [order, formal])
        await fetch(`${stack.sandboxUrls.pazarama}/_sandbox/orders/${o.number}/status`, { method: "PUT", headers: { "content-type": "application/json" }, body: '{"status": 6}' });
      await pazaramaOf(stack).poller.pollStore(polled());
      await pushed(order.id, "CANCELLED");
      await pushed(formal.id, "NEEDS_ACCOUNTANT");
      const inv = (await records("sales_invoices")).find((i) => i.attributes.order_no === order.number);
      assert.equal(inv.attributes.item_type, "cancelled");
      assert.match((await accounting(formal.id)).error, /accountant/);
    });

    it("pulls Paraşüt's products into the catalogue with the margin on the buying price", async () => {
      const r = await q("mutation { pullAccountingProducts { read written skipped } }");
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.deepEqual(r.data.pullAccountingProducts, { read: 40, written: 40, skipped: 0 });
      const source = (await records("products")).find((p) => p.attributes.code === "PRS-1000");
      const p = (await q('{ catalogueProduct(code: "PRS-1000") { name cost { amount } stocks { warehouse quantity } prices { priceList amount { amount } } } }')).data
        .catalogueProduct;
      assert.equal(p.name, source.attributes.name);
      assert.equal(Number(p.cost.amount), Number(source.attributes.buying_price));
      assert.deepEqual(p.stocks, [{ warehouse: "Paraşüt", quantity: Number(source.attributes.stock_count) }]);
      assert.equal(p.prices[0].priceList, "Paraşüt");
      assert.equal(Number(p.prices[0].amount.amount), Math.round(Number(source.attributes.buying_price) * 115) / 100);
    });
  });
}

describe("Accounting: one request budget per Paraşüt company across replicas", () => {
  it("keeps two clients with their own budgets (two replicas, one Redis) within the limit in every window, and none of them is refused", { skip: skipWithoutRedis }, async () => {
    const { connectRedis } = await import("@pazargraph/runtime");
    const limit = { requests: 5, windowMs: 1000 };
    const sb = createParasutSandbox({ clientId: "c", clientSecret: "s", username: "u@example.com", password: "p", rateLimit: limit });
    await sb.app.listen({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(sb.app.server.address() as { port: number }).port}`;
    const prefix = `pgtest:budget:${Date.now()}:`;
    const redisA = await connectRedis(REDIS_URL as string);
    const redisB = await connectRedis(REDIS_URL as string);
    const budget = (client: typeof redisA) => createRedisBudget({ client, prefix }, { requests: limit.requests, windowMs: limit.windowMs + 150 });
    const clients = [redisA, redisB].map(
      (r) =>
        new ParasutClient({
          baseUrl: url,
          companyId: "115",
          credentials: { clientId: "c", clientSecret: "s", username: "u@example.com", password: "p" },
          budget: budget(r),
          logger: createLogger({ name: "t", level: "silent" }),
        }),
    );
    try {
      await Promise.all(clients.flatMap((c) => Array.from({ length: 12 }, () => c.list("contacts", { "page[size]": 1 }))));
      assert.equal(sb.rate.rejected, 0, "no 429");
      assert.ok(sb.rate.maxInWindow <= limit.requests, `at most ${limit.requests} in any window (saw ${sb.rate.maxInWindow})`);
      assert.equal(clients[0].calls + clients[1].calls, 24);
    } finally {
      for (const c of clients) await c.close();
      await redisA.del(`${prefix}budget:parasut:115`);
      await redisA.quit();
      await redisB.quit();
      await sb.app.close();
    }
  });
});
