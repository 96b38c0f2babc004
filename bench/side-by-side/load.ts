// The load generator: autocannon against one URL with one body; the figures every benchmark reports
// (requests per second, latency percentiles, errors, a 200 carrying GraphQL `errors` counted as one).
// Run as its own process by the side-by-side harness: args a JSON object { url, body, headers,
// connections, seconds }, prints the figures as one JSON line. bench/hub.ts calls `load` in-process.
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";

export interface Load {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
}

export async function load({ url, body, headers, connections, seconds }: Load) {
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: "POST",
    connections,
    duration: seconds,
    headers: { "content-type": "application/json", ...headers },
    body,
    setupClient(client) {
      // A 200 whose body carries `errors` is an error too (a gateway that failed the query).
      client.on("body", (b: Buffer) => {
        if (b.includes('"errors"')) graphqlErrors++;
      });
    },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts + graphqlErrors,
    requests: result.requests.total,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) console.log(JSON.stringify(await load(JSON.parse(process.argv[2]) as Load)));
