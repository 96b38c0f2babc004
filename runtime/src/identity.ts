// Who is calling. The gateway authenticates clients (API key or JWT) and passes the caller's identity
// to the subgraphs in a signed internal header (HMAC-SHA256 with a secret only the gateway and the
// subgraphs hold); a subgraph refuses any request without a valid, fresh signature, so a subgraph port
// reached directly gives nothing. Subscriptions carry the same signed identity in their `auth`
// argument (the gateway sets it; the gateway shares one upstream socket between clients).
import { createHmac, timingSafeEqual } from "node:crypto";
import { createError, ErrorCode } from "./errors.ts";

export type Scope = "read" | "write" | "admin";
export const SCOPES: readonly Scope[] = ["read", "write", "admin"];

export interface Identity {
  tenantId: string;
  /** API key id or JWT subject, for logs and rate limits (never a secret). */
  subject: string;
  scopes: Scope[];
  /** When the credentials behind it stop being valid (ms since the epoch); open sockets close then. */
  expiresAt?: number;
}

export const IDENTITY_HEADER = "x-pazargraph-identity";
/** How old a signed identity may be when a subgraph receives it. */
const MAX_AGE_MS = 5 * 60_000;

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
const mac = (secret: string, text: string) => createHmac("sha256", secret).update(text).digest("base64url");

/** `v1.<base64url(identity)>.<issuedAtMs>.<hmac>` */
export function signIdentity(identity: Identity, secret: string, nowMs = Date.now()): string {
  const body = `v1.${b64(JSON.stringify(identity))}.${nowMs}`;
  return `${body}.${mac(secret, body)}`;
}

/** The identity in a signed value, or null when it is missing, forged, malformed or stale. */
export function verifyIdentity(value: string | undefined | null, secret: string, nowMs = Date.now(), maxAgeMs = MAX_AGE_MS): Identity | null {
  if (!value) return null;
  const parts = value.split(".");
  if (parts.length !== 4 || parts[0] !== "v1") return null;
  const body = parts.slice(0, 3).join(".");
  const expected = Buffer.from(mac(secret, body));
  const given = Buffer.from(parts[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const issued = Number(parts[2]);
  if (!Number.isFinite(issued) || Math.abs(nowMs - issued) > maxAgeMs) return null;
  try {
    const id = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as Identity;
    if (typeof id.tenantId !== "string" || !Array.isArray(id.scopes)) return null;
    return id;
  } catch {
    return null;
  }
}

export function unauthenticated(message = "authentication required: send an API key (x-api-key) or a bearer token") {
  return createError(ErrorCode.UNAUTHENTICATED, message);
}

/** Throws FORBIDDEN unless the identity has the scope (admin implies write, write implies read). */
export function requireScope(identity: Identity | undefined, scope: Scope): Identity {
  if (!identity) throw unauthenticated();
  const rank = (s: Scope) => SCOPES.indexOf(s);
  if (!identity.scopes.some((s) => rank(s) >= rank(scope))) throw createError(ErrorCode.FORBIDDEN, `this needs the ${scope} scope`);
  return identity;
}
