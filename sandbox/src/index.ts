// @pazargraph/sandbox: local simulators of the marketplaces' REST APIs.

export { createFaultInjector, type FaultSettings } from "./common/faults.ts";
export { ADMIN_PREFIX, createPazaramaSandbox, type PazaramaSandbox, type PazaramaSandboxOptions, parsePzDate } from "./pazarama/app.ts";
export * from "./pazarama/data.ts";
