// L0: whole answers to reference-data queries, in front of parsing. A request whose document asks only
// for L1-cacheable namespace fields (gateway.l1Fields: category trees, brands, cities …) is answered
// from here — same tenant, same document text, same variables and operation name — without parse,
// validate or execute; authentication and the rate limit still run first. Only 200 answers without
// errors are kept, for `ttlMs` (at most the L1 TTL), in a bounded map per replica.
import { metrics } from "@pazargraph/runtime";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { type DocumentNode, Kind, parse, type SelectionSetNode } from "graphql";
import type { CacheableFields } from "./l1-cache.ts";

interface Entry {
  /** The answer's bytes: sent as they are (no UTF-8 encoding or length count per hit). */
  body: Buffer;
  expiresAt: number;
}

/** Whether a document asks only for reference data: one query, namespace fields, allowed fields under them, no fragments or directives. */
export function isReferenceQuery(document: DocumentNode, cacheable: CacheableFields): boolean {
  if (document.definitions.length !== 1) return false;
  const op = document.definitions[0];
  if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== "query" || op.directives?.length) return false;
  const plain = (set: SelectionSetNode | undefined): set is SelectionSetNode => !!set && set.selections.every((s) => s.kind === Kind.FIELD && !s.directives?.length);
  if (!plain(op.selectionSet) || !op.selectionSet.selections.length) return false;
  return op.selectionSet.selections.every((root) => {
    if (root.kind !== Kind.FIELD) return false;
    const allowed = cacheable[root.name.value];
    if (!allowed || !plain(root.selectionSet) || !root.selectionSet.selections.length) return false;
    return root.selectionSet.selections.every((s) => s.kind === Kind.FIELD && allowed.has(s.name.value) && noDirectivesBelow(s.selectionSet));
  });
}

function noDirectivesBelow(set: SelectionSetNode | undefined): boolean {
  return !set || set.selections.every((s) => s.kind === Kind.FIELD && !s.directives?.length && noDirectivesBelow(s.selectionSet));
}

export interface ResponseCacheOptions {
  cacheable: CacheableFields;
  ttlMs: number;
  maxEntries: number;
  /** Documents longer than this are not looked at (the validation budget refuses them later): never parsed or kept here. */
  maxQueryBytes: number;
  /** The caller's scope (tenant and scopes): answers are never shared across it; undefined: not cached. */
  scopeOf: (req: FastifyRequest) => string | undefined;
  now?: () => number;
}

/** Registers the L0 hooks; call after the authentication hook, before the GraphQL route. */
export function installResponseCache(app: FastifyInstance, options: ResponseCacheOptions) {
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  // Whether a document text asks only for reference data: decided once per text (bounded like the entries).
  const eligible = new Map<string, boolean>();
  const stats = { hits: 0, misses: 0 };
  const namespaces = Object.keys(options.cacheable);
  // What no reference query contains: most documents are told apart without parsing them.
  const never = /\bmutation\b|\bsubscription\b|\bfragment\b|\.\.\.|@/;
  const decide = (query: string) => {
    if (never.test(query) || !namespaces.some((n) => query.includes(n))) return false;
    let yes = eligible.get(query);
    if (yes === undefined) {
      try {
        yes = isReferenceQuery(parse(query, { maxTokens: 5000 }), options.cacheable);
      } catch {
        yes = false;
      }
      if (eligible.size >= options.maxEntries) eligible.delete(eligible.keys().next().value as string);
      eligible.set(query, yes);
    }
    return yes;
  };

  app.addHook("preHandler", async (req, reply) => {
    if (req.method !== "POST" || req.routeOptions.url !== "/graphql") return;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | undefined;
    const scope = options.scopeOf(req);
    // A request larger than a document may be (a huge document, or variables no reference query has) is
    // not looked at: nothing parsed, hashed or kept for it here; the budget check deals with it after this hook.
    if (Number(req.headers["content-length"] ?? 0) > options.maxQueryBytes) return;
    if (!body || typeof body.query !== "string" || body.query.length > options.maxQueryBytes || scope === undefined || !decide(body.query)) return;
    // The key is the text itself (at most maxQueryBytes and a bounded number of entries): a hash of it
    // cost more per hit than the map's own lookup.
    const key = `${scope}\n${String(body.operationName ?? "")}\n${JSON.stringify(body.variables ?? null)}\n${body.query}`;
    const hit = entries.get(key);
    if (hit && hit.expiresAt > now()) {
      stats.hits++;
      metrics.cache.inc({ cache: "l0", result: "hit" });
      (req as { l0Hit?: boolean }).l0Hit = true;
      return reply.code(200).type("application/json; charset=utf-8").send(hit.body);
    }
    if (hit) entries.delete(key);
    stats.misses++;
    metrics.cache.inc({ cache: "l0", result: "miss" });
    (req as { l0Key?: string }).l0Key = key;
  });

  app.addHook("onSend", async (req, reply, payload) => {
    const key = (req as { l0Key?: string }).l0Key;
    if (!key || reply.statusCode !== 200 || typeof payload !== "string" || payload.includes('"errors"')) return payload;
    if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value as string);
    entries.set(key, { body: Buffer.from(payload), expiresAt: now() + options.ttlMs });
    return payload;
  });

  return stats;
}
