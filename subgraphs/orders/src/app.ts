// The orders subgraph: the cross-marketplace order feed. `orderEvents` streams what the pollers
// append to the event stream, filtered, resuming after a cursor so a reconnecting client loses
// nothing; `orderEventHistory` reads the same stream over HTTP.
import { badInput, buildFederatedSubgraph, createSubgraphServer, type EventBus, isEventId, type Logger, type StoredEvent } from "@pazargraph/runtime";
import { ORDER_EVENTS_STREAM, OrderEvent, OrderEventFilter, type OrderEventPayload } from "@pazargraph/schema";
import type { SubscribeResolverData } from "type-graphql";
import { Arg, Ctx, ID, Int, Query, Resolver, Root, Subscription } from "type-graphql";

export interface OrdersContext {
  events: EventBus;
  logger: Logger;
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
}

async function* followEvents(events: EventBus, args: EventArgs): AsyncGenerator<OrderEvent> {
  const abort = new AbortController();
  try {
    for await (const e of events.subscribe<OrderEventPayload>(ORDER_EVENTS_STREAM, args.after ?? null, abort.signal)) {
      if (matchesFilter(e.payload, args.filter)) yield toEvent(e);
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
        if (matchesFilter(e.payload, filter)) out.push(toEvent(e));
        if (out.length === n) return out;
      }
      if (page.length < 500) return out;
    }
  }

  @Subscription(() => OrderEvent, {
    description: "New orders and status changes as the pollers see them. Pass `after` (the last id you got) to resume without gaps.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, EventArgs, OrdersContext>) => {
      checkCursor(args.after);
      return followEvents(context.events, args);
    },
  })
  orderEvents(
    @Root() event: OrderEvent,
    @Arg("filter", () => OrderEventFilter, { nullable: true }) _filter?: OrderEventFilter,
    @Arg("after", () => ID, { nullable: true }) _after?: string,
  ): OrderEvent {
    return event;
  }
}

export async function buildOrdersSchema() {
  return buildFederatedSubgraph({ resolvers: [OrderEventResolver] });
}

export async function buildOrdersSubgraph(options: { events: EventBus; logger: Logger }) {
  const { schema, sdl } = await buildOrdersSchema();
  const server = createSubgraphServer<OrdersContext>({ name: "orders", schema, logger: options.logger, context: () => ({ events: options.events, logger: options.logger }) });
  return { server, sdl, close: () => server.close() };
}
