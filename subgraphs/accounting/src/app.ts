// The accounting subgraph: the tenant's Paraşüt connection (credentials sealed, write-only; tested
// against /v4/me), its settings, each order's accounting state on Order through federation, pushing
// and retrying an order on demand, and pulling Paraşüt's products into the catalogue; the push worker
// (worker.ts, push.ts) does the rest in the background under one request budget per company.
import type { Database } from "@pazargraph/db";
import {
  badInput,
  buildFederatedSubgraph,
  CatalogueStore,
  createMemoryLock,
  createSubgraphServer,
  ErrorCode,
  type EventBus,
  type Identity,
  isMarkupPercent,
  type KeyValueStore,
  type Lock,
  type Logger,
  notFound,
  type OrderEventLog,
  OrderHub,
  type Ports,
  requireScope,
  type Scope,
  type StoreRegistry,
  withDeadline,
} from "@pazargraph/runtime";
import { Marketplace } from "@pazargraph/schema";
import DataLoader from "dataloader";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { createMemoryBudget, createRedisBudget, type RequestBudget } from "./budget.ts";
import { ParasutClient } from "./parasut/client.ts";
import { pullProducts } from "./pull.ts";
import { AccountingPush } from "./push.ts";
import {
  AccountingConnection,
  AccountingConnectionInput,
  AccountingConnectionStatus,
  AccountingOrderRef,
  AccountingPushAt,
  AccountingSettingsInput,
  AccountingStatus,
  ContactMatch,
  EDocument,
  EDocumentKind,
  OrderAccounting,
  ProductPullReport,
} from "./schema.ts";
import { type AccountingSettings, AccountingStore, type ConnectionRecord, type JobRecord } from "./store.ts";
import { AccountingWorker } from "./worker.ts";

export interface AccountingSettingsConfig {
  baseUrl: string;
  requestsPerWindow: number;
  windowMs: number;
  windowMarginMs: number;
  timeoutMs: number;
  concurrency: number;
  tickMs: number;
  catchUpMs: number;
  pullMs: number;
}

interface Services {
  store: AccountingStore;
  hub: OrderHub;
  registry: StoreRegistry;
  catalogue: CatalogueStore;
  worker: AccountingWorker;
  clientFor(conn: ConnectionRecord): Promise<ParasutClient>;
  logger: Logger;
}

export interface AccountingContext {
  services: Services;
  identity?: Identity;
  /** The caller's orders' jobs, one query per request for a whole feed page (Order.accounting). */
  jobs?: DataLoader<string, JobRecord | null>;
}

const tenantOf = (ctx: AccountingContext, scope: Scope) => requireScope(ctx.identity, scope).tenantId;

function toConnection(store: AccountingStore, r: ConnectionRecord): AccountingConnection {
  const s = store.settingsOf(r);
  return {
    provider: "PARASUT",
    companyId: r.companyId,
    testMode: r.testMode,
    hasCredentials: r.credentials != null,
    status: r.status as AccountingConnectionStatus,
    statusMessage: r.statusMessage,
    statusCheckedAt: r.statusCheckedAt?.toISOString() ?? null,
    pushFrom: r.pushFrom.toISOString(),
    settings: {
      pushAt: s.pushAt as AccountingPushAt,
      marketplaces: s.marketplaces?.map((m) => m.toUpperCase() as Marketplace) ?? null,
      storeIds: s.storeIds,
      invoiceCategoryId: s.invoiceCategoryId,
      contactCategoryId: s.contactCategoryId,
      productCategoryId: s.productCategoryId,
      formalize: s.formalize,
      matchContactsBy: s.matchContactsBy as ContactMatch[],
      marginPercent: s.marginPercent,
      pullProducts: s.pullProducts,
    },
    lastProductPullAt: r.lastPullAt?.toISOString() ?? null,
    lastProductPullError: r.lastPullError,
  };
}

