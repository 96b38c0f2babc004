// @pazargraph/sandbox: local simulators of the marketplaces' REST APIs.
export { ADMIN_PREFIX, createPazaramaSandbox, type PazaramaSandbox, type PazaramaSandboxOptions, parsePzDate } from "./pazarama/app.ts";
export * from "./pazarama/data.ts";
export { createFaultInjector, type FaultSettings } from "./common/faults.ts";
