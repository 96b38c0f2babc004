// The token host: OAuth2 client credentials (Basic auth) → 1-hour bearer tokens the API host checks.
import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { lower } from "../http.ts";
import type { PazaramaRouteContext } from "./context.ts";

/** Tokens live one hour, as the document says. */
export const TOKEN_TTL_SECONDS = 3600;

export function tokenRoutes({ now, options, tokens }: PazaramaRouteContext) {
  return async (app: FastifyInstance) => {
    app.post("/connect/token", async (req, reply) => {
      const auth = req.headers.authorization ?? "";
      const m = /^Basic\s+(.+)$/i.exec(auth);
      const body = lower(req.body);
      if (body.grant_type !== "client_credentials") return reply.code(400).send({ error: "unsupported_grant_type" });
      if (!m) return reply.code(401).send({ error: "invalid_client" });
      const [id, ...rest] = Buffer.from(m[1], "base64").toString("utf8").split(":");
      if (id !== options.clientId || rest.join(":") !== options.clientSecret) return reply.code(400).send({ error: "invalid_client" });
      if (body.scope !== undefined && body.scope !== "merchantgatewayapi.fullaccess") return reply.code(400).send({ error: "invalid_scope" });
      const token = randomBytes(24).toString("base64url");
      tokens.set(token, now() + TOKEN_TTL_SECONDS * 1000);
      return { access_token: token, expires_in: TOKEN_TTL_SECONDS, token_type: "Bearer", scope: "merchantgatewayapi.fullaccess" };
    });
  };
}