export function toOrderAccounting(j: JobRecord): OrderAccounting {
  return {
    tenantId: j.tenantId,
    status: j.status as AccountingStatus,
    invoiceId: j.invoiceId,
    invoiceNumber: j.invoiceNo,
    contactId: j.contactId,
    eDocument: j.eDocKind
      ? { kind: j.eDocKind === "e_invoices" ? EDocumentKind.E_INVOICE : EDocumentKind.E_ARCHIVE, id: j.eDocId, status: j.eDocStatus, orderId: j.orderId }
      : null,
    error: j.error,
    attempts: j.attempts,
    pushedAt: j.pushedAt?.toISOString() ?? null,
    updatedAt: j.updatedAt.toISOString(),
  };
}

async function ownConnection(ctx: AccountingContext, tenantId: string): Promise<ConnectionRecord> {
  const r = await ctx.services.store.connection(tenantId);
  if (!r) throw badInput("the tenant has no accounting connection; connect Paraşüt first with connectAccounting", "connection");
  return r;
}

const FIELD_MAX = 200;

@Resolver(() => AccountingConnection)
export class AccountingConnectionResolver {
  @Query(() => AccountingConnection, { nullable: true, description: "The tenant's Paraşüt connection; null until connected." })
  async accountingConnection(@Ctx() ctx: AccountingContext): Promise<AccountingConnection | null> {
    const r = await ctx.services.store.connection(tenantOf(ctx, "read"));
    return r ? toConnection(ctx.services.store, r) : null;
  }

  @Mutation(() => AccountingConnection, { description: "Connects Paraşüt (or changes the connection). The status is UNKNOWN until testAccountingConnection." })
  async connectAccounting(@Ctx() ctx: AccountingContext, @Arg("input", () => AccountingConnectionInput) input: AccountingConnectionInput): Promise<AccountingConnection> {
    const tenantId = tenantOf(ctx, "admin");
    if (!/^\d{1,12}$/.test(input.companyId)) throw badInput("companyId: Paraşüt's company (firma) number, digits only", "input.companyId");
    const fields = ["clientId", "clientSecret", "username", "password"] as const;
    for (const f of fields) {
      const v = input[f];
      if (v != null && (!v.trim() || v.length > FIELD_MAX)) throw badInput(`${f}: 1 to ${FIELD_MAX} characters`, `input.${f}`);
    }
    const given = fields.filter((f) => input[f] != null);
    const had = await ctx.services.store.connection(tenantId);
    if (given.length && given.length < fields.length) throw badInput(`give all of ${fields.join(", ")} together`, `input.${fields.find((f) => input[f] == null)}`);
    if (!given.length && !had?.credentials) throw badInput(`the first connection needs ${fields.join(", ")}`, "input.clientId");
    const r = await ctx.services.store.connect(tenantId, {
      companyId: input.companyId,
      testMode: input.testMode,
      credentials: given.length
        ? { clientId: input.clientId as string, clientSecret: input.clientSecret as string, username: input.username as string, password: input.password as string }
        : null,
    });
    ctx.services.logger.info({ tenantId, companyId: r.companyId }, "accounting connected");
    return toConnection(ctx.services.store, r);
  }

  @Mutation(() => AccountingConnection, { description: "Logs in to Paraşüt and reads /me: VALID when the user belongs to the company, else INVALID with Paraşüt's message." })
  async testAccountingConnection(@Ctx() ctx: AccountingContext): Promise<AccountingConnection> {
    const tenantId = tenantOf(ctx, "write");
    const conn = await ownConnection(ctx, tenantId);
    let status: "VALID" | "INVALID" = "VALID";
    let message: string | null = null;
    try {
      const me = await (await ctx.services.clientFor(conn)).me();
      if (!me.companyIds.includes(conn.companyId)) {
        status = "INVALID";
        message = `the Paraşüt user ${me.email} is not a user of company ${conn.companyId}`;
      }
    } catch (err) {
      const e = err as Error & { extensions?: { code?: string; marketplaceMessage?: string } };
      // Refused credentials are INVALID; Paraşüt down or slow says nothing about them.
      if (e.extensions?.code !== ErrorCode.MARKETPLACE_REJECTED) throw err;
      status = "INVALID";
      message = e.extensions.marketplaceMessage ?? e.message;
    }
    const r = await ctx.services.store.setStatus(tenantId, status, message);
    ctx.services.logger.info({ tenantId, status }, "accounting connection tested");
    return toConnection(ctx.services.store, r);
  }

