// One pino logger factory. Anything that can hold a secret is redacted by key, wherever it sits.
import { type Logger, pino } from "pino";

export type { Logger };

export const REDACT_PATHS = [
  "password",
  "secret",
  "clientSecret",
  "apiKey",
  "apiPassword",
  "token",
  "accessToken",
  "access_token",
  "authorization",
  "credentials",
  "*.password",
  "*.secret",
  "*.clientSecret",
  "*.apiKey",
  "*.apiPassword",
  "*.token",
  "*.accessToken",
  "*.access_token",
  "*.authorization",
  "*.credentials",
  "headers.authorization",
  "req.headers.authorization",
  "*.headers.authorization",
  'headers["x-api-key"]',
  'req.headers["x-api-key"]',
  '*.headers["x-api-key"]',
  'headers["x-pazargraph-identity"]',
  '*.headers["x-pazargraph-identity"]',
  "key",
  "*.key",
];

export interface LoggerOptions {
  /** @default "info" */
  level?: string;
  name: string;
  /** Where to write; defaults to stdout. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const opts = { name: options.name, level: options.level ?? "info", redact: { paths: REDACT_PATHS, censor: "[redacted]" } };
  return options.destination ? pino(opts, options.destination) : pino(opts);
}
