// One pino logger factory. Anything that can hold a secret is redacted by key, wherever it sits.
import { type Logger, pino } from "pino";
import { secretCredentialNames } from "./marketplaces.ts";
import { currentTrace } from "./trace.ts";

export type { Logger };

/** Key names that hold secrets whatever the marketplace: redacted at the top level and one level down. */
const GENERIC_SECRETS = ["password", "secret", "token", "accessToken", "access_token", "authorization", "credentials", "refreshToken", "refresh_token", "key"];

/**
 * What pino redacts: the generic names, plus every credential field a marketplace module declares
 * secret (so a new marketplace's `apiSecret` is never logged without anyone editing this file).
 */
export const REDACT_PATHS = [...new Set([...GENERIC_SECRETS, ...secretCredentialNames(), "apiKey", "secretKey", "privateKey", "apiSecret", "clientSecret", "apiPassword"])]
  .flatMap((k) => [k, `*.${k}`])
  .concat([
    "headers.authorization",
    "req.headers.authorization",
    "*.headers.authorization",
    'headers["x-api-key"]',
    'req.headers["x-api-key"]',
    '*.headers["x-api-key"]',
    'headers["x-pazargraph-identity"]',
    '*.headers["x-pazargraph-identity"]',
  ]);

/**
 * Customer personal data (KVKK): never in a log line, at any depth and any level. Keys are matched
 * case-insensitively wherever they sit in a logged object (pino's redact paths cannot say "anywhere").
 */
const PII_KEYS = new Set(["email", "phone", "phonenumber", "gsm", "identitynumber", "tckn", "taxnumber", "vkn", "fulltext", "line", "address", "addressline", "street"]);

export function scrubPii(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Error) return value;
  if (Array.isArray(value)) return value.map((v) => scrubPii(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = PII_KEYS.has(k.toLowerCase()) && typeof v === "string" ? "[redacted]" : scrubPii(v, depth + 1);
  return out;
}

export interface LoggerOptions {
  /** @default "info" */
  level?: string;
  name: string;
  /** Where to write; defaults to stdout. */
  destination?: pino.DestinationStream;
}

/** Pretty lines on a terminal in development (pino-pretty, when installed); JSON otherwise. */
function prettyTransport(): pino.TransportSingleOptions | undefined {
  if (!process.stdout.isTTY || process.env.NODE_ENV === "production" || process.env.LOG_FORMAT === "json") return undefined;
  try {
    import.meta.resolve("pino-pretty");
    return { target: "pino-pretty", options: { colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" } };
  } catch {
    return undefined;
  }
}

export function createLogger(options: LoggerOptions): Logger {
  const opts = {
    name: options.name,
    level: options.level ?? "info",
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    formatters: { log: (obj: Record<string, unknown>) => scrubPii(obj) as Record<string, unknown> },
    // Every line written for a request names it (its id and trace).
    mixin: () => {
      const t = currentTrace();
      return t ? { requestId: t.requestId, traceId: t.traceId } : {};
    },
  };
  if (options.destination) return pino(opts, options.destination);
  const transport = prettyTransport();
  return transport ? pino({ ...opts, transport }) : pino(opts);
}
