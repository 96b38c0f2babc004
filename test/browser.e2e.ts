// A real browser as a frontend team's page would use PazarGraph: headless Chromium (Debian's package,
// installed by `npm test`'s set-up when missing) driven by playwright-core. From a page served by the
// gateway it sends the README query with an API key over fetch and subscribes to order events over a
// browser WebSocket (graphql-transport-ws), then a sandbox change must arrive as an event. No request
// may leave the machine.
import assert from "node:assert/strict";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { type Browser, chromium, type Page } from "playwright-core";
import type { Stack } from "../scripts/stack.ts";
import { sandbox, startTestStack, until } from "./helpers.ts";

const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
/** Screenshots the suite leaves behind (ignored by git). */
const ARTIFACTS = join(import.meta.dirname, "..", "test-artifacts");
const skip = executablePath ? false : "no Chromium (npm test installs Debian's chromium when it can; or set CHROMIUM_PATH)";

/** Lets the page reach this machine only; what it tried elsewhere is listed (and refused). */
async function onlyThisMachine(page: Page): Promise<string[]> {
  const outside: string[] = [];
  await page.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1" || url.hostname === "localhost") return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return outside;
}

describe("In a browser", { skip }, () => {
  let stack: Stack;
  let browser: Browser;
  before(async () => {
    stack = await startTestStack("memory");
    browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  after(async () => {
    await browser?.close();
    await stack?.close();
  });

  it("queries with an API key and receives an order event over a WebSocket, with no request leaving the machine", async () => {
    const page = await browser.newPage();
    const outside = await onlyThisMachine(page);
    const base = stack.gatewayUrl.replace(/\/graphql$/, "");
    const res = await page.goto(`${base}/health`);
    assert.equal(res?.status(), 200);

    const answer = await page.evaluate(
      async ({ key }) => {
        const r = await fetch("/graphql", {
          method: "POST",
          headers: { "content-type": "application/json", "x-api-key": key },
          body: JSON.stringify({ query: "{ pazarama { orders(first: 3) { edges { node { number status store { name } } } } } }" }),
        });
        return { status: r.status, body: await r.json() };
      },
      { key: stack.demoKey ?? "" },
    );
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.data.pazarama.orders.edges.length, 3);
    assert.equal(answer.body.data.pazarama.orders.edges[0].node.store.name, "Demo Pazarama Store");

    // Subscribe from the page, then make an order in the sandbox.
    await page.evaluate(
      ({ ws, key }) => {
        const w = window as unknown as { events: unknown[]; acked: boolean };
        w.events = [];
        w.acked = false;
        const socket = new WebSocket(ws, "graphql-transport-ws");
        socket.onopen = () => socket.send(JSON.stringify({ type: "connection_init", payload: { "x-api-key": key } }));
        socket.onmessage = (m) => {
          const msg = JSON.parse(m.data);
          if (msg.type === "connection_ack") {
            w.acked = true;
            socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: "subscription { orderEvents { kind marketplace order { number } } }" } }));
          } else if (msg.type === "next") w.events.push(msg.payload);
        };
      },
      { ws: stack.gatewayWsUrl, key: stack.demoKey ?? "" },
    );
    await page.waitForFunction(() => (window as unknown as { acked: boolean }).acked, undefined, { timeout: 5000 });
    // The subscription is live in the orders subgraph before the order is made.
    await until(() => stack.liveSubscriptions() > 0, "the browser's subscription reaches the orders subgraph");
    const created = (await sandbox(stack, "POST", "/orders", { itemCount: 1 })) as { orderNumber: string | number };
    await page.waitForFunction(
      (n) => (window as unknown as { events: Array<{ data?: { orderEvents?: { order?: { number?: string } } } }> }).events.some((e) => e.data?.orderEvents?.order?.number === n),
      String(created.orderNumber),
      {
        timeout: 15_000,
      },
    );
    assert.deepEqual(outside, []);
    await page.close();
  });

  it("explores offline: GraphiQL from the gateway's own assets, a pasted key, a query with data and a subscription event", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const outside = await onlyThisMachine(page);
    const consoleErrors: string[] = [];
    page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
    const base = stack.gatewayUrl.replace(/\/graphql$/, "");
    const open = async (query: string) => {
      const res = await page.goto(`${base}/graphiql?query=${encodeURIComponent(query)}`);
      assert.equal(res?.status(), 200);
      assert.match(res?.headers()["content-security-policy"] ?? "", /script-src 'self'/);
      await page.waitForSelector(".graphiql-execute-button", { timeout: 15_000 });
    };
    const responseText = () => page.evaluate(() => (document.querySelector(".graphiql-response") as HTMLElement | null)?.innerText ?? "");

    await open("{ orders(first: 3) { totalCount edges { node { number marketplace store { name } } } } }");
    await page.fill("#api-key", stack.demoKey ?? "");
    await page.press("#api-key", "Tab");
    await page.waitForSelector(".graphiql-execute-button", { timeout: 15_000 });
    await page.click(".graphiql-execute-button");
    await page.waitForFunction(() => (document.querySelector(".graphiql-response") as HTMLElement | null)?.innerText.includes("totalCount"), undefined, { timeout: 15_000 });
    const text = await responseText();
    assert.match(text, /"store"/);
    assert.match(text, /Demo (Pazarama|Beymen) Store/);
    assert.doesNotMatch(text, /UNAUTHENTICATED/);

    // The key is remembered; the subscription goes over the WebSocket with it.
    await open("subscription { orderEvents { kind order { number } } }");
    assert.equal(await page.inputValue("#api-key"), stack.demoKey);
    const before = stack.liveSubscriptions();
    await page.click(".graphiql-execute-button");
    await until(() => stack.liveSubscriptions() > before, "the explorer's subscription reaches the orders subgraph", 10_000);
    const created = (await sandbox(stack, "POST", "/orders", { itemCount: 1 })) as { orderNumber: string | number };
    await page.waitForFunction((n) => (document.querySelector(".graphiql-response") as HTMLElement | null)?.innerText.includes(n), String(created.orderNumber), {
      timeout: 15_000,
    });
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "explorer.png") });
    assert.deepEqual(outside, [], "no request left the machine");
    assert.deepEqual(
      consoleErrors.filter((e) => /Content Security Policy|Refused/.test(e)),
      [],
      "nothing refused by the content policy",
    );
    await page.close();
  });
});
