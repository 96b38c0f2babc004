// The orders subgraph: the cross-marketplace order feed. `orders`, `order` and `orderCounts` read the
// order hub (every store's orders in the database); `orderEvents` streams the events the hub records
// (the order event log, in the same database), filtered, resuming after a cursor so a reconnecting
// client loses nothing; `orderEventHistory` reads the same log over HTTP.
import {
  API_KEY_EVENTS_STREAM,
  type ApiKeyEvent,
  type ApiKeyStore,
  badInput,
  buildFederatedSubgraph,
  createError,
  createSubgraphServer,
  ErrorCode,
  type EventBus,
  type Identity,
  LIVE,
  type Logger,
  type OrderEventLog,
  type OrderHub,
  requireScope,
  type StoredEvent,
  unauthenticated,
  verifyIdentity,
} from "@pazargraph/runtime";
import { DateTimeScalar, Marketplace, Order, OrderConnection, OrderEvent, OrderEventFilter, type OrderEventPayload, OrderStatus } from "@pazargraph/schema";
import DataLoader from "dataloader";
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionNode } from "graphql";
import type { SubscribeResolverData } from "type-graphql";
import { Arg, Ctx, Field, ID, Info, InputType, Int, ObjectType, Query, Resolver, Root, registerEnumType, Subscription } from "type-graphql";

export interface OrdersContext {
  /** The order event log (the database); history and subscriptions answer SERVICE_UNAVAILABLE without one. */
  log?: OrderEventLog;
  logger: Logger;
  /** The caller (HTTP); for subscriptions the gateway signs it into the `auth` argument. */
  identity?: Identity;
  internalSecret?: string;
  /** Re-checks a subscription's key (revoked or expired keys get nothing). */
  apiKeys?: ApiKeyStore;
  /** Live subscriptions by subject, ended when the key is revoked. */
  live?: LiveSubscriptions;
  /** The order hub (a database); the feed answers SERVICE_UNAVAILABLE without one. */
  hub?: OrderHub;
  /** Order references (from the marketplace subgraphs' reads and writes), batched per request into one query. */
  orderLoader?: DataLoader<string, Order | null>;
  /** The event bus: accounting status changes (the accounting subgraph publishes them) for accountingEvents. */
  events?: EventBus;
}

export enum OrderOrder {
  CREATED_AT_DESC = "CREATED_AT_DESC",
  CREATED_AT_ASC = "CREATED_AT_ASC",
}
registerEnumType(OrderOrder, { name: "OrderOrder", description: "The feed's order: newest or oldest first." });

@InputType({ description: "Which orders of the feed to list. Ranges are inclusive at the start and exclusive at the end." })
export class OrderFeedFilter {
  @Field(() => [Marketplace], { nullable: true })
  marketplaces?: Marketplace[];
  @Field(() => [ID], { nullable: true })
  storeIds?: string[];
  @Field(() => [OrderStatus], { nullable: true })
  statuses?: OrderStatus[];
  @Field(() => DateTimeScalar, { nullable: true })
  createdFrom?: string;
  @Field(() => DateTimeScalar, { nullable: true })
  createdTo?: string;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the hub last recorded a change of the order." })
  updatedFrom?: string;
  @Field(() => DateTimeScalar, { nullable: true })
  updatedTo?: string;
  @Field(() => String, { nullable: true, description: "Order number, customer name or product name; Turkish-aware (ışık finds IŞIK). At most 200 characters." })
  search?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: orders with a line not matched to a catalogue product (catalogue { unmatchedListings }); false: fully matched ones.",
  })
  hasUnmatchedLines?: boolean;
}

@ObjectType({ description: "How many orders of the feed are in a status." })
export class OrderStatusCount {
  @Field(() => OrderStatus)
  status!: OrderStatus;
  @Field(() => Int)
  count!: number;
}

/** Order fields the hub has as columns: a page asking for these only is read without its documents. */
const COLUMN_FIELDS = new Set(["id", "number", "status", "marketplace", "createdAt", "syncedAt", "__typename"]);

