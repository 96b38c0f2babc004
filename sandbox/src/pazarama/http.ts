// The Pazarama answer envelope and ASP.NET-style binding, shared by the sandbox's routes.
import type { FastifyReply } from "fastify";

export function envelope(data: unknown, extra: Record<string, unknown> = {}) {
  return { data, success: true, messageCode: null, message: null, userMessage: null, fromCache: false, ...extra };
}

export function fail(reply: FastifyReply, status: number, message: string, messageCode = "ERR") {
  return reply.code(status).send({ data: null, success: false, messageCode, message, userMessage: message, fromCache: false });
}

/** ASP.NET binds query and body names case-insensitively; so does the sandbox. */
export function lower(obj: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (obj && typeof obj === "object") for (const [k, v] of Object.entries(obj)) out[k.toLowerCase().replace(/\s/g, "")] = v;
  return out;
}

/** Reads "2023-02-01" or "2023-02-01T13:30" (Istanbul local time) as epoch ms. */
export function parsePzDate(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?\s*$/.exec(value);
  if (!m) return null;
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (m[7]) return Date.parse(value.trim());
  return utc - 3 * 3600_000;
}

export function plusOneMonth(ms: number): number {
  const d = new Date(ms);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.getTime();
}

export function intParam(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null || value === "") return fallback;
  const n = Number(value);
  return Number.isInteger(n) ? n : null;
}

/** A positive amount with at most 2 decimals, given as a JSON number (decimal(18,2)). */
export const money2 = (v: unknown) =>
  typeof v === "number" && Number.isFinite(v) && v > 0 && Math.round(v * 100) === Math.round(v * 100 + 1e-9) && /^\d+(\.\d{1,2})?$/.test(String(v));
