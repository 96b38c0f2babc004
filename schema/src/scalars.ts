// Custom scalars of the unified contract. Both keep values as strings end to end: a DateTime keeps
// the offset the marketplace meant (Istanbul, +03:00) and a Decimal keeps exact money ("1037.61").
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** True when `value` is an ISO-8601 date-time that carries an offset (or Z). */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === "string" && ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}

function parseDateTime(value: unknown): string {
  if (!isIsoDateTime(value)) {
    throw badInput(`DateTime must be ISO-8601 with an offset, e.g. "2024-03-01T10:21:00+03:00"; got ${JSON.stringify(value)}`);
  }
  return value;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: 'ISO-8601 date-time with an offset, e.g. "2023-01-25T15:22:00+03:00" (marketplace local times are Istanbul, +03:00).',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    if (isIsoDateTime(value)) return value;
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw badInput("DateTime must be a string");
    return parseDateTime(ast.value);
  },
});

function parseDecimal(value: unknown): string {
  const text = typeof value === "number" ? String(value) : value;
  if (typeof text !== "string" || !DECIMAL.test(text)) {
    throw badInput(`Decimal must be a decimal number written as a string, e.g. "1037.61"; got ${JSON.stringify(value)}`);
  }
  return text;
}

export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: 'An exact decimal number as a string, e.g. "1037.61". Never a float.',
  serialize: parseDecimal,
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw badInput("Decimal must be a string");
  },
});