/** The fields selected at a path of object fields (fragments followed), or null when unsure. */
function selectedAt(info: GraphQLResolveInfo, path: string[]): SelectionNode[] | null {
  let level: readonly SelectionNode[] = info.fieldNodes.flatMap((f) => f.selectionSet?.selections ?? []);
  const flatten = (sels: readonly SelectionNode[], depth = 0): SelectionNode[] | null => {
    if (depth > 10) return null;
    const out: SelectionNode[] = [];
    for (const sel of sels) {
      if (sel.kind === Kind.FIELD) out.push(sel);
      else {
        const inner = sel.kind === Kind.INLINE_FRAGMENT ? sel.selectionSet.selections : info.fragments[sel.name.value]?.selectionSet.selections;
        if (!inner) return null;
        const flat = flatten(inner, depth + 1);
        if (!flat) return null;
        out.push(...flat);
      }
    }
    return out;
  };
  for (const name of path) {
    const flat = flatten(level);
    if (!flat) return null;
    level = flat.filter((f): f is FieldNode => f.kind === Kind.FIELD && f.name.value === name).flatMap((f) => f.selectionSet?.selections ?? []);
  }
  return flatten(level);
}

/** Whether `orders { edges { node { … } } }` asks only for what the hub has as columns (and `store { id }`). */
function needsColumnsOnly(info: GraphQLResolveInfo): boolean {
  const fields = selectedAt(info, ["edges", "node"]);
  if (!fields) return false;
  return fields.every((f) => {
    if (f.kind !== Kind.FIELD) return false;
    if (COLUMN_FIELDS.has(f.name.value)) return true;
    if (f.name.value !== "store") return false;
    return (f.selectionSet?.selections ?? []).every((s) => s.kind === Kind.FIELD && (s.name.value === "id" || s.name.value === "__typename"));
  });
}

/** The unified feed: every store's orders of the caller's tenant, from the order hub. */
@Resolver()
export class OrderFeedResolver {
  private scope(ctx: OrdersContext): { hub: OrderHub; tenantId: string } {
    const identity = requireScope(ctx.identity, "read");
    if (!ctx.hub) throw createError(ErrorCode.SERVICE_UNAVAILABLE, "the order hub has no database");
    return { hub: ctx.hub, tenantId: identity.tenantId };
  }

