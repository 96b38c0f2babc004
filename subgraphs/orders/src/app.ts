// The orders subgraph: the cross-marketplace order feed. `orderEvents` streams what the pollers
// append to the event stream, filtered, resuming after a cursor so a reconnecting client loses
// nothing; `orderEventHistory` reads the same stream over HTTP.
import {
  badInput,
  buildFederatedSubgraph,
  createSubgraphServer,
  type EventBus,
  type Identity,
  isEventId,
  type Logger,
  requireScope,
  type StoredEvent,
  unauthenticated,
  verifyIdentity,
} from "@pazargraph/runtime";
import { ORDER_EVENTS_STREAM, OrderEvent, OrderEventFilter, type OrderEventPayload } from "@pazargraph/schema";
import type { SubscribeResolverData } from "type-graphql";
import { Arg, Ctx, ID, Int, Query, Resolver, Root, Subscription } from "type-graphql";

export interface OrdersContext {
  events: EventBus;
  logger: Logger;
  /** The caller (HTTP); for subscriptions the gateway signs it into the `auth` argument. */
  identity?: Identity;
  internalSecret?: string;
}

/** A subscription's signed identity stays valid as long as the upstream socket may resubscribe with it. */
const SUBSCRIPTION_AUTH_MAX_AGE_MS = 7 * 86400_000;

/** Only the caller's tenant's events; everything for internal callers (no secret configured). */
function visibleTo(tenantId: string | undefined) {
  return (payload: OrderEventPayload) => tenantId === undefined || payload.tenantId === tenantId;
}

function checkCursor(after: string | null | undefined) {
  if (after != null && !isEventId(after)) throw badInput(`"after" is not an event id: ${after}`, "after");
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

async function* followEvents(events: EventBus, args: EventArgs, visible: (p: OrderEventPayload) => boolean): AsyncGenerator<OrderEvent> {
  const abort = new AbortController();
  try {
    for await (const e of events.subscribe<OrderEventPayload>(ORDER_EVENTS_STREAM, args.after ?? null, abort.signal)) {
      if (visible(e.payload) && matchesFilter(e.payload, args.filter)) yield toEvent(e);
    }
  } finally {
    abort.abort();
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
    const visible = visibleTo(ctx.identity?.tenantId);
    checkCursor(after);
    const n = first ?? 50;
    if (!Number.isInteger(n) || n < 1 || n > 500) throw badInput(`"first" must be between 1 and 500; got ${n}`, "first");
    const out: OrderEvent[] = [];
    let cursor = after ?? null;
    // Read in pages until enough events pass the filter or the stream ends.
    for (;;) {
      const page = await ctx.events.read<OrderEventPayload>(ORDER_EVENTS_STREAM, cursor, 500);
      for (const e of page) {
        cursor = e.id;
        if (visible(e.payload) && matchesFilter(e.payload, filter)) out.push(toEvent(e));
        if (out.length === n) return out;
      }
      if (page.length < 500) return out;
    }
  }

  @Subscription(() => OrderEvent, {
    description: "New orders and status changes as the pollers see them. Pass `after` (the last id you got) to resume without gaps.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, EventArgs, OrdersContext>) => {
      checkCursor(args.after);
      let tenantId: string | undefined;
      if (context.internalSecret) {
        const identity = verifyIdentity(args.auth, context.internalSecret, Date.now(), SUBSCRIPTION_AUTH_MAX_AGE_MS);
        if (!identity) throw unauthenticated("subscriptions must come through the gateway");
        requireScope(identity, "read");
        tenantId = identity.tenantId;
      }
      return followEvents(context.events, args, visibleTo(tenantId));
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
  return buildFederatedSubgraph({ resolvers: [OrderEventResolver] });
}

export async function buildOrdersSubgraph(options: { events: EventBus; logger: Logger; internalSecret?: string }) {
  const { schema, sdl } = await buildOrdersSchema();
  const server = createSubgraphServer<OrdersContext>({
    name: "orders",
    schema,
    logger: options.logger,
    internalSecret: options.internalSecret,
    context: ({ identity }) => ({ events: options.events, logger: options.logger, identity, internalSecret: options.internalSecret }),
  });
  return { server, sdl, close: () => server.close() };
}
