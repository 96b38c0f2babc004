// Scenario 6's subscribers as their own process: N graphql-ws clients, one socket each, subscribed to
// orderEvents on one gateway. An event's occurredAt has second precision, so each delivery's delay is
// taken from the first subscriber's receipt of the same event: the fan-out the gateway adds (this
// process's own parsing included). Prints "connected" once every socket is open, then, after
// `seconds`, one JSON line with the delays' percentiles.
// Args: a JSON object { url, key, count, seconds }.
import { createClient } from "graphql-ws";
import WebSocket from "ws";

const { url, key, count, seconds } = JSON.parse(process.argv[2]) as { url: string; key: string; count: number; seconds: number };
/** Arrival times per event id. */
const arrivals = new Map<string, number[]>();
let errors = 0;
let open = 0;
const clients = [];
for (let i = 0; i < count; i++) {
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: { "x-api-key": key },
    lazy: false,
    retryAttempts: 0,
    on: {
      connected: () => {
        open++;
      },
    },
  });
  client.subscribe(
    { query: "subscription { orderEvents { id occurredAt status } }" },
    {
      next: (msg) => {
        const id = (msg.data as { orderEvents: { id: string } }).orderEvents.id;
        const list = arrivals.get(id);
        if (list) list.push(performance.now());
        else arrivals.set(id, [performance.now()]);
      },
      error: () => {
        errors++;
      },
      complete: () => {},
    },
  );
  clients.push(client);
  // Not all at once: a burst of thousands of handshakes is a different benchmark.
  if (i % 200 === 199) await new Promise((r) => setTimeout(r, 50));
}
const deadline = Date.now() + 60_000;
while (open < count && Date.now() < deadline && errors === 0) await new Promise((r) => setTimeout(r, 100));
console.log(`connected ${open}`);
await new Promise((r) => setTimeout(r, seconds * 1000));
const delays = [...arrivals.values()].flatMap((list) => list.map((t) => t - list[0])).sort((a, b) => a - b);
const q = (p: number) => (delays.length ? delays[Math.min(delays.length - 1, Math.floor(p * delays.length))] : null);
console.log(JSON.stringify({ subscribers: open, errors, events: arrivals.size, received: delays.length, p50: q(0.5), p99: q(0.99), max: delays.at(-1) ?? null }));
await Promise.all(clients.map((c) => c.dispose()));
process.exit(0);
