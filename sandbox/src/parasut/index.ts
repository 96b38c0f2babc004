// The Paraşüt (accounting) sandbox: `@pazargraph/sandbox/parasut`.
export * from "./app.ts";
export { REGISTERED_VKNS } from "./data.ts";
