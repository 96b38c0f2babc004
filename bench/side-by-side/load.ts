// The load generator as its own process: autocannon against one URL with one body, printing its
// result as one JSON line (requests per second, latency percentiles, errors).
// Args: a JSON object { url, body, headers, connections, seconds }.
import autocannon from "autocannon";

const { url, body, headers, connections, seconds } = JSON.parse(process.argv[2]) as {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  seconds: number;
};
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
console.log(
  JSON.stringify({
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts + graphqlErrors,
    requests: result.requests.total,
  }),
);
