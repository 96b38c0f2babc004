// `npm start`: the whole product on the embedded default (or Redis with REDIS_URL), until Ctrl-C.
import { ConfigError, createLogger, DataDirInUseError, loadConfig, stopOnSignals } from "@pazargraph/runtime";
import { startStack } from "./stack.ts";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
}
const logger = createLogger({ name: "pazargraph", level: config.logLevel });

try {
  const stack = await startStack({ config, logger });
  const base = stack.gatewayUrl.replace(/\/graphql$/, "");
  console.log(`
PazarGraph is up (${config.mode.kind === "redis" ? "Redis mode" : "embedded mode"}; durable records in ${config.database.url ? "PostgreSQL" : `PGlite in ${config.mode.dataDir}`}).
  Explorer (GraphiQL):  ${base}/graphiql
  GraphQL endpoint:     ${stack.gatewayUrl}  (subscriptions: ${stack.gatewayWsUrl})
${stack.demoKey ? `  Demo admin API key:   ${stack.demoKey}\n                        (send it as the x-api-key header; in the explorer: paste it into the API key field)` : ""}
${
  Object.entries(stack.sandboxUrls)
    .map(([name, url]) => `  ${`${name[0].toUpperCase()}${name.slice(1)} sandbox:`.padEnd(22)}${url}  (admin API under /_sandbox)`)
    .join("\n") || "  Sandboxes:            off"
}
Press Ctrl-C to stop.
`);
  stopOnSignals(logger, stack.close);
} catch (err) {
  // A setting or a busy data folder is the operator's to fix: one line that says what to do.
  if (err instanceof ConfigError || err instanceof DataDirInUseError) console.error(err.message);
  else logger.fatal({ err }, "failed to start");
  process.exit(1);
}