  @Mutation(() => AccountingConnection)
  async updateAccountingSettings(@Ctx() ctx: AccountingContext, @Arg("input", () => AccountingSettingsInput) input: AccountingSettingsInput): Promise<AccountingConnection> {
    const tenantId = tenantOf(ctx, "write");
    await ownConnection(ctx, tenantId);
    const patch: Partial<AccountingSettings> = {};
    if (input.pushAt != null) patch.pushAt = input.pushAt;
    if (input.marketplaces !== undefined) patch.marketplaces = input.marketplaces?.length ? input.marketplaces.map((m) => m.toLowerCase()) : null;
    if (input.storeIds !== undefined) {
      const own = new Set((await ctx.services.registry.list(tenantId)).map((s) => s.id));
      const foreign = (input.storeIds ?? []).find((id) => !own.has(id));
      if (foreign) throw badInput(`no store with id "${foreign}"`, "input.storeIds");
      patch.storeIds = input.storeIds?.length ? input.storeIds : null;
    }
    for (const k of ["invoiceCategoryId", "contactCategoryId", "productCategoryId"] as const)
      if (input[k] !== undefined) {
        if (input[k] !== null && !/^\d{1,12}$/.test(input[k] as string)) throw badInput(`${k}: a Paraşüt item category id (digits)`, `input.${k}`);
        patch[k] = input[k] ?? null;
      }
    if (input.formalize != null) patch.formalize = input.formalize;
    if (input.matchContactsBy != null) patch.matchContactsBy = [...new Set(input.matchContactsBy)];
    if (input.marginPercent != null) {
      if (!isMarkupPercent(input.marginPercent)) throw badInput("marginPercent: 0 to 1000, with at most 2 decimals", "input.marginPercent");
      patch.marginPercent = input.marginPercent;
    }
    if (input.pullProducts != null) patch.pullProducts = input.pullProducts;
    return toConnection(ctx.services.store, await ctx.services.store.updateSettings(tenantId, patch));
  }

  @Mutation(() => ProductPullReport, {
    description:
      "Pulls Paraşüt's products into the catalogue now (code, name, VAT, buying price as cost, stock in the Paraşüt warehouse, price = cost × (1 + margin %) in the Paraşüt price list).",
  })
  async pullAccountingProducts(@Ctx() ctx: AccountingContext): Promise<ProductPullReport> {
    const tenantId = tenantOf(ctx, "write");
    const conn = await usableConnection(ctx, tenantId);
    try {
      const report = await pullProducts(await ctx.services.clientFor(conn), ctx.services.catalogue, tenantId, ctx.services.store.settingsOf(conn).marginPercent);
      await ctx.services.store.recordPull(tenantId, null);
      return report;
    } catch (err) {
      await ctx.services.store.recordPull(tenantId, (err as Error).message);
      throw err;
    }
  }
}

async function usableConnection(ctx: AccountingContext, tenantId: string): Promise<ConnectionRecord> {
  const conn = await ownConnection(ctx, tenantId);
  if (conn.status === "INVALID")
    throw badInput(
      `the accounting connection is INVALID (${conn.statusMessage ?? "Paraşüt refused it"}); fix it with connectAccounting and testAccountingConnection — nothing was sent`,
      "connection",
    );
  return conn;
}

@Resolver(() => AccountingOrderRef)
export class AccountingOrderResolver {
  @FieldResolver(() => OrderAccounting, { nullable: true, description: "The order's invoice in accounting (Paraşüt) and its e-document; null: not pushed." })
  async accounting(@Root() ref: AccountingOrderRef, @Ctx() ctx: AccountingContext): Promise<OrderAccounting | null> {
    tenantOf(ctx, "read");
    const job = await ctx.jobs?.load(ref.id);
    return job ? toOrderAccounting(job) : null;
  }

