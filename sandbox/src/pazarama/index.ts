// The Pazarama sandbox: `@pazargraph/sandbox/pazarama`.
export * from "./app.ts";
export * from "./data.ts";
