// Publishing prices (publishPrices): the catalogue works out each matched listing's price from its
// store's price list and markup and asks, on the event bus, the marketplace subgraph serving the store
// to send them; that subgraph sends each through its marketplace's own price write (one replica per
// request, by a lease), keeps what it sent and whether it was taken on the listing, and answers with
// the per-listing results on the same stream. The catalogue waits for that answer for a while; what has
// not answered by then goes on in the background and shows on the listings.
import type { ListingRecord } from "./catalogue.ts";
import { mapLimit } from "./paging.ts";
import { type EventBus, LIVE } from "./ports/index.ts";
import type { StockPushOptions } from "./stock-push.ts";

export const PRICE_STREAM = "catalogue.prices";

export interface PriceItem {
  listingId: string;
  /** A decimal string with 2 places. */
  amount: string;
}

export interface PriceRequest {
  kind: "request";
  requestId: string;
  tenantId: string;
  storeId: string;
  marketplace: string;
  items: PriceItem[];
}

export interface PricePushResult extends PriceItem {
  /** null: the marketplace took it; else its error. */
  error: string | null;
}

interface PriceResults {
  kind: "results";
  requestId: string;
  results: PricePushResult[];
}

type PriceEvent = PriceRequest | PriceResults;

/** Writes one listing's price (sale and list price alike) at its marketplace. */
export type PriceSink<S> = (store: S, listing: ListingRecord, amount: string) => Promise<unknown>;

export type PricePushOptions<S> = Omit<StockPushOptions<S>, "sink"> & { sink: PriceSink<S> };

/** Sends the requests for this marketplace's stores until the signal aborts; resolves when it stops and the ones under way are done. */
export async function followPriceRequests<S>(options: PricePushOptions<S>, signal: AbortSignal): Promise<void> {
  const running = new Set<Promise<unknown>>();
  try {
    for await (const e of options.events.subscribe<PriceEvent>(PRICE_STREAM, LIVE, signal)) {
      const r = e.payload;
      if (r.kind !== "request" || r.marketplace !== options.marketplace || !options.store(r.storeId)) continue;
      // A large request does not hold up the next one.
      const job = pushPrices(options, r)
        .catch((err) => options.logger.warn({ error: (err as Error).message, requestId: r.requestId }, "price push failed"))
        .finally(() => running.delete(job));
      running.add(job);
    }
  } finally {
    await Promise.allSettled(running);
  }
}

/** Sends one request's prices (null when another replica has it) and answers with the results. */
export async function pushPrices<S>(options: PricePushOptions<S>, request: PriceRequest): Promise<PricePushResult[] | null> {
  const store = options.store(request.storeId);
  if (!store) return null;
  const token = await options.lock.acquire(`pricepush:${request.requestId}`, 600_000);
  if (!token) return null;
  const byId = new Map(
    (
      await options.catalogue.listingsByIds(
        request.tenantId,
        request.items.map((i) => i.listingId),
      )
    ).map((l) => [l.id, l]),
  );
  const results = await mapLimit(request.items, 4, async (item): Promise<PricePushResult> => {
    const listing = byId.get(item.listingId);
    if (!listing || listing.storeId !== request.storeId) return { ...item, error: "the listing is gone from the store" };
    let error: string | null = null;
    try {
      await options.sink(store.handle, listing, item.amount);
    } catch (err) {
      error = (err as Error).message;
    }
    await options.catalogue.recordPricePush(request.tenantId, listing.id, item.amount, error);
    options.logger.info({ listingId: listing.id, amount: item.amount, error }, error ? "price refused" : "price sent");
    return { ...item, error };
  });
  await options.events.publish(PRICE_STREAM, { kind: "results", requestId: request.requestId, results } satisfies PriceResults);
  return results;
}

/**
 * Asks the marketplace subgraph to send the prices and waits up to `waitMs` for its answer: the
 * results, or null when none came in time (the push goes on; the listings show how it went).
 */
export async function requestPrices(events: EventBus, request: Omit<PriceRequest, "kind">, waitMs: number): Promise<PricePushResult[] | null> {
  const id = await events.publish(PRICE_STREAM, { kind: "request", ...request } satisfies PriceRequest);
  const waiting = new AbortController();
  const timer = setTimeout(() => waiting.abort(), waitMs);
  try {
    // From the request on: the answer cannot slip past between publishing and listening.
    for await (const e of events.subscribe<PriceEvent>(PRICE_STREAM, id, waiting.signal))
      if (e.payload.kind === "results" && e.payload.requestId === request.requestId) return e.payload.results;
  } catch (err) {
    if (!waiting.signal.aborted) throw err;
  } finally {
    clearTimeout(timer);
    waiting.abort();
  }
  return null;
}
