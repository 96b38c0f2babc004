// The marketplace module list is what config, the registry, redaction and the stack read: these check
// that every module is complete and consistent, and that config follows the modules.
import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, it } from "node:test";
import { Marketplace } from "@pazargraph/schema";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { MARKETPLACES, marketplaceModule, secretCredentialNames } from "./marketplaces.ts";

describe("marketplace modules", () => {
  it("the Marketplace enum names exactly the modules", () => {
    assert.deepEqual(Object.values(Marketplace).sort(), MARKETPLACES.map((m) => m.name.toUpperCase()).sort());
  });

  it("each module is complete: distinct names and ports, a secret, sandbox credentials for every field, and code that loads", async () => {
    const ports = MARKETPLACES.flatMap((m) => [m.ports.subgraph, m.ports.sandbox]);
    assert.equal(new Set(ports).size, ports.length, "no two services share a default port");
    assert.equal(new Set(MARKETPLACES.map((m) => m.name)).size, MARKETPLACES.length);
    for (const m of MARKETPLACES) {
      assert.match(m.name, /^[a-z][a-z0-9]*$/);
      assert.ok(
        m.credentials.some((c) => c.secret),
        `${m.name} declares a secret credential`,
      );
      for (const c of m.credentials) assert.ok(m.sandboxCredentials[c.name], `${m.name}: the sandbox accepts a ${c.name}`);
      assert.ok(m.l1Fields.includes("categoryTree"), `${m.name}: the category tree is reference data`);
      const code = await m.load();
      for (const f of ["createSandbox", "buildSchema", "buildSubgraph", "connectionTester"] as const) assert.equal(typeof code[f], "function", `${m.name}.${f}`);
    }
  });

  it("config follows the modules: ports, sandbox credentials, L1 fields, demo stores", () => {
    const config = loadConfig({ PAZARGRAPH_DATA_DIR: "/tmp/pg-modules" });
    for (const m of MARKETPLACES) {
      assert.equal(config.marketplaces[m.name].port, m.ports.subgraph);
      assert.equal(config.marketplaces[m.name].sandbox.port, m.ports.sandbox);
      assert.deepEqual(config.marketplaces[m.name].sandbox.credentials, m.sandboxCredentials);
      assert.deepEqual(config.gateway.l1Fields[m.name], [...m.l1Fields]);
      assert.ok(config.stores.some((s) => s.id === m.demoStore.id && s.marketplace === m.name));
    }
    const env = { PAZARGRAPH_DATA_DIR: "/tmp/pg-modules", POLL_INTERVAL_MS: "700" };
    for (const m of MARKETPLACES) assert.equal(loadConfig(env).marketplaces[m.name].pollIntervalMs, 700);
  });

  it("a configured store must be of a known marketplace and carry exactly its credential fields", () => {
    const [m] = MARKETPLACES;
    const full = Object.fromEntries(m.credentials.map((c) => [c.name, "x"]));
    const store = (over: Record<string, unknown>) => () =>
      loadConfig({ PAZARGRAPH_DATA_DIR: "/tmp/pg-modules" }, { stores: [{ id: "s1", name: "S", marketplace: m.name, ...over }] });
    assert.doesNotThrow(store({ credentials: full }));
    assert.throws(store({ marketplace: "nowhere" }), (e: Error) => e instanceof ConfigError && /stores\.0\.marketplace/.test(e.message));
    const missing = { ...full };
    delete missing[m.credentials[0].name];
    assert.throws(store({ credentials: missing }), (e: Error) => e instanceof ConfigError && e.message.includes(`credentials.${m.credentials[0].name}`));
    assert.throws(store({ credentials: { ...full, surprise: "y" } }), (e: Error) => e instanceof ConfigError && e.message.includes("credentials.surprise"));
    assert.equal(marketplaceModule("nowhere"), undefined);
  });

  it("every secret credential field of every module is redacted from log lines, wherever it sits", () => {
    const names = secretCredentialNames();
    assert.ok(names.length >= MARKETPLACES.length);
    const lines: string[] = [];
    const logger = createLogger({
      name: "t",
      level: "info",
      destination: new Writable({
        write(c, _e, cb) {
          lines.push(String(c));
          cb();
        },
      }) as never,
    });
    for (const n of names) logger.info({ [n]: `leak-${n}`, store: { [n]: `leak-deep-${n}` } }, "credential check");
    assert.equal(lines.length, names.length);
    for (const l of lines) assert.doesNotMatch(l, /leak-/);
  });
});
