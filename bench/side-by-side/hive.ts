// Hive Gateway (@graphql-hive/gateway-runtime) in front of PazarGraph's subgraphs, as a peer in the
// side-by-side benchmark: the supergraph is composed from the same subgraphs' Federation SDL, and each
// subgraph request carries the same signed caller header PazarGraph's gateway sends.
// Env: PORT, SUBGRAPHS ("name=url,…"), PAZARGRAPH_INTERNAL_SECRET, BENCH_TENANT.
import { createServer } from "node:http";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { IDENTITY_HEADER, signIdentity } from "@pazargraph/runtime";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";

const secret = process.env.PAZARGRAPH_INTERNAL_SECRET as string;
const tenantId = process.env.BENCH_TENANT ?? "demo";
const subgraphs = (process.env.SUBGRAPHS ?? "").split(",").map((s) => {
  const [name, url] = s.split("=");
  return { name, url };
});
const identity = () => signIdentity({ tenantId, subject: "bench", scopes: ["read", "write"] }, secret);

// Each subgraph's Federation SDL, asked the way a federation gateway asks it.
const services = await Promise.all(
  subgraphs.map(async ({ name, url }) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", [IDENTITY_HEADER]: identity() },
      body: JSON.stringify({ query: "{ _service { sdl } }" }),
    });
    const body = (await res.json()) as { data?: { _service: { sdl: string } } };
    if (!body.data) throw new Error(`${name}: no SDL (${JSON.stringify(body).slice(0, 200)})`);
    return { name, url, typeDefs: parse(body.data._service.sdl) };
  }),
);
const composed = composeServices(services);
if (composed.errors?.length) throw new Error(composed.errors.map((e) => e.message).join("\n"));

const gateway = createGatewayRuntime({
  supergraph: composed.supergraphSdl as string,
  graphqlEndpoint: "/",
  landingPage: false,
  maskedErrors: false, // a benchmark wants the cause of an error, not "Unexpected error."
  plugins: () => [
    {
      onFetch({ setOptions, options }) {
        setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), [IDENTITY_HEADER]: identity() } });
      },
    },
  ],
});
const server = createServer(gateway);
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`ready http://127.0.0.1:${process.env.PORT}/`));
