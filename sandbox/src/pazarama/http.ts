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
