// The gateway's authenticator: API keys through the key store; HS256 bearer tokens with a tenant,
// scopes and a required, bounded expiry; anything else is no identity.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ApiKeyStore, connectRedis, type Database, openDatabase } from "@pazargraph/runtime";
import { SignJWT } from "jose";
import { REDIS_URL, skipWithoutRedis, uniquePrefix } from "../../test/redis.ts";
import { createAuthenticator, createRateLimiter, leaseSize } from "./auth.ts";

const secret = "a-long-enough-test-secret-for-hs256";
const sign = (claims: Record<string, unknown>, exp: number | null, iat?: number) => {
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" });
  if (iat !== undefined) jwt.setIssuedAt(iat);
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(new TextEncoder().encode(secret));
};

describe("authenticator", () => {
  let database: Database;
  let keys: ApiKeyStore;
  before(async () => {
    database = await openDatabase({});
    keys = new ApiKeyStore(database.db);
  });
  after(() => database.close());

  it("takes an API key through the key store", async () => {
    const auth = createAuthenticator({ apiKeys: keys });
    const { key } = await keys.create("acme", "k", ["write"]);
    assert.deepEqual((await auth.authenticate({ apiKey: key }))?.scopes, ["write"]);
    assert.equal(await auth.authenticate({ apiKey: "pgk_forged" }), null);
    assert.equal(await auth.authenticate({}), null);
  });

  it("takes an HS256 token with a tenant and an expiry no further than a day, and nothing else", async () => {
    const auth = createAuthenticator({ apiKeys: keys, jwt: { hs256Secret: secret } });
    const now = Math.floor(Date.now() / 1000);
    const ok = await auth.authenticate({ authorization: `Bearer ${await sign({ tenant: "acme", scope: "read write", sub: "u1" }, now + 3600, now)}` });
    assert.deepEqual({ tenant: ok?.tenantId, scopes: ok?.scopes, subject: ok?.subject }, { tenant: "acme", scopes: ["read", "write"], subject: "jwt:u1" });
    const refused = [
      await sign({ tenant: "acme" }, null, now), // no exp: no token lives for ever
      await sign({ tenant: "acme" }, now + 3 * 86_400, now), // lives longer than a day
      await sign({ tenant: "acme" }, now - 10, now - 100), // expired
      await sign({ scope: "read" }, now + 60, now), // no tenant
    ];
    for (const token of refused) assert.equal(await auth.authenticate({ authorization: `Bearer ${token}` }), null, token);
    const wrongKey = await new SignJWT({ tenant: "acme" })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime(now + 60)
      .sign(new TextEncoder().encode("another-secret-of-enough-length"));
    assert.equal(await auth.authenticate({ authorization: `Bearer ${wrongKey}` }), null);
    const scopesFiltered = await auth.authenticate({ authorization: `Bearer ${await sign({ tenant: "acme", scope: "read superuser" }, now + 60, now)}` });
    assert.deepEqual(scopesFiltered?.scopes, ["read"], "unknown scopes are dropped");
    assert.equal(
      await createAuthenticator({ apiKeys: keys }).authenticate({ authorization: `Bearer ${await sign({ tenant: "acme" }, now + 60, now)}` }),
      null,
      "no JWT configured",
    );
  });
});

describe("rate limit shared through Redis", { skip: skipWithoutRedis }, () => {
  it("takes a key's points in leases, never lets more than the limit through across replicas, and refuses with a retry time", async () => {
    const client = await connectRedis(REDIS_URL as string);
    const prefix = uniquePrefix();
    try {
      const limit = { points: 1000, windowSeconds: 60 };
      assert.equal(leaseSize(limit.points), 10);
      const [a, b] = [createRateLimiter(limit, { client, prefix }), createRateLimiter(limit, { client, prefix })];
      const counted = async () => Number((await client.get(`${prefix}ratelimit:key:k1`)) ?? 0);
      for (let i = 0; i < 5; i++) await a("key:k1");
      assert.equal(await counted(), 10, "five requests on one replica: one lease of ten points taken from Redis");
      let allowed = 5;
      let refused = null as { extensions?: { code?: string; retryAfterSeconds?: number } } | null;
      for (let i = 0; i < 1200 && !refused; i++) {
        try {
          await (i % 2 ? a : b)("key:k1");
          allowed++;
        } catch (err) {
          refused = err as typeof refused;
        }
      }
      assert.ok(allowed <= 1000 && allowed > 1000 - 2 * 10, `allowed ${allowed} of a limit of 1000 across two replicas`);
      assert.equal(refused?.extensions?.code, "RATE_LIMITED");
      assert.ok((refused?.extensions?.retryAfterSeconds ?? 0) >= 1);
      assert.equal((await counted()) <= 1000 + 10, true, "the shared count went over by at most the refused lease");
    } finally {
      for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.unlink(keys);
      await client.quit();
    }
  });
});
