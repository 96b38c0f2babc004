// Who may call the gateway: an API key (`x-api-key`) or a JWT bearer token (HS256 secret or a JWKS
// URL from configuration; claims `tenant`, `scope`). The gateway passes the identity on to the
// subgraphs signed (runtime/identity.ts), limits the rate per key, and for subscriptions takes the
// same credentials from graphql-ws `connection_init`.
import { type ApiKeyStore, createError, ErrorCode, type Identity, SCOPES, type Scope } from "@pazargraph/runtime";
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

export interface JwtOptions {
  hs256Secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

export interface Authenticator {
  /** The identity of a request's (or connection_init payload's) credentials; null when none or invalid. */
  authenticate(credentials: { apiKey?: string | null; authorization?: string | null }): Promise<Identity | null>;
}

export function createAuthenticator(options: { apiKeys: ApiKeyStore; jwt?: JwtOptions }): Authenticator {
  const { jwt } = options;
  let key: Uint8Array | JWTVerifyGetKey | null = null;
  if (jwt?.jwksUrl) key = createRemoteJWKSet(new URL(jwt.jwksUrl));
  else if (jwt?.hs256Secret) key = new TextEncoder().encode(jwt.hs256Secret);
  return {
    async authenticate({ apiKey, authorization }) {
      if (apiKey) return options.apiKeys.verify(apiKey);
      const m = authorization ? /^Bearer\s+(.+)$/i.exec(authorization) : null;
      if (!m || !key) return null;
      try {
        const verifyOptions = { issuer: jwt?.issuer, audience: jwt?.audience, algorithms: jwt?.jwksUrl ? undefined : ["HS256"] };
        const { payload } = typeof key === "function" ? await jwtVerify(m[1], key as JWTVerifyGetKey, verifyOptions) : await jwtVerify(m[1], key as Uint8Array, verifyOptions);
        const tenant = payload.tenant;
        if (typeof tenant !== "string" || !tenant) return null;
        const raw = typeof payload.scope === "string" ? payload.scope.split(/\s+/) : Array.isArray(payload.scopes) ? payload.scopes : ["read"];
        const scopes = raw.filter((s): s is Scope => (SCOPES as readonly string[]).includes(String(s)));
        return { tenantId: tenant, subject: `jwt:${payload.sub ?? "anonymous"}`, scopes };
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

/** Per-key rate limit; throws RATE_LIMITED with retryAfterSeconds when a key is over. */
export function createRateLimiter(limit: RateLimit) {
  const limiter = new RateLimiterMemory({ points: limit.points, duration: limit.windowSeconds });
  return async (subject: string) => {
    try {
      await limiter.consume(subject);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw createError(ErrorCode.RATE_LIMITED, `rate limit of ${limit.points} requests per ${limit.windowSeconds} s reached; retry in ${retryAfterSeconds} s`, {
        retryAfterSeconds,
      });
    }
  };
}
