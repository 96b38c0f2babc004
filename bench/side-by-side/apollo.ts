// Apollo Gateway 2 (@apollo/gateway + @apollo/server) in front of PazarGraph's subgraphs, as a peer in
// the side-by-side benchmark: it composes the same subgraphs (introspecting their Federation SDL) and
// sends each subgraph request the same signed caller header PazarGraph's gateway sends.
// Env: PORT, SUBGRAPHS ("name=url,…"), PAZARGRAPH_INTERNAL_SECRET, BENCH_TENANT.
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { IDENTITY_HEADER, signIdentity } from "@pazargraph/runtime";

const secret = process.env.PAZARGRAPH_INTERNAL_SECRET as string;
const tenantId = process.env.BENCH_TENANT ?? "demo";
const subgraphs = (process.env.SUBGRAPHS ?? "").split(",").map((s) => {
  const [name, url] = s.split("=");
  return { name, url };
});

const gateway = new ApolloGateway({
  supergraphSdl: new IntrospectAndCompose({ subgraphs }),
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource({
      url,
      willSendRequest({ request }) {
        request.http?.headers.set(IDENTITY_HEADER, signIdentity({ tenantId, subject: "bench", scopes: ["read", "write"] }, secret));
      },
    }),
});
const server = new ApolloServer({ gateway, csrfPrevention: false });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: "127.0.0.1" } });
console.log(`ready ${url}`);
