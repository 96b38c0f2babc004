// One node-redis connection helper shared by the Redis implementations of the ports.
import { createClient } from "redis";

export type RedisClient = ReturnType<typeof createClient>;

/** Connects to Redis and fails fast (one clear error) when it cannot. */
export async function connectRedis(url: string): Promise<RedisClient> {
  const client = createClient({ url, socket: { connectTimeout: 5000, reconnectStrategy: (retries) => Math.min(retries * 200, 2000) } });
  let firstError: Error | undefined;
  client.on("error", (err: Error) => {
    firstError ??= err;
  });
  try {
    await client.connect();
  } catch (err) {
    await client.destroy();
    throw new Error(`cannot connect to Redis at ${redactUrl(url)}: ${(err as Error).message ?? firstError?.message}`);
  }
  return client;
}

/** Drops the password from a Redis URL for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<invalid url>";
  }
}
