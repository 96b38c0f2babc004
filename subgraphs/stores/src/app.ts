// The stores subgraph: owns the Store entity (Federation v1 @key) and the seller's store management
// (the store-management document): add, change and remove stores, set their credentials (write-only:
// no field returns them), their settings, and test the connection, which stores the API status.

import {
  ApiKeyStore,
  badInput,
  buildFederatedSubgraph,
  createSubgraphServer,
  type Identity,
  isMarkupPercent,
  type Logger,
  MARKETPLACES,
  type MarketplaceId,
  marketplaceModule,
  notFound,
  type OrderHub,
  requireScope,
  type Scope,
  type StoreRecord,
  type StoreRegistry,
  type StoreView,
  storeViewOf,
  toIstanbulIso,
} from "@pazargraph/runtime";
import { ApiStatus, DateTimeScalar, DecimalScalar, Marketplace } from "@pazargraph/schema";
import DataLoader from "dataloader";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";

@ObjectType({ description: "How a store works (the store-management document's settings)." })
export class StoreSettings {
  @Field(() => String, { nullable: true, description: "The price list products are sent with (publishPrices)." })
  defaultPriceList?: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: "Percent added to the price list's prices for this store (0 to 1000, at most 2 decimals); null: none." })
  priceMarkupPercent?: string | null;
  @Field(() => ID, { nullable: true, description: "Category for new products when none is given." })
  defaultCategoryId?: string | null;
  @Field(() => ID, { nullable: true, description: "Brand for new products when none is given." })
  defaultBrandId?: string | null;
  @Field(() => String, { nullable: true, description: "Warehouse the store's orders are taken from." })
  defaultWarehouse?: string | null;
  @Field(() => String, { nullable: true, description: "Cargo company used when shipping without naming one." })
  defaultCargoCompany?: string | null;
  @Field(() => Boolean, { description: "Deduct stock automatically when an order arrives." })
  autoDeductStock!: boolean;
}

@ObjectType({ description: "How the store's orders are kept in step with the marketplace (its poller)." })
export class StoreSync {
  @Field(() => DateTimeScalar, { nullable: true, description: "When a poll of the store last succeeded." })
  lastSuccessAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When a poll was last attempted." })
  lastAttemptAt?: string | null;
  @Field(() => String, { nullable: true, description: "Why the latest poll failed (code and message); null when it succeeded." })
  lastError?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "When a poll last failed." })
  lastErrorAt?: string | null;
  @Field(() => Int, { description: "How many of the store's orders the order hub holds." })
  ordersKnown!: number;
  @Field(() => Int, { description: "Requests made to the marketplace by the poller over the last hour." })
  restCallsLastHour!: number;
}

@ObjectType("Store", { description: "A seller's connection to one marketplace store." })
@Directive('@key(fields: "id")')
export class Store {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "The title the seller gave the store." })
  name!: string;

  @Field(() => Marketplace)
  marketplace!: Marketplace;

  @Field(() => Boolean, { description: "Passive stores are not polled." })
  active!: boolean;

  @Field(() => Boolean, { description: "Test mode points the store at the marketplace's test host (our sandbox locally)." })
  testMode!: boolean;

  @Field(() => ApiStatus, { description: "Whether the store's credentials were last seen to work; UNKNOWN until tested." })
  apiStatus!: ApiStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  apiStatusCheckedAt?: string | null;

  @Field(() => String, { nullable: true, description: "The marketplace's message when the credentials were refused." })
  apiStatusMessage?: string | null;

  @Field(() => Boolean, { description: "Whether credentials are set (they are never returned)." })
  hasCredentials!: boolean;

  @Field(() => String, { nullable: true, description: "The seller id at the marketplace, where it uses one." })
  sellerId?: string | null;

  @Field(() => StoreSettings)
  settings!: StoreSettings;

  /** Not a field: whose store it is (the sync state is read by tenant). */
  tenantId?: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

@InputType()
export class AddStoreInput {
  @Field(() => String)
  title!: string;
  @Field(() => Marketplace)
  marketplace!: Marketplace;
  @Field(() => Boolean, { defaultValue: true })
  active!: boolean;
  @Field(() => Boolean, { defaultValue: false, description: "true for a sandbox (test) account." })
  testMode!: boolean;
}

@InputType()
export class UpdateStoreInput {
  @Field(() => String, { nullable: true })
  title?: string;
  @Field(() => Boolean, { nullable: true })
  active?: boolean;
  @Field(() => Boolean, { nullable: true })
  testMode?: boolean;
}

/**
 * A store's credentials: one optional String per field any marketplace module declares (plus
 * sellerId), built from the module list so a new marketplace's fields appear without editing this file.
 */
