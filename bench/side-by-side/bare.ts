// The physical limit for a cached answer: a bare fastify route serving the same JSON bytes, as its own process.
// Env: PORT, BARE_FILE (the JSON to serve).
import { readFileSync } from "node:fs";
import Fastify from "fastify";

const json = readFileSync(process.env.BARE_FILE as string, "utf8");
const app = Fastify();
app.post("/", async (_req, reply) => reply.type("application/json").send(json));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log("ready");
