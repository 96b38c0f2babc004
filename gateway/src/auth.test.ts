// The gateway's authenticator: API keys through the key store; HS256 bearer tokens with a tenant,
// scopes and a required, bounded expiry; anything else is no identity.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ApiKeyStore, type Database, openDatabase } from "@pazargraph/runtime";
import { SignJWT } from "jose";
import { createAuthenticator } from "./auth.ts";

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
