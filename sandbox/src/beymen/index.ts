// The Beymen sandbox: `@pazargraph/sandbox/beymen`.
export * from "./app.ts";
export * as beymenData from "./data.ts";
