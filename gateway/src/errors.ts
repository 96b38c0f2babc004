// What clients see of errors: registered codes pass through from subgraphs; validation and limit
// errors get BAD_USER_INPUT or QUERY_TOO_COMPLEX; anything else is INTERNAL with a generic message.
// No stack, internal URL or credential leaves the gateway.
import mercuriusGateway from "@mercuriusjs/gateway";
import { ERROR_CODES, ErrorCode, type FormattedError, maskError } from "@pazargraph/runtime";

const LIMIT = /depth limit|aliases limit|cost limit|query cost/i;

/**
 * The gateway's additions to the shared maskError: graphql-armor's limit rules give no code, and an
 * error with no path and no registered code failed before execution (parse, validation, variables).
 */
export function maskGatewayError(e: FormattedError): FormattedError {
  const code = e.extensions?.code;
  const registered = typeof code === "string" && ERROR_CODES.has(code);
  if (!registered && LIMIT.test(e.message)) return { message: e.message.replace(/^Syntax Error: /, ""), locations: e.locations, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
  if (!registered && !e.path) return { message: e.message, locations: e.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  return maskError(e);
}

type Formatter = (execution: { data?: unknown; errors: readonly unknown[] }, ctx: unknown) => { statusCode: number; response: Record<string, unknown> };
// CommonJS: the formatter hangs off the plugin function itself.
const defaultErrorFormatter = (mercuriusGateway as unknown as { defaultErrorFormatter: Formatter }).defaultErrorFormatter;

export const errorFormatter: Formatter = (execution, ctx) => {
  const formatted = defaultErrorFormatter(execution, ctx);
  const errors = ((formatted.response as { errors?: FormattedError[] }).errors ?? []).map(maskGatewayError);
  const onlyInput = errors.length > 0 && errors.every((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT || e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX);
  const statusCode = !execution.data && onlyInput ? 400 : formatted.statusCode;
  return { statusCode, response: { ...formatted.response, errors } };
};