@InputType({
  description: `The fields a store's marketplace needs: ${MARKETPLACES.map((m) => `${m.label}: ${m.credentials.map((c) => c.name).join(", ")}`).join(". ")}. sellerId where the marketplace uses one.`,
})
export class StoreCredentialsInput {
  [field: string]: string | null | undefined;
}
{
  const fields = new Map<string, string[]>([["sellerId", ["Seller id at the marketplace, where it uses one."]]]);
  for (const m of MARKETPLACES) for (const c of m.credentials) fields.set(c.name, [...(c.name === "sellerId" ? [] : (fields.get(c.name) ?? [])), c.description]);
  for (const [name, docs] of fields) Field(() => String, { nullable: true, description: docs.join(" ") })(StoreCredentialsInput.prototype, name);
}

@InputType()
export class StoreSettingsInput {
  @Field(() => String, { nullable: true })
  defaultPriceList?: string;
  @Field(() => DecimalScalar, { nullable: true, description: "0 to 1000, at most 2 decimals." })
  priceMarkupPercent?: string;
  @Field(() => ID, { nullable: true })
  defaultCategoryId?: string;
  @Field(() => ID, { nullable: true })
  defaultBrandId?: string;
  @Field(() => String, { nullable: true })
  defaultWarehouse?: string;
  @Field(() => String, { nullable: true })
  defaultCargoCompany?: string;
  @Field(() => Boolean, { nullable: true })
  autoDeductStock?: boolean;
}

export type ConnectionTester = (view: StoreView) => Promise<{ status: "VALID" | "INVALID"; message: string | null }>;

export interface StoresContext {
  registry: StoreRegistry;
  apiKeys: ApiKeyStore;
  testers: Partial<Record<MarketplaceId, ConnectionTester>>;
  /** The caller's tenant (undefined: internal callers and tests see every tenant). */
  tenantId?: string;
  identity?: Identity;
  logger: Logger;
  /** The order hub: each store's sync state. */
  hub?: OrderHub;
  /** Store references of this request, read together. */
  storeLoader?: DataLoader<string, StoreRecord | undefined>;
}

/** Checks the caller's scope when there is a caller (the subgraph runs behind the gateway). */
function need(ctx: StoresContext, scope: Scope) {
  if (ctx.identity) requireScope(ctx.identity, scope);
}

export enum ApiKeyScope {
  READ = "read",
  WRITE = "write",
  ADMIN = "admin",
}
registerEnumType(ApiKeyScope, { name: "ApiKeyScope", description: "read: queries and subscriptions; write: also mutations; admin: also API keys." });

@ObjectType({ description: "An API key of the tenant. Its secret is shown once, when created, and never stored." })
export class ApiKey {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];
  @Field(() => String, { description: "The key's first characters, to recognise it." })
  prefix!: string;
  @Field(() => DateTimeScalar)
  createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: "The key stops working at this time; null: until revoked." })
  expiresAt?: string | null;
}

@ObjectType()
export class CreatedApiKey {
  @Field(() => String, { description: "The whole key: keep it now, it cannot be shown again." })
  key!: string;
  @Field(() => ApiKey)
  apiKey!: ApiKey;
}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  name!: string;
  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];
  @Field(() => Int, { nullable: true, description: "Days until the key expires (1 to 3650); left out: until revoked." })
  expiresInDays?: number | null;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  private tenant(ctx: StoresContext): string {
    need(ctx, "admin");
    return ctx.tenantId ?? "demo";
  }

  @Query(() => [ApiKey], { description: "The tenant's API keys (admin)." })
  async apiKeys(@Ctx() ctx: StoresContext): Promise<ApiKey[]> {
    return (await ctx.apiKeys.list(this.tenant(ctx))).map((k) => ApiKeyStore.toPublic(k) as ApiKey);
  }

  @Mutation(() => CreatedApiKey, { description: "Creates an API key for the tenant (admin)." })
  async createApiKey(@Ctx() ctx: StoresContext, @Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    const tenantId = this.tenant(ctx);
    const name = input.name.trim();
    if (!name || name.length > 100) throw badInput("name must be 1 to 100 characters", "input.name");
    if (!input.scopes.length) throw badInput("give at least one scope", "input.scopes");
    const days = input.expiresInDays;
    if (days != null && (!Number.isInteger(days) || days < 1 || days > 3650)) throw badInput(`expiresInDays must be 1 to 3650; got ${days}`, "input.expiresInDays");
    const expiresAt = days != null ? new Date(Date.now() + days * 86_400_000) : null;
    const { key, record } = await ctx.apiKeys.create(tenantId, name, [...new Set(input.scopes)] as Scope[], expiresAt);
    ctx.logger.info({ apiKeyId: record.id, scopes: record.scopes }, "API key created");
    return { key, apiKey: ApiKeyStore.toPublic(record) as ApiKey };
  }

  @Mutation(() => ApiKey, { description: "Revokes an API key of the tenant (admin); it stops working at once." })
  async revokeApiKey(@Ctx() ctx: StoresContext, @Arg("id", () => ID) id: string): Promise<ApiKey> {
    const r = await ctx.apiKeys.revoke(this.tenant(ctx), id);
    if (!r) throw notFound(`no API key with id "${id}"`);
    ctx.logger.info({ apiKeyId: id }, "API key revoked");
    return ApiKeyStore.toPublic(r) as ApiKey;
  }
}