  @Query(() => OrderConnection, { description: "Every store's orders, across marketplaces, newest first by default. `first` is 1 to 200 (20 by default)." })
  async orders(
    @Ctx() ctx: OrdersContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("filter", () => OrderFeedFilter, { nullable: true }) filter?: OrderFeedFilter,
    @Arg("orderBy", () => OrderOrder, { nullable: true }) orderBy?: OrderOrder,
    @Arg("first", () => Int, { nullable: true }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    const { hub, tenantId } = this.scope(ctx);
    const page = await hub.list(tenantId, filter, orderBy ?? OrderOrder.CREATED_AT_DESC, first, after, { light: needsColumnsOnly(info) });
    return {
      edges: page.items.map((i) => ({ cursor: i.cursor, node: i.order })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.items.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @Query(() => Order, { nullable: true, description: "One order of the caller's tenant by its id; null when there is none." })
  async order(@Ctx() ctx: OrdersContext, @Arg("id", () => ID) id: string): Promise<Order | null> {
    const { hub, tenantId } = this.scope(ctx);
    if (id.length > 300) throw badInput("id is at most 300 characters", "id");
    return hub.get(tenantId, id);
  }

  @Query(() => [OrderStatusCount], { description: "How many orders are in each status (for dashboard tiles), with the feed's filter." })
  async orderCounts(@Ctx() ctx: OrdersContext, @Arg("filter", () => OrderFeedFilter, { nullable: true }) filter?: OrderFeedFilter): Promise<OrderStatusCount[]> {
    const { hub, tenantId } = this.scope(ctx);
    return hub.counts(tenantId, filter);
  }
}

/**
 * How old a subscription's signed identity may be: the gateway's shared upstream socket resubscribes
 * with it after a reconnect. The gateway signs subscriptions as the tenant (one upstream subscription
 * serves all of a tenant's identical ones) and checks each caller's key itself, closing its sockets on
 * revocation; an identity signed for a key is checked again here at every subscribe, and a revocation
 * ends its live subscriptions at once, so age alone never keeps a revoked key listening.
 */
const SUBSCRIPTION_AUTH_MAX_AGE_MS = 24 * 3600_000;

/** Live subscriptions per subject, so that a revoked key's subscriptions end at once. */
export class LiveSubscriptions {
  private readonly bySubject = new Map<string, Set<AbortController>>();
  add(subject: string, abort: AbortController): () => void {
    let set = this.bySubject.get(subject);
    if (!set) {
      set = new Set();
      this.bySubject.set(subject, set);
    }
    set.add(abort);
    return () => {
      set.delete(abort);
      if (set.size === 0) this.bySubject.delete(subject);
    };
  }
  end(subject: string): number {
    const set = this.bySubject.get(subject);
    for (const a of set ?? []) a.abort("revoked");
    return set?.size ?? 0;
  }
  get size() {
    let n = 0;
    for (const s of this.bySubject.values()) n += s.size;
    return n;
  }
}

function logOf(ctx: OrdersContext): OrderEventLog {
  if (!ctx.log) throw createError(ErrorCode.SERVICE_UNAVAILABLE, "the order event log has no database");
  return ctx.log;
}

export function matchesFilter(payload: OrderEventPayload, filter: OrderEventFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.marketplaces?.length && !filter.marketplaces.includes(payload.marketplace)) return false;
  if (filter.storeIds?.length && !filter.storeIds.includes(payload.storeId)) return false;
  if (filter.kinds?.length && !filter.kinds.includes(payload.kind)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(payload.status)) return false;
  return true;
}

const toEvent = (e: StoredEvent<OrderEventPayload>): OrderEvent => ({ ...e.payload, id: e.id });

interface EventArgs {
  filter?: OrderEventFilter | null;
  after?: string | null;
  auth?: string | null;
}

/**
 * The caller's events: after `after` when given (history, then live), else only new ones (a client
 * that wants history asks for it; nobody gets the whole kept stream by leaving `after` out).
 */
async function* followEvents(
  log: OrderEventLog,
  tenantId: string | undefined,
  after: number | null,
  filter: OrderEventFilter | null | undefined,
  abort: AbortController,
  done: () => void,
): AsyncGenerator<OrderEvent> {
  try {
    for await (const e of log.subscribe(tenantId, after ?? LIVE, abort.signal)) {
      if (matchesFilter(e.payload, filter)) yield toEvent(e);
    }
    if (abort.signal.reason === "revoked") throw unauthenticated("the API key was revoked");
  } finally {
    abort.abort();
    done();
  }
}

/**
 * The generator, ended at once when its consumer returns it: an async generator waiting for the next
 * event would take a `return()` only at that event (a quiet stream kept every ended subscription, and
 * its registration, until something happened).
 */
function endsOnReturn<T>(generator: AsyncGenerator<T>, abort: AbortController): AsyncGenerator<T> {
  const finish = generator.return.bind(generator);
  generator.return = (value) => {
    abort.abort();
    return finish(value);
  };
  return generator;
}

/**
 * Who a subscription is for: the caller the gateway signed into `auth`, its key checked again now
 * (revoked or expired keys get nothing), and its subscription registered so that a revocation ends it.
 */
async function subscriber(context: OrdersContext, auth: string | null | undefined): Promise<{ tenantId: string | undefined; abort: AbortController; done: () => void }> {
  const abort = new AbortController();
  if (!context.internalSecret) return { tenantId: undefined, abort, done: () => {} };
  const signed = verifyIdentity(auth, context.internalSecret, Date.now(), SUBSCRIPTION_AUTH_MAX_AGE_MS);
  if (!signed) throw unauthenticated("subscriptions must come through the gateway");
  // The credentials behind the signature must still be good now.
  const identity = signed.subject.startsWith("key:") && context.apiKeys ? await context.apiKeys.recheck(signed) : signed;
  if (!identity || (identity.expiresAt !== undefined && identity.expiresAt <= Date.now())) throw unauthenticated("the API key was revoked or has expired");
  requireScope(identity, "read");
  return { tenantId: identity.tenantId, abort, done: context.live ? context.live.add(identity.subject, abort) : () => {} };
}

/** An order's accounting status change, as the accounting subgraph publishes it on the event bus. */
export const ACCOUNTING_STREAM = "accounting";
export interface AccountingEventPayload {
  tenantId: string;
  orderId: string;
  status: string;
  error: string | null;
  at: string;
}

@ObjectType({ description: "An order's accounting status changed (pushed to Paraşüt, failed, cancelled, left for the accountant)." })
export class AccountingEvent {
  @Field(() => ID)
  orderId!: string;
  @Field(() => String, { description: "The AccountingStatus it reached: PUSHED, FAILED, CANCELLED or NEEDS_ACCOUNTANT." })
  status!: string;
  @Field(() => String, { nullable: true })
  error?: string | null;
  @Field(() => DateTimeScalar)
  at!: string;
}

async function* followAccounting(events: EventBus, tenantId: string | undefined, abort: AbortController, done: () => void): AsyncGenerator<AccountingEvent> {
  try {
    for await (const e of events.subscribe<AccountingEventPayload>(ACCOUNTING_STREAM, LIVE, abort.signal))
      if (tenantId === undefined || e.payload.tenantId === tenantId) yield { orderId: e.payload.orderId, status: e.payload.status, error: e.payload.error, at: e.payload.at };
    if (abort.signal.reason === "revoked") throw unauthenticated("the API key was revoked");
  } finally {
    abort.abort();
    done();
  }
}

@Resolver(() => AccountingEvent)
export class AccountingEventResolver {
  @Subscription(() => AccountingEvent, {
    description: "Orders' accounting status changes as the push worker makes them (live only; Order.accounting has the state).",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { auth?: string | null }, OrdersContext>) => {
      if (!context.events) throw createError(ErrorCode.SERVICE_UNAVAILABLE, "accounting events are not available here");
      const { tenantId, abort, done } = await subscriber(context, args.auth);
      return endsOnReturn(followAccounting(context.events, tenantId, abort, done), abort);
    },
  })
  accountingEvents(
    @Root() event: AccountingEvent,
    @Arg("auth", () => String, { nullable: true, description: "Set by the gateway (the caller's signed identity); a value sent by a client is replaced." })
    _auth?: string,
  ): AccountingEvent {
    return event;
  }
}

@Resolver(() => OrderEvent)
export class OrderEventResolver {
  @Query(() => [OrderEvent], { description: "Order events after a cursor, oldest first: catch up over HTTP, then subscribe with the last id." })
  async orderEventHistory(
    @Ctx() ctx: OrdersContext,
    @Arg("filter", () => OrderEventFilter, { nullable: true }) filter?: OrderEventFilter,
    @Arg("after", () => ID, { nullable: true, description: "An OrderEvent.id; from the oldest kept event when left out." }) after?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 500. @default 50" }) first?: number,
  ): Promise<OrderEvent[]> {
    if (ctx.identity) requireScope(ctx.identity, "read");
    const log = logOf(ctx);
    const n = first ?? 50;
    if (!Number.isInteger(n) || n < 1 || n > 500) throw badInput(`"first" must be between 1 and 500; got ${n}`, "first");
    let cursor = await log.checkCursor(after);
    const out: OrderEvent[] = [];
    // Read in pages (the caller's tenant's, in SQL) until enough events pass the filter or the log ends.
    for (;;) {
      const page = await log.read(ctx.identity?.tenantId, cursor, 500);
      for (const e of page) {
        cursor = Number(e.id);
        if (matchesFilter(e.payload, filter)) out.push(toEvent(e));
        if (out.length === n) return out;
      }
      if (page.length < 500) return out;
    }
  }

  @Subscription(() => OrderEvent, {
    description: "New orders and status changes as the pollers see them. Pass `after` (the last id you got) to resume without gaps.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, EventArgs, OrdersContext>) => {
      const log = logOf(context);
      const after = await log.checkCursor(args.after);
      const { tenantId, abort, done } = await subscriber(context, args.auth);
      return endsOnReturn(followEvents(log, tenantId, after, args.filter, abort, done), abort);
    },
  })
  orderEvents(
    @Root() event: OrderEvent,
    @Arg("filter", () => OrderEventFilter, { nullable: true }) _filter?: OrderEventFilter,
    @Arg("after", () => ID, { nullable: true }) _after?: string,
    @Arg("auth", () => String, { nullable: true, description: "Set by the gateway (the caller's signed identity); a value sent by a client is replaced." })
    _auth?: string,
  ): OrderEvent {
    return event;
  }
}

export async function buildOrdersSchema() {
  return buildFederatedSubgraph({
    resolvers: [OrderEventResolver, OrderFeedResolver, AccountingEventResolver],
    // Order is owned here: a reference from a marketplace subgraph (a live read or a write, recorded
    // in the hub just before) resolves to the hub's row, the caller's tenant's only.
    referenceResolvers: {
      Order: {
        __resolveReference: async (ref, context) => {
          const ctx = context as OrdersContext;
          if (!ctx.orderLoader) throw createError(ErrorCode.SERVICE_UNAVAILABLE, "the order hub has no database");
          return ctx.orderLoader.load(String(ref.id));
        },
      },
    },
  });
}

/** One query per request for every Order reference in it, scoped to the caller's tenant in SQL. */
function orderLoaderFor(hub: OrderHub | undefined, identity: Identity | undefined): DataLoader<string, Order | null> | undefined {
  if (!hub) return undefined;
  return new DataLoader<string, Order | null>(
    async (ids) => {
      if (!identity) throw unauthenticated("an order reference needs a caller");
      const found = new Map((await hub.getMany(identity.tenantId, ids)).map((o) => [o.id, o]));
      return ids.map((id) => found.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}

export async function buildOrdersSubgraph(options: { events: EventBus; logger: Logger; internalSecret?: string; apiKeys?: ApiKeyStore; hub?: OrderHub; log?: OrderEventLog }) {
  const { schema, sdl } = await buildOrdersSchema();
  const live = new LiveSubscriptions();
  const server = createSubgraphServer<OrdersContext>({
    name: "orders",
    schema,
    logger: options.logger,
    internalSecret: options.internalSecret,
    context: ({ identity }) => ({
      log: options.log,
      logger: options.logger,
      identity,
      internalSecret: options.internalSecret,
      apiKeys: options.apiKeys,
      live,
      hub: options.hub,
      orderLoader: orderLoaderFor(options.hub, identity),
      events: options.events,
    }),
  });
  // Old events go, and a cursor before them gets CURSOR_EXPIRED (every replica may trim; it is idempotent).
  options.log?.startTrimming(undefined, (err) => options.logger.warn({ err }, "trimming order events failed; will retry"));
  // A revocation announced by any replica ends the key's live subscriptions here.
  const watch = new AbortController();
  void (async () => {
    try {
      for await (const e of options.events.subscribe<ApiKeyEvent>(API_KEY_EVENTS_STREAM, LIVE, watch.signal)) {
        if (e.payload.kind === "revoked") live.end(`key:${e.payload.keyId}`);
      }
    } catch (err) {
      if (!watch.signal.aborted) options.logger.error({ err }, "API key revocation feed stopped");
    }
  })();
  return {
    server,
    sdl,
    live,
    close: async () => {
      watch.abort();
      await server.close();
    },
  };
}
