// What clients see of errors: registered codes pass through from subgraphs; validation and limit
// errors get BAD_USER_INPUT or QUERY_TOO_COMPLEX; anything else is INTERNAL with a generic message.
// No stack, internal URL or credential leaves the gateway.
import mercuriusGateway from "@mercuriusjs/gateway";
import { ERROR_CODES, ErrorCode } from "@pazargraph/runtime";

const LIMIT = /depth limit|aliases limit|cost limit|query cost/i;

interface JsonError {
  message: string;
  locations?: unknown;
  path?: unknown;
  extensions?: Record<string, unknown>;
}

const ALLOWED_EXTENSIONS = new Set(["code", "marketplace", "marketplaceMessage", "retryAfterSeconds", "argument", "httpStatus"]);

export function maskGatewayError(e: JsonError): JsonError {
  const code = e.extensions?.code;
  if (typeof code === "string" && ERROR_CODES.has(code)) {
    const extensions: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e.extensions ?? {})) if (ALLOWED_EXTENSIONS.has(k)) extensions[k] = v;
    return { message: e.message, locations: e.locations, path: e.path, extensions };
  }
  if (LIMIT.test(e.message)) return { message: e.message.replace(/^Syntax Error: /, ""), locations: e.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  if (!e.path || code === "GRAPHQL_VALIDATION_FAILED" || code === "BAD_USER_INPUT" || code === "GRAPHQL_PARSE_FAILED") {
    // No path: the operation failed before execution (parse/validation/variables): the caller's input.
    return { message: e.message, locations: e.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { message: "Internal error", locations: e.locations, path: e.path, extensions: { code: ErrorCode.INTERNAL } };
}

type Formatter = (execution: { data?: unknown; errors: readonly unknown[] }, ctx: unknown) => { statusCode: number; response: Record<string, unknown> };
// CommonJS: the formatter hangs off the plugin function itself.
const defaultErrorFormatter = (mercuriusGateway as unknown as { defaultErrorFormatter: Formatter }).defaultErrorFormatter;

export const errorFormatter: Formatter = (execution, ctx) => {
  const formatted = defaultErrorFormatter(execution, ctx);
  const errors = ((formatted.response as { errors?: JsonError[] }).errors ?? []).map(maskGatewayError);
  const onlyInput = errors.length > 0 && errors.every((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT || e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX);
  const statusCode = !execution.data && onlyInput ? 400 : formatted.statusCode;
  return { statusCode, response: { ...formatted.response, errors } };
};
