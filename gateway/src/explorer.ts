// The explorer at /graphiql: GraphiQL from the npm packages installed with the gateway (graphiql, react,
// react-dom), served from here, so it works with no internet and under a strict content policy (no
// CDN, no inline script). A bar above it takes the partner's API key (kept in this browser only) and
// sends it on every request and in the WebSocket's connection_init, so subscriptions work too.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { FastifyReply, FastifyRequest } from "fastify";

const require = createRequire(import.meta.url);

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript; charset=utf-8" },
  "react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript; charset=utf-8" },
  "graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript; charset=utf-8" },
  "graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css; charset=utf-8" },
};

/** A file of an installed package (its exports do not list the UMD builds). */
const packageFile = (pkg: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), file);

const EXAMPLE = `# Paste your API key above (it stays in this browser), then run:
{
  orders(first: 20) {
    totalCount
    edges { node { id number marketplace status createdAt store { name } } }
  }
}

# New orders and status changes, live:
# subscription { orderEvents { id kind status order { number store { name } } } }
`;

const INIT = `(function () {
  var KEY = "pazargraph.apiKey";
  var root = document.getElementById("graphiql");
  var input = document.getElementById("api-key");
  input.value = localStorage.getItem(KEY) || "";
  var ws = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/graphql";
  // A link can carry a document: /graphiql?query=…
  var shared = new URLSearchParams(location.search).get("query") || undefined;
  function render() {
    var key = input.value.trim();
    var auth = key ? { "x-api-key": key } : {};
    var fetcher = GraphiQL.createFetcher({ url: "/graphql", subscriptionUrl: ws, headers: auth, wsConnectionParams: auth });
    ReactDOM.render(React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)}, query: shared, key: key }), root);
  }
  input.addEventListener("change", function () {
    localStorage.setItem(KEY, input.value.trim());
    render();
  });
  render();
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>PazarGraph explorer</title>
<link rel="stylesheet" href="/graphiql/assets/graphiql.css">
<link rel="stylesheet" href="/graphiql/assets/page.css">
</head>
<body>
<header><strong>PazarGraph</strong><label>API key <input id="api-key" type="password" autocomplete="off" spellcheck="false" placeholder="pgk_…"></label><span>sent as x-api-key, and in connection_init for subscriptions</span></header>
<div id="graphiql"></div>
<script src="/graphiql/assets/react.js"></script>
<script src="/graphiql/assets/react-dom.js"></script>
<script src="/graphiql/assets/graphiql.js"></script>
<script src="/graphiql/assets/init.js"></script>
</body>
</html>
`;

const CSS = `html, body { height: 100%; margin: 0; font-family: system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
header { display: flex; gap: 1rem; align-items: center; padding: .4rem .8rem; border-bottom: 1px solid #ddd; font-size: 14px; }
header input { width: 28rem; margin-left: .4rem; font-family: monospace; }
header span { color: #777; }
#graphiql { flex: 1; min-height: 0; }
`;

/** Nothing from elsewhere: scripts and styles from here, requests to this gateway only. */
const CONTENT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self' ws: wss:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Any fastify instance (the gateway's has its own logger type). */
interface Routes {
  get(path: string, handler: (req: FastifyRequest, reply: FastifyReply) => Promise<unknown>): unknown;
}

export function registerExplorer(app: Routes): void {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const [name, a] of Object.entries(ASSETS)) files.set(name, { body: readFileSync(packageFile(a.pkg, a.file)), type: a.type });
  files.set("init.js", { body: Buffer.from(INIT), type: "text/javascript; charset=utf-8" });
  files.set("page.css", { body: Buffer.from(CSS), type: "text/css; charset=utf-8" });
  app.get("/graphiql", async (_req, reply) =>
    reply.header("content-security-policy", CONTENT_POLICY).header("cache-control", "no-cache").type("text/html; charset=utf-8").send(PAGE),
  );
  app.get("/graphiql/assets/:file", async (req, reply) => {
    const f = files.get((req.params as { file: string }).file);
    if (!f) return reply.code(404).send({ errors: [{ message: "no such asset", extensions: { code: "NOT_FOUND" } }] });
    return reply.header("content-security-policy", CONTENT_POLICY).header("cache-control", "public, max-age=86400").type(f.type).send(f.body);
  });
}
