// What every Beymen route shares: the documented error body, case-insensitive query names, dates,
// and 0-based paging with Beymen's page fields.
import { randomUUID } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** Largest page the sandbox serves (the document's examples page brands by 100). */
export const BEYMEN_MAX_PAGE_SIZE = 100;

const EX = "MicroservicesCommon.Exceptions.";

export function beymenError(reply: FastifyReply, status: number, exception: string, messages: string[]) {
  return reply.code(status).send({ status, traceId: randomUUID(), errors: { [`${EX}${exception}`]: messages } });
}

export function query(req: FastifyRequest): Record<string, string | string[]> {
  // Case-insensitive names, as ASP.NET binds them.
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries((req.query ?? {}) as Record<string, string | string[]>)) out[k.toLowerCase()] = v;
  return out;
}
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Parses "2023-08-01", "2023-08-01T10:00:00" (Istanbul) or a time with an offset; epoch ms or null. */
export function parseBmDate(value: string | undefined): number | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (!m) return null;
  if (m[8]) return Date.parse(value.trim());
  // A .NET DateTime keeps the fraction ("12:27:32.483"), so a window's end to the millisecond is exact.
  const ms = m[7] ? Number(m[7].padEnd(3, "0").slice(0, 3)) : 0;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms) - 3 * 3600_000;
}

/** 0-based paging. null after answering 400. */
export function paging(req: FastifyRequest, reply: FastifyReply): { page: number; size: number } | null {
  const q = query(req);
  const page = one(q.page) === undefined ? 0 : Number(one(q.page));
  const size = one(q.size) === undefined ? 10 : Number(one(q.size));
  if (!Number.isInteger(page) || page < 0) {
    beymenError(reply, 400, "ValidationException", ["page 0 veya daha büyük bir tam sayı olmalıdır."]);
    return null;
  }
  if (!Number.isInteger(size) || size < 1 || size > BEYMEN_MAX_PAGE_SIZE) {
    beymenError(reply, 400, "ValidationException", [`size 1 ile ${BEYMEN_MAX_PAGE_SIZE} arasında olmalıdır.`]);
    return null;
  }
  return { page, size };
}
export function pageOf<T>(list: T[], p: { page: number; size: number }, finance = false) {
  return {
    items: list.slice(p.page * p.size, (p.page + 1) * p.size),
    page: p.page,
    itemsPerPage: p.size,
    pageCount: finance ? Math.ceil(list.length / p.size) : Math.floor(list.length / p.size),
    total: list.length,
  };
}