export function toStore(r: StoreRecord): Store {
  return {
    id: r.id,
    name: r.title,
    marketplace: r.marketplace.toUpperCase() as Marketplace,
    active: r.active,
    testMode: r.testMode,
    apiStatus: r.apiStatus as ApiStatus,
    apiStatusCheckedAt: r.apiStatusCheckedAt,
    apiStatusMessage: r.apiStatusMessage,
    hasCredentials: r.credentials !== null,
    sellerId: r.sellerId,
    settings: r.settings,
    createdAt: r.createdAt,
    tenantId: r.tenantId,
  };
}

const TITLE_MAX = 100;

@Resolver(() => Store)
export class StoreResolver {
  /** The tenant's store, or NOT_FOUND exactly as for a store that does not exist. */
  private async own(ctx: StoresContext, id: string): Promise<StoreRecord> {
    const r = await ctx.registry.get(id);
    if (!r || (ctx.tenantId !== undefined && r.tenantId !== ctx.tenantId)) throw notFound(`no store with id "${id}"`);
    return r;
  }

  @FieldResolver(() => StoreSync, { nullable: true, description: "The store's order sync; null until its poller first ran." })
  async sync(@Root() store: Store, @Ctx() ctx: StoresContext): Promise<StoreSync | null> {
    if (!ctx.hub || !store.tenantId) return null;
    const s = await ctx.hub.syncState(store.tenantId, store.id);
    if (!s) return null;
    const iso = (d: Date | null) => (d ? toIstanbulIso(d) : null);
    return {
      lastSuccessAt: iso(s.lastSuccessAt),
      lastAttemptAt: iso(s.lastAttemptAt),
      lastError: s.lastError,
      lastErrorAt: iso(s.lastErrorAt),
      ordersKnown: s.ordersKnown,
      restCallsLastHour: s.restCallsLastHour,
    };
  }

  @Query(() => [Store], { description: "The caller's stores." })
  async stores(@Ctx() ctx: StoresContext, @Arg("includeInactive", () => Boolean, { defaultValue: true }) includeInactive: boolean): Promise<Store[]> {
    need(ctx, "read");
    return (await ctx.registry.list(ctx.tenantId)).filter((s) => includeInactive || s.active).map(toStore);
  }

  @Query(() => Store, { nullable: true })
  async store(@Ctx() ctx: StoresContext, @Arg("id", () => ID) id: string): Promise<Store | null> {
    need(ctx, "read");
    const r = await ctx.registry.get(id);
    return r && (ctx.tenantId === undefined || r.tenantId === ctx.tenantId) ? toStore(r) : null;
  }

  @Mutation(() => Store, { description: "Adds a store; set its credentials next, then test the connection." })
  async addStore(@Ctx() ctx: StoresContext, @Arg("input", () => AddStoreInput) input: AddStoreInput): Promise<Store> {
    need(ctx, "write");
    const title = input.title.trim();
    if (!title || title.length > TITLE_MAX) throw badInput(`title must be 1 to ${TITLE_MAX} characters`, "input.title");
    const r = await ctx.registry.create({
      tenantId: ctx.tenantId ?? "demo",
      title,
      marketplace: input.marketplace.toLowerCase() as MarketplaceId,
      active: input.active,
      testMode: input.testMode,
    });
    ctx.logger.info({ storeId: r.id, marketplace: r.marketplace }, "store added");
    return toStore(r);
  }

  @Mutation(() => Store)
  async updateStore(@Ctx() ctx: StoresContext, @Arg("id", () => ID) id: string, @Arg("input", () => UpdateStoreInput) input: UpdateStoreInput): Promise<Store> {
    need(ctx, "write");
    await this.own(ctx, id);
    if (input.title !== undefined && (!input.title.trim() || input.title.length > TITLE_MAX)) throw badInput(`title must be 1 to ${TITLE_MAX} characters`, "input.title");
    const patch: Parameters<StoreRegistry["update"]>[1] = {};
    if (input.title !== undefined && input.title !== null) patch.title = input.title.trim();
    if (input.active !== undefined && input.active !== null) patch.active = input.active;
    if (input.testMode !== undefined && input.testMode !== null) patch.testMode = input.testMode;
    return toStore(await ctx.registry.update(id, patch));
  }

