// Credentials at rest: AES-256-GCM (node:crypto) with a 32-byte key from configuration, or — in the
// embedded default — from a key file the process creates readable by its owner only (0600). Each
// sealed value has its own random 96-bit IV and its auth tag; a wrong key or a changed byte fails to open.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ConfigError } from "./config.ts";
import type { KeyValueStore } from "./ports/index.ts";

export interface SealedSecret {
  v: 1;
  iv: string;
  tag: string;
  data: string;
}

export interface SecretBox {
  seal(value: unknown): SealedSecret;
  open<T>(sealed: SealedSecret): T;
}

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("the credentials key must be 32 bytes (AES-256)");
  return {
    seal(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
      return { v: 1, iv: iv.toString("base64"), tag: cipher.getAuthTag().toString("base64"), data: data.toString("base64") };
    },
    open<T>(sealed: SealedSecret): T {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv, "base64"));
      decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
      let text: string;
      try {
        text = Buffer.concat([decipher.update(Buffer.from(sealed.data, "base64")), decipher.final()]).toString("utf8");
      } catch {
        throw new ConfigError("config: security.credentialsKey (PAZARGRAPH_CREDENTIALS_KEY): stored credentials cannot be opened with this key; use the key they were sealed with");
      }
      return JSON.parse(text) as T;
    },
  };
}

/**
 * A 32-byte key: from `base64` when given, else from `file`, creating it (mode 0600, in a 0700
 * folder) with a random key the first time. A key file others can read is tightened to 0600.
 */
export function loadOrCreateKey(options: { base64?: string; file: string }): Buffer {
  if (options.base64) {
    const key = Buffer.from(options.base64, "base64");
    if (key.length !== 32) throw new Error("security.credentialsKey must be 32 bytes, base64-encoded");
    return key;
  }
  if (!existsSync(options.file)) {
    mkdirSync(dirname(options.file), { recursive: true, mode: 0o700 });
    writeFileSync(options.file, randomBytes(32).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  const mode = statSync(options.file).mode & 0o777;
  if (mode & 0o077) {
    chmodSync(options.file, 0o600);
  }
  const key = Buffer.from(readFileSync(options.file, "utf8").trim(), "base64");
  if (key.length !== 32) throw new Error(`${options.file} does not hold a 32-byte base64 key`);
  return key;
}

/**
 * Checks that this process holds the same key as the shared state was written with (Redis mode:
 * every replica must share the credentials key and the internal secret). The first process records a
 * fingerprint (an HMAC, not the key); a process with another key stops at boot with one line naming
 * the setting, instead of failing later on every sealed credential or signed call.
 */
export async function checkSharedKey(kv: KeyValueStore, name: string, setting: string, key: Buffer | string): Promise<void> {
  const fingerprint = createHmac("sha256", key).update("pazargraph key check").digest("hex").slice(0, 16);
  const stored = await kv.get<{ fingerprint: string }>("key-checks", name);
  if (!stored) return kv.set("key-checks", name, { fingerprint });
  if (stored.fingerprint !== fingerprint)
    throw new ConfigError(
      `config: ${setting}: this process's key (fingerprint ${fingerprint}) is not the one the shared state was written with (${stored.fingerprint}); give every replica the same key`,
    );
}
