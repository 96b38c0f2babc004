// What a sandbox's fidelity cases are made of, and the run that checks them. Each document example
// ("METHOD /path#n", the n-th JSON example the document gives for that endpoint) is used one of three
// ways: a response example is compared by shape with the sandbox's answer to the matching request; a
// request example is sent (ids swapped for the sandbox's own) and must be taken; an example that cannot
// be either says why. Every documented validation rule is a case that must be refused as documented.
import type { FastifyInstance } from "fastify";
import { normalisePath } from "./extract.ts";
import { compareShape, type ShapeDiff } from "./shape.ts";

export interface Answer {
  status: number;
  body: unknown;
}

export interface Example {
  key: string;
  json: unknown;
  line?: number;
  /** A fact that names some of an answer's keys (a public page's field list), not a whole example. */
  partial?: boolean;
}

export interface Started<C> {
  ctx: C;
  app: FastifyInstance;
  close?: () => Promise<void>;
}

export interface SandboxFidelity<C> {
  name: string;
  /** Where the endpoints and examples come from, for the printout. */
  source: string;
  /** Documented endpoints ("METHOD /path", parameters as {id}). */
  endpoints: string[];
  examples: Example[];
  /** Makes the sandbox; `watch` is given its app before any call, to see which routes are called. */
  start(watch: (app: FastifyInstance) => void): Promise<Started<C>>;
  /** Answers to compare with response examples, by example key. */
  responses: Record<string, (ctx: C) => Promise<Answer>>;
  /** Request examples to send (the example's body given), by example key: the sandbox must take them. */
  requests: Record<string, (ctx: C, example: unknown) => Promise<Answer>>;
  /** Documented endpoints the sandbox does not serve, and why. */
  notSimulated?: Record<string, string>;
  /** Examples that can be neither, and why (a document error, a skeleton). */
  unusable: Record<string, string>;
  /** Differences kept on purpose: an example key, a JSON path it starts with, and why. */
  deliberate: Array<{ example: string; path: string; why: string }>;
  /** The documented validation rules: each must be refused (or taken) as the document says. */
  rules: Array<{ endpoint: string; rule: string; run: (ctx: C) => Promise<Answer>; expect: (a: Answer) => boolean }>;
}

export interface FidelityReport {
  name: string;
  source: string;
  endpointsDocumented: number;
  endpointsCovered: number;
  /** Documented, deliberately not served (the reasons are in the suite). */
  endpointsNotSimulated: number;
  uncovered: string[];
  examples: number;
  examplesMatched: number;
  failures: string[];
  rules: number;
  rulesHeld: number;
  deliberate: number;
}

/** ":orderId" (a Fastify route) and "{process_id}" (a document) are both "{id}". */
export function routeKey(method: string, url: string): string {
  const path = url
    .split("?")[0]
    .split("/")
    .map((s) => (s.startsWith(":") || /^\{[^}]*\}$/.test(s) ? "{id}" : s))
    .join("/");
  return `${method.toUpperCase()} ${path}`;
}

export async function runFidelity<C>(f: SandboxFidelity<C>): Promise<FidelityReport> {
  const hit = new Set<string>();
  const started = await f.start((app) =>
    app.addHook("onResponse", async (req) => {
      // By the route's pattern ("/orders/:id/divide") and by the path called, ids made {id}
      // ("/products/{id}/status/onSale", where the route has the action as a parameter too).
      if (req.routeOptions.url) hit.add(routeKey(req.method, req.routeOptions.url));
      hit.add(`${req.method} ${normalisePath(req.url.split("?")[0])}`);
    }),
  );
  const failures: string[] = [];
  let matched = 0;
  let deliberate = 0;
  try {
    for (const ex of f.examples) {
      const where = `${ex.key}${ex.line ? ` (line ${ex.line})` : ""}`;
      try {
        const respond = f.responses[ex.key];
        const request = f.requests[ex.key];
        if (respond) {
          const answer = await respond(started.ctx);
          const kept = f.deliberate.filter((d) => d.example === ex.key);
          const diffs = compareShape(ex.json, answer.body, "$", ex.partial).filter((d: ShapeDiff) => {
            const known = kept.some((k) => d.path === k.path || d.path.startsWith(`${k.path}.`) || d.path.startsWith(`${k.path}[`));
            if (known) deliberate++;
            return !known;
          });
          if (diffs.length) failures.push(`${where}: ${diffs.map((d) => `${d.path} ${d.problem}`).join("; ")}`);
          else matched++;
        } else if (request) {
          const answer = await request(started.ctx, structuredClone(ex.json));
          if (answer.status >= 200 && answer.status < 300) matched++;
          else failures.push(`${where}: the document's own request was refused (${answer.status}) ${JSON.stringify(answer.body).slice(0, 200)}`);
        } else if (!f.unusable[ex.key]) failures.push(`${where}: no case`);
      } catch (err) {
        failures.push(`${where}: the case failed: ${(err as Error).message}`);
      }
    }
    let held = 0;
    for (const r of f.rules) {
      try {
        const answer = await r.run(started.ctx);
        if (r.expect(answer)) held++;
        else failures.push(`rule ${r.endpoint} "${r.rule}": answered ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      } catch (err) {
        failures.push(`rule ${r.endpoint} "${r.rule}": the case failed: ${(err as Error).message}`);
      }
    }
    const uncovered = f.endpoints.filter((e) => !hit.has(e) && !f.notSimulated?.[e]);
    const simulated = f.endpoints.filter((e) => !f.notSimulated?.[e]);
    return {
      name: f.name,
      source: f.source,
      endpointsDocumented: f.endpoints.length,
      endpointsCovered: simulated.length - uncovered.length,
      endpointsNotSimulated: f.endpoints.length - simulated.length,
      uncovered,
      examples: f.examples.length,
      examplesMatched: matched,
      failures,
      rules: f.rules.length,
      rulesHeld: held,
      deliberate,
    };
  } finally {
    await started.close?.();
    await started.app.close();
  }
}

/** A deep copy of an example with the given keys' values replaced wherever they occur. */
export function fill<T>(json: T, values: Record<string, unknown>): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k in values ? values[k] : walk(x)]));
    return v;
  };
  return walk(json) as T;
}

/** A call through app.inject, answering status and parsed body. */
export function injector(app: FastifyInstance, headers: () => Record<string, string>) {
  return async (method: string, url: string, body?: unknown, extra: Record<string, string> = {}): Promise<Answer> => {
    const res = await app.inject({ method: method as "GET", url, headers: { ...headers(), ...extra }, ...(body === undefined ? {} : { payload: body as object }) });
    let parsed: unknown = null;
    try {
      parsed = res.body ? JSON.parse(res.body) : null;
    } catch {
      parsed = res.body;
    }
    return { status: res.statusCode, body: parsed };
  };
}
