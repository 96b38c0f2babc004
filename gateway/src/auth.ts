// Who may call the gateway: an API key (`x-api-key`) or a JWT bearer token (HS256 secret or a JWKS
// URL from configuration; claims `tenant`, `scope`). The gateway passes the identity on to the
// subgraphs signed (runtime/identity.ts), limits the rate per key, and for subscriptions takes the
// same credentials from graphql-ws `connection_init`.
import { type ApiKeyStore, createError, ErrorCode, type Identity, type RedisClient, SCOPES, type Scope } from "@pazargraph/runtime";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";

export interface JwtOptions {
  hs256Secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** A token must carry `exp`, at most this many seconds after `iat` (or after now without `iat`). @default 86400 */
  maxLifetimeSeconds?: number;
}

export interface Authenticator {
  /** The identity of a request's (or connection_init payload's) credentials; null when none or invalid. */
  authenticate(credentials: { apiKey?: string | null; authorization?: string | null }): Promise<Identity | null>;
  /** The same identity checked again (a long-lived socket): null once its key is revoked or it has expired. */
  recheck(identity: Identity): Promise<Identity | null>;
}

export function createAuthenticator(options: { apiKeys: ApiKeyStore; jwt?: JwtOptions }): Authenticator {
  const { jwt } = options;
  let key: Uint8Array | JWTVerifyGetKey | null = null;
  if (jwt?.jwksUrl) key = createRemoteJWKSet(new URL(jwt.jwksUrl));
  else if (jwt?.hs256Secret) key = new TextEncoder().encode(jwt.hs256Secret);
  return {
    async recheck(identity) {
      if (identity.subject.startsWith("key:")) return options.apiKeys.recheck(identity);
      return identity.expiresAt !== undefined && identity.expiresAt <= Date.now() ? null : identity;
    },
    async authenticate({ apiKey, authorization }) {
      if (apiKey) return options.apiKeys.verify(apiKey);
      const m = authorization ? /^Bearer\s+(.+)$/i.exec(authorization) : null;
      if (!m || !key) return null;
      try {
        const verifyOptions = { issuer: jwt?.issuer, audience: jwt?.audience, algorithms: jwt?.jwksUrl ? undefined : ["HS256"] };
        const { payload } = typeof key === "function" ? await jwtVerify(m[1], key as JWTVerifyGetKey, verifyOptions) : await jwtVerify(m[1], key as Uint8Array, verifyOptions);
        const tenant = payload.tenant;
        if (typeof tenant !== "string" || !tenant) return null;
        // No token lives for ever: `exp` is required (jose has checked it is in the future), and it
        // may lie at most maxLifetimeSeconds after the token was issued.
        const maxLifetime = jwt?.maxLifetimeSeconds ?? 86_400;
        const nowSeconds = Math.floor(Date.now() / 1000);
        if (typeof payload.exp !== "number") return null;
        const issuedAt = typeof payload.iat === "number" ? payload.iat : nowSeconds;
        if (payload.exp - issuedAt > maxLifetime || payload.exp - nowSeconds > maxLifetime) return null;
        const raw = typeof payload.scope === "string" ? payload.scope.split(/\s+/) : Array.isArray(payload.scopes) ? payload.scopes : ["read"];
        const scopes = raw.filter((s): s is Scope => (SCOPES as readonly string[]).includes(String(s)));
        return { tenantId: tenant, subject: `jwt:${payload.sub ?? "anonymous"}`, scopes, expiresAt: payload.exp * 1000 };
      } catch {
        return null;
      }
    },
  };
}

export interface RateLimit {
  /** Requests per key in each window. */
  points: number;
  windowSeconds: number;
}

/** How many of a key's points a replica takes from Redis at once: 1 % of the limit, at most 50. */
export const leaseSize = (points: number) => Math.max(1, Math.min(50, Math.floor(points / 100)));

/**
 * Per-key rate limit; throws RATE_LIMITED with retryAfterSeconds when a key is over. With a Redis
 * client the count is shared by every gateway replica (one key per API key and window); while Redis
 * does not answer, each replica counts on its own (the insurance limiter) rather than letting all
 * through or refusing all. A replica takes a key's points from Redis in leases (leaseSize: one round
 * trip per lease instead of per request, which was a tenth of a cached answer's cost) and spends
 * them until the window ends: the shared count is never exceeded, and a key may be refused up to one
 * lease per replica before its limit (1 %; exact below 200 points).
 */
export function createRateLimiter(limit: RateLimit, shared?: { client: RedisClient; prefix: string }) {
  const local = new RateLimiterMemory({ points: limit.points, duration: limit.windowSeconds });
  const limiter: RateLimiterAbstract = shared
    ? new RateLimiterRedis({
        storeClient: shared.client,
        useRedisPackage: true,
        keyPrefix: `${shared.prefix}ratelimit`,
        points: limit.points,
        duration: limit.windowSeconds,
        insuranceLimiter: local,
      })
    : local;
  const lease = shared ? leaseSize(limit.points) : 1;
  const leases = new Map<string, { left: number; until: number }>();
  return async (subject: string) => {
    const now = Date.now();
    const held = leases.get(subject);
    if (held && held.left > 0 && held.until > now) {
      held.left--;
      return;
    }
    try {
      const res = await limiter.consume(subject, lease);
      if (lease > 1) {
        if (held)
          leases.delete(subject); // re-inserted last: the map drops its oldest leases first
        else if (leases.size >= 10_000) leases.delete(leases.keys().next().value as string);
        leases.set(subject, { left: lease - 1, until: now + res.msBeforeNext });
      }
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw createError(ErrorCode.RATE_LIMITED, `rate limit of ${limit.points} requests per ${limit.windowSeconds} s reached; retry in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
  };
}