  @Mutation(() => Boolean, { description: "Removes a store and its credentials; its poller stops." })
  async removeStore(@Ctx() ctx: StoresContext, @Arg("id", () => ID) id: string): Promise<boolean> {
    need(ctx, "write");
    await this.own(ctx, id);
    const removed = await ctx.registry.remove(id);
    ctx.logger.info({ storeId: id }, "store removed");
    return removed;
  }

  @Mutation(() => Store, { description: "Sets the store's marketplace credentials. They are encrypted at rest and never returned." })
  async setStoreCredentials(
    @Ctx() ctx: StoresContext,
    @Arg("storeId", () => ID) storeId: string,
    @Arg("input", () => StoreCredentialsInput) input: StoreCredentialsInput,
  ): Promise<Store> {
    need(ctx, "write");
    const r = await this.own(ctx, storeId);
    const needed = (marketplaceModule(r.marketplace)?.credentials ?? []).map((c) => c.name);
    for (const k of needed) {
      const v = input[k];
      if (!v?.trim() || v.length > 500) throw badInput(`${k} is required for ${r.marketplace} (at most 500 characters)`, `input.${k}`);
    }
    const unexpected = Object.keys(input).filter((k) => k !== "sellerId" && input[k] != null && !needed.includes(k));
    if (unexpected.length) throw badInput(`${r.marketplace} takes ${needed.join(" and ")}, not ${unexpected.join(", ")}`, `input.${unexpected[0]}`);
    const credentials = Object.fromEntries(needed.map((k) => [k, (input[k] as string).trim()]));
    const next = await ctx.registry.setCredentials(storeId, credentials, input.sellerId?.trim() || null);
    ctx.logger.info({ storeId }, "store credentials set");
    return toStore(next);
  }

  @Mutation(() => Store)
  async updateStoreSettings(
    @Ctx() ctx: StoresContext,
    @Arg("storeId", () => ID) storeId: string,
    @Arg("input", () => StoreSettingsInput) input: StoreSettingsInput,
  ): Promise<Store> {
    need(ctx, "write");
    await this.own(ctx, storeId);
    for (const [k, v] of Object.entries(input)) if (typeof v === "string" && v.length > 200) throw badInput(`${k} is at most 200 characters`, `input.${k}`);
    if (input.priceMarkupPercent !== undefined && !isMarkupPercent(input.priceMarkupPercent))
      throw badInput("priceMarkupPercent: 0 to 1000, with at most 2 decimals", "input.priceMarkupPercent");
    const settings = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    return toStore(await ctx.registry.update(storeId, { settings }));
  }

  @Mutation(() => Store, { description: "Makes the cheapest authenticated call to the marketplace and keeps the result as the store's API status." })
  async testStoreConnection(@Ctx() ctx: StoresContext, @Arg("storeId", () => ID) storeId: string): Promise<Store> {
    need(ctx, "write");
    const r = await this.own(ctx, storeId);
    const tester = ctx.testers[r.marketplace];
    if (!tester) throw badInput(`no connection test for ${r.marketplace}`, "storeId");
    const view = storeViewOf(ctx.registry, r);
    const result = await tester(view);
    ctx.logger.info({ storeId, apiStatus: result.status }, "store connection tested");
    return toStore(await ctx.registry.setApiStatus(storeId, result.status, result.message));
  }
}

export async function buildStoresSchema() {
  return buildFederatedSubgraph({
    resolvers: [StoreResolver, ApiKeyResolver],
    referenceResolvers: {
      Store: {
        __resolveReference: async (ref, ctx) => {
          const r = await (ctx as StoresContext | undefined)?.storeLoader?.load(String(ref.id));
          if (!r) throw notFound(`no store with id "${String(ref.id)}"`);
          return toStore(r);
        },
      },
    },
  });
}

export interface StoresSubgraphOptions {
  registry: StoreRegistry;
  apiKeys: ApiKeyStore;
  internalSecret?: string;
  testers: Partial<Record<MarketplaceId, ConnectionTester>>;
  logger: Logger;
  hub?: OrderHub;
}

export async function buildStoresSubgraph(options: StoresSubgraphOptions) {
  const { schema, sdl } = await buildStoresSchema();
  const server = createSubgraphServer<StoresContext>({
    name: "stores",
    schema,
    logger: options.logger,
    internalSecret: options.internalSecret,
    context: ({ identity }) => ({
      registry: options.registry,
      apiKeys: options.apiKeys,
      testers: options.testers,
      logger: options.logger,
      identity,
      tenantId: identity?.tenantId,
      hub: options.hub,
      // The request's Store references in one read (twenty orders of one store: one row), as the orders subgraph does for orders.
      storeLoader: new DataLoader((ids: readonly string[]) => options.registry.getMany(ids)),
    }),
  });
  return { server, sdl, close: () => server.close() };
}