  @Mutation(() => OrderAccounting, {
    description:
      "Pushes an order to Paraşüt now, whatever its status or age (the settings' status and stores say which orders go by themselves). Returns where it got to; the rest (an e-document being made) goes on in the background.",
  })
  async pushOrderToAccounting(@Ctx() ctx: AccountingContext, @Arg("orderId", () => ID) orderId: string): Promise<OrderAccounting> {
    const tenantId = tenantOf(ctx, "write");
    const order = await ctx.services.hub.get(tenantId, orderId);
    if (!order) throw notFound(`no order with id "${orderId}"`);
    await usableConnection(ctx, tenantId);
    await ctx.services.store.enqueue(tenantId, { id: order.id, storeId: order.store.id, number: order.number });
    return toOrderAccounting(await ctx.services.worker.runNow(tenantId, order.id));
  }

  @Mutation(() => OrderAccounting, { description: "Tries a FAILED (or waiting) order's push again now, from where it stopped." })
  async retryAccounting(@Ctx() ctx: AccountingContext, @Arg("orderId", () => ID) orderId: string): Promise<OrderAccounting> {
    const tenantId = tenantOf(ctx, "write");
    if (!(await ctx.services.hub.get(tenantId, orderId))) throw notFound(`no order with id "${orderId}"`);
    await usableConnection(ctx, tenantId);
    const job = await ctx.services.store.job(tenantId, orderId);
    if (!job) throw badInput("the order was never pushed; use pushOrderToAccounting", "orderId");
    if (job.status === "PUSHED" || job.status === "CANCELLED" || job.status === "NEEDS_ACCOUNTANT")
      throw badInput(`the order's push is ${job.status}: nothing to retry`, "orderId");
    await ctx.services.store.wake(tenantId, orderId, job.invoiceId || job.contactId ? "IN_PROGRESS" : "PENDING");
    return toOrderAccounting(await ctx.services.worker.runNow(tenantId, orderId));
  }
}

@Resolver(() => EDocument)
export class EDocumentResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "A link to the PDF, valid one hour; null while Paraşüt is still making it. Kept while it works, so it costs one Paraşüt request per document per hour.",
  })
  async pdfUrl(@Root() doc: EDocument, @Ctx() ctx: AccountingContext): Promise<string | null> {
    if (!doc.id) return null;
    const tenantId = tenantOf(ctx, "read");
    const job = await ctx.services.store.job(tenantId, doc.orderId);
    if (job?.pdfUrl && job.pdfExpiresAt && job.pdfExpiresAt.getTime() > Date.now() + 60_000) return job.pdfUrl;
    const conn = await ctx.services.store.connection(tenantId);
    if (!conn) return null;
    // A feed page must not wait on the budget for every document: each link gets at most 2 s.
    const client = await ctx.services.clientFor(conn);
    const pdf = await withDeadline(2_000, () => client.pdf(doc.kind === EDocumentKind.E_INVOICE ? "e_invoices" : "e_archives", doc.id as string));
    if (!pdf) return null;
    await ctx.services.store.update(tenantId, doc.orderId, { pdfUrl: pdf.url, pdfExpiresAt: new Date(pdf.expiresAt) });
    return pdf.url;
  }
}

export async function buildAccountingSchema() {
  return buildFederatedSubgraph({
    resolvers: [AccountingConnectionResolver, AccountingOrderResolver, EDocumentResolver],
    // Order is reached only through federation (nothing here returns it).
    orphanedTypes: [AccountingOrderRef],
    referenceResolvers: { Order: { __resolveReference: async (ref) => ({ id: String(ref.id) }) } },
  });
}

export interface AccountingSubgraphOptions {
  database: Database;
  registry: StoreRegistry;
  logger: Logger;
  settings: AccountingSettingsConfig;
  internalSecret?: string;
  requestDeadlineMs?: number;
  /** The order event log and a durable key-value store: with both, qualifying orders get jobs from events. */
  log?: OrderEventLog;
  kv?: KeyValueStore;
  lock?: Lock;
  /** Redis: the request budget is shared by every replica. */
  redis?: Ports["redis"];
  events?: EventBus;
  /** Where the Paraşüt sandbox runs (test-mode connections). */
  sandboxUrl?: () => Promise<string | undefined>;
  /** Run the worker (off in tests that drive it by hand). @default true */
  run?: boolean;
}

