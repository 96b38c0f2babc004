// @pazargraph/sandbox: local simulators of the marketplaces' REST APIs.

export { BEYMEN_ADMIN_PREFIX, BEYMEN_MAX_PAGE_SIZE, type BeymenSandbox, type BeymenSandboxOptions, beymenError, createBeymenSandbox, parseBmDate } from "./beymen/app.ts";
export * as beymenData from "./beymen/data.ts";
export { createFaultInjector, type FaultSettings } from "./common/faults.ts";
export { createRandom, type Random } from "./common/random.ts";
export { ADMIN_PREFIX, createPazaramaSandbox, type PazaramaSandbox, type PazaramaSandboxOptions, parsePzDate } from "./pazarama/app.ts";
export * from "./pazarama/data.ts";