export async function buildAccountingSubgraph(options: AccountingSubgraphOptions) {
  const { settings, logger } = options;
  const store = new AccountingStore(options.database.db, options.registry.secrets);
  const hub = new OrderHub(options.database.db);
  const catalogue = new CatalogueStore(options.database.db);
  const lock = options.lock ?? createMemoryLock();
  const budgetOptions = { requests: settings.requestsPerWindow, windowMs: settings.windowMs + settings.windowMarginMs };
  const budget: RequestBudget = options.redis ? createRedisBudget(options.redis, budgetOptions) : createMemoryBudget(budgetOptions);
  // One client per tenant connection (rebuilt when it changes); its token is this replica's own.
  const clients = new Map<string, { version: number; client: ParasutClient }>();
  const clientFor = async (conn: ConnectionRecord): Promise<ParasutClient> => {
    const version = conn.updatedAt.getTime();
    const had = clients.get(conn.tenantId);
    if (had?.version === version) return had.client;
    await had?.client.close();
    const credentials = store.credentialsOf(conn);
    if (!credentials) throw badInput("the accounting connection has no credentials", "connection");
    const baseUrl = conn.testMode ? await options.sandboxUrl?.() : settings.baseUrl;
    if (!baseUrl) throw badInput("the Paraşüt sandbox is not running for this test-mode connection", "connection");
    const client = new ParasutClient({ baseUrl, companyId: conn.companyId, credentials, budget, timeoutMs: settings.timeoutMs, logger });
    clients.set(conn.tenantId, { version, client });
    return client;
  };
  const push = new AccountingPush({
    store,
    lock,
    hub,
    client: clientFor,
    logger,
    // The orders subgraph's accountingEvents subscription reads these (its ACCOUNTING_STREAM).
    onStatus: (job) =>
      void options.events
        ?.publish("accounting", { tenantId: job.tenantId, orderId: job.orderId, status: job.status, error: job.error, at: job.updatedAt.toISOString() })
        .catch((err) => logger.warn({ err }, "accounting event not published")),
  });
  const worker = new AccountingWorker({
    store,
    hub,
    push,
    log: options.log,
    kv: options.kv,
    lock,
    logger,
    concurrency: settings.concurrency,
    tickMs: settings.tickMs,
    catchUpMs: settings.catchUpMs,
    extraEveryMs: settings.pullMs,
    extraRound: async () => {
      for (const conn of await store.connections()) {
        const s = store.settingsOf(conn);
        if (!s.pullProducts || conn.status === "INVALID") continue;
        const token = await lock.acquire(`accounting-pull:${conn.tenantId}`, settings.pullMs);
        if (!token) continue;
        await pullProducts(await clientFor(conn), catalogue, conn.tenantId, s.marginPercent)
          .then(() => store.recordPull(conn.tenantId, null))
          .catch((err) => store.recordPull(conn.tenantId, (err as Error).message));
      }
    },
  });
  const services: Services = { store, hub, registry: options.registry, catalogue, worker, clientFor, logger };
  const { schema, sdl } = await buildAccountingSchema();
  const server = createSubgraphServer<AccountingContext>({
    name: "accounting",
    schema,
    logger,
    internalSecret: options.internalSecret,
    requestDeadlineMs: options.requestDeadlineMs,
    context: ({ identity }) => ({
      services,
      identity,
      jobs: identity
        ? new DataLoader<string, JobRecord | null>(async (ids) => {
            const found = new Map((await store.jobs(identity.tenantId, ids)).map((j) => [j.orderId, j]));
            return ids.map((id) => found.get(id) ?? null);
          })
        : undefined,
    }),
  });
  if (options.run !== false) worker.start();
  return {
    server,
    sdl,
    store,
    worker,
    push,
    clients: () => [...clients.values()].map((c) => c.client),
    async close() {
      await worker.stop();
      for (const { client } of clients.values()) await client.close();
      await server.close();
    },
  };
}
