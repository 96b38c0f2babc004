// The order hub: every store's orders in one table (db/src/schema.ts `orders`), written by the pollers
// and read by the unified feed. Every query is scoped by tenant in SQL. Pages use keyset cursors on
// (created_at, id), so they stay stable while new orders arrive; totals are exact counts.
import { createHash } from "node:crypto";
import { type Db, orderEvents, orders, storeSync } from "@pazargraph/db";
import { type Order, OrderEventKind, type OrderEventPayload, type OrderStatus } from "@pazargraph/schema";
import { and, asc, count, desc, eq, gt, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { badInput } from "./errors.ts";
import { metrics } from "./metrics.ts";
import { escapeLike, foldTurkish, toIstanbulIso } from "./time.ts";

/** Any constant: the transaction lock under which event ids are handed out, so they grow in commit order. */
const EVENTS_LOCK = 724_012;

/**
 * The order as an event carries it: what a notification needs (number, status, lines, totals, the
 * buyer's name and city), none of the buyer's e-mail, phone, identity or tax number or street
 * address. Events are kept and fanned out widely; the order itself is one query away.
 */
export function eventOrder(order: Order): Order {
  const a = order.shippingAddress;
  return {
    ...order,
    customer: { id: order.customer?.id ?? null, name: order.customer?.name ?? null, email: null, phone: null },
    shippingAddress: a
      ? { name: a.name ?? null, city: a.city ?? null, district: a.district ?? null, phone: null, email: null, neighborhood: null, line: null, fullText: null }
      : null,
    billing: null,
  };
}

/** The order's lines and their statuses as one stable string: when it changes, the lines changed. */
export function linesKeyOf(order: Order): string {
  return order.lines
    .map((l) => `${l.id}=${l.status}`)
    .sort()
    .join(",");
}

const hashOf = (order: Order) => createHash("sha1").update(JSON.stringify(order)).digest("base64url");

export interface ApplyOptions {
  /**
   * Announce orders the hub did not have (CREATED), all or those the function picks. A store's first
   * sync only records what exists.
   */
  announce: boolean | ((order: Order) => boolean);
}

/** New orders a live read finds are announced when the poller would have announced them: created this recently. */
const ANNOUNCE_WINDOW_MS = 31 * 86_400_000;

export interface ApplyResult {
  /** Rows inserted or changed. */
  written: number;
  /** Events recorded with them. */
  events: number;
  /** Ids of the orders that were already there and unchanged. */
  unchanged: string[];
  /** Events recorded, by kind. */
  kinds: Record<string, number>;
}

export interface StoreSyncState {
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  ordersKnown: number;
  restCallsLastHour: number;
}

export interface SyncRecord {
  tenantId: string;
  storeId: string;
  marketplace: string;
  at: Date;
  /** Null when the poll succeeded. */
  error: string | null;
  /** Tiers that completed in this poll. */
  tiersDone: string[];
  restCalls: number;
}

export interface FeedFilter {
  marketplaces?: string[] | null;
  storeIds?: string[] | null;
  statuses?: OrderStatus[] | null;
  createdFrom?: string | null;
  createdTo?: string | null;
  updatedFrom?: string | null;
  updatedTo?: string | null;
  search?: string | null;
  /** true: orders with a line no catalogue product is matched to (by its store's listing of the line's product code); false: fully matched orders. */
  hasUnmatchedLines?: boolean | null;
}

export type FeedOrder = "CREATED_AT_DESC" | "CREATED_AT_ASC";

export const FEED_LIMITS = { maxFirst: 200, defaultFirst: 20, maxSearch: 200, maxListFilter: 100 } as const;

export interface FeedPage {
  items: Array<{ cursor: string; order: Order }>;
  /** The exact number of matching orders, counted only if awaited (GraphQL awaits it only when selected). */
  totalCount: PromiseLike<number>;
  hasNextPage: boolean;
}

const encode = (createdAt: Date, id: string) => Buffer.from(JSON.stringify([createdAt.toISOString(), id])).toString("base64url");

function decode(cursor: string): { createdAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as [string, string];
    const createdAt = new Date(at);
    if (typeof id !== "string" || Number.isNaN(createdAt.getTime())) throw new Error("bad");
    return { createdAt, id };
  } catch {
    throw badInput(`"after" is not a cursor of this feed: ${cursor.slice(0, 40)}`, "after");
  }
}

/** Orders exist between these instants; a bound outside them is a mistake, not a wider search. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const time = (value: string | null | undefined, argument: string) => {
  if (value == null) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw badInput(`${argument} is not a date-time`, argument);
  if (d.getTime() < EARLIEST || d.getTime() >= LATEST) throw badInput(`${argument} must be between 2000-01-01 and 2100-01-01`, argument);
  return d;
};

/** What the feed may search: the number, the buyer's name and the product names, folded. */
export function searchText(order: Order): string {
  return foldTurkish([order.number, order.customer?.name ?? "", ...order.lines.map((l) => l.productName ?? "")].join(" "));
}

/** A promise whose work starts when someone first awaits it. */
function lazy<T>(work: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | undefined;
  return {
    // biome-ignore lint/suspicious/noThenProperty: a thenable on purpose, so that GraphQL awaits it only when the field is selected
    then: (onFulfilled, onRejected) => {
      started ??= work();
      return started.then(onFulfilled, onRejected);
    },
  };
}

export class OrderHub {
  /** Stores known to have completed a poll (see hasSynced). */
  private readonly synced = new Set<string>();

  /** @param onEvents called after a commit that recorded events, with the newest id (wakes the relay). */
  constructor(
    private readonly db: Db,
    private readonly onEvents: (lastId: number) => void = () => {},
  ) {}

  /**
   * Writes orders of one store and the events their changes imply, in one transaction: each order is
   * compared with its previous row (locked), new and changed ones are written, and CREATED (when
   * `announce`), STATUS_CHANGED or LINES_CHANGED events go into `order_events` with the order's next
   * version. A crash before the commit leaves neither; after it, both. Writing the same read again
   * changes nothing and records nothing. Rows of another tenant are never touched.
   */
  async apply(tenantId: string, storeId: string, items: Order[], at: Date, options: ApplyOptions): Promise<ApplyResult> {
    const result = await this.db.transaction(async (tx) => {
      let written = 0;
      const unchanged: string[] = [];
      const events: Array<typeof orderEvents.$inferInsert> = [];
      const occurredAt = toIstanbulIso(at);
      for (let i = 0; i < items.length; i += 200) {
        const chunk = items.slice(i, i + 200);
        const previous = new Map(
          (
            await tx
              .select({ id: orders.id, status: orders.status, linesKey: orders.linesKey, version: orders.version, docHash: orders.docHash, updatedAt: orders.updatedAt })
              .from(orders)
              .where(
                and(
                  eq(orders.tenantId, tenantId),
                  inArray(
                    orders.id,
                    chunk.map((o) => o.id),
                  ),
                ),
              )
              .for("update")
          ).map((r) => [r.id, r]),
        );
        const rows: Array<typeof orders.$inferInsert> = [];
        const kinds = new Map<string, { kind: OrderEventKind; version: number; previousStatus: OrderStatus | null; order: Order }>();
        for (const o of chunk) {
          const before = previous.get(o.id);
          // A row written after this read began (a write through the graph) is newer than what the
          // read saw: writing the read back would flap the order to its old status and back.
          if (before && before.updatedAt > at) continue;
          const docHash = hashOf(o);
          if (before && before.docHash === docHash) {
            unchanged.push(o.id);
            continue;
          }
          const linesKey = linesKeyOf(o);
          let kind: OrderEventKind | null = null;
          const announce = typeof options.announce === "function" ? options.announce(o) : options.announce;
          if (!before) kind = announce ? OrderEventKind.CREATED : null;
          else if (before.status !== o.status) kind = OrderEventKind.STATUS_CHANGED;
          // A row from before lines were recorded ("") has no lines to compare.
          else if (before.linesKey && before.linesKey !== linesKey) kind = OrderEventKind.LINES_CHANGED;
          const version = (before?.version ?? 0) + (kind ? 1 : 0);
          if (kind) kinds.set(o.id, { kind, version, previousStatus: (before?.status as OrderStatus | undefined) ?? null, order: o });
          rows.push({
            id: o.id,
            tenantId,
            storeId,
            marketplace: o.marketplace,
            number: o.number,
            status: o.status,
            createdAt: new Date(o.createdAt),
            updatedAt: at,
            syncedAt: at,
            customerName: o.customer?.name ?? null,
            total: o.totals?.total?.amount ?? null,
            search: searchText(o),
            document: o as unknown,
            linesKey,
            version,
            docHash,
          });
        }
        if (!rows.length) continue;
        const done = await tx
          .insert(orders)
          .values(rows)
          .onConflictDoUpdate({
            target: orders.id,
            set: {
              status: sql`excluded.status`,
              updatedAt: sql`excluded.updated_at`,
              syncedAt: sql`excluded.synced_at`,
              customerName: sql`excluded.customer_name`,
              total: sql`excluded.total`,
              search: sql`excluded.search`,
              document: sql`excluded.document`,
              linesKey: sql`excluded.lines_key`,
              version: sql`excluded.version`,
              docHash: sql`excluded.doc_hash`,
            },
            // The same tenant's row only (an id is never taken over).
            setWhere: sql`${orders.tenantId} = excluded.tenant_id`,
          })
          .returning({ id: orders.id });
        written += done.length;
        for (const { id } of done) {
          const k = kinds.get(id);
          if (!k) continue;
          events.push({
            tenantId,
            storeId,
            orderId: id,
            version: k.version,
            kind: k.kind,
            occurredAt: at,
            payload: {
              kind: k.kind,
              tenantId,
              occurredAt,
              marketplace: k.order.marketplace,
              storeId,
              previousStatus: k.previousStatus,
              status: k.order.status,
              order: eventOrder(k.order),
            } satisfies OrderEventPayload,
          });
        }
      }
      let lastId = 0;
      let recorded = 0;
      const kinds: Record<string, number> = {};
      if (events.length) {
        // Ids in commit order: the relay reads "after n" and must never find an n-1 committed later.
        await tx.execute(sql`SELECT pg_advisory_xact_lock(${EVENTS_LOCK})`);
        for (let i = 0; i < events.length; i += 200) {
          const ids = await tx
            .insert(orderEvents)
            .values(events.slice(i, i + 200))
            .onConflictDoNothing()
            .returning({ id: orderEvents.id });
          recorded += ids.length;
          for (const r of ids) lastId = Math.max(lastId, r.id);
        }
        // Counted from what was inserted (a conflict, already recorded, is not counted again).
        if (recorded === events.length) for (const e of events) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
      }
      return { written, events: recorded, unchanged, lastId, kinds };
    });
    if (result.lastId) this.onEvents(result.lastId);
    for (const [kind, n] of Object.entries(result.kinds)) metrics.ordersEvents.inc({ marketplace: (items[0]?.marketplace ?? "unknown").toLowerCase(), kind }, n);
    return { written: result.written, events: result.events, unchanged: result.unchanged, kinds: result.kinds };
  }

  /** Writes orders without announcing new ones (seeding, imports): `apply` with announce off. */
  async upsert(tenantId: string, storeId: string, items: Order[], at: Date): Promise<number> {
    return (await this.apply(tenantId, storeId, items, at, { announce: false })).written;
  }

  /** Marks orders of a store as seen now (they did not change). */
  async touch(tenantId: string, ids: string[], at: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += 1000)
      await this.db
        .update(orders)
        .set({ syncedAt: at })
        .where(and(eq(orders.tenantId, tenantId), inArray(orders.id, ids.slice(i, i + 1000))));
  }

  /** Records one poll of a store: its outcome, the tiers it completed, its REST calls (kept per minute for an hour). */
  async recordSync(r: SyncRecord): Promise<void> {
    const minute = Math.floor(r.at.getTime() / 60_000);
    await this.db.transaction(async (tx) => {
      const [row] = await tx.select({ tiers: storeSync.tiers, calls: storeSync.calls }).from(storeSync).where(eq(storeSync.storeId, r.storeId)).for("update");
      const tiers = { ...((row?.tiers as Record<string, number> | undefined) ?? {}) };
      for (const t of r.tiersDone) tiers[t] = r.at.getTime();
      const calls = ((row?.calls as Array<[number, number]> | undefined) ?? []).filter(([m]) => m > minute - 60);
      const current = calls.find(([m]) => m === minute);
      if (current) current[1] += r.restCalls;
      else if (r.restCalls) calls.push([minute, r.restCalls]);
      const values = {
        storeId: r.storeId,
        tenantId: r.tenantId,
        marketplace: r.marketplace,
        lastAttemptAt: r.at,
        tiers,
        calls,
        // lastError is the latest attempt's, cleared by a success; lastErrorAt stays as history.
        ...(r.error === null ? { lastSuccessAt: r.at, lastError: null } : { lastError: r.error.slice(0, 500), lastErrorAt: r.at }),
      };
      await tx.insert(storeSync).values(values).onConflictDoUpdate({ target: storeSync.storeId, set: values });
    });
  }

  /** Whether a poll of the store ever succeeded (its first success reads the whole window). */
  async hasSynced(storeId: string): Promise<boolean> {
    // Once true, always true: every live read and write asks, so remember it instead of asking the database.
    if (this.synced.has(storeId)) return true;
    const [row] = await this.db.select({ at: storeSync.lastSuccessAt }).from(storeSync).where(eq(storeSync.storeId, storeId)).limit(1);
    if (row?.at) this.synced.add(storeId);
    return Boolean(row?.at);
  }

  /**
   * A write through the graph (accept, ship, cancel…) puts the order the marketplace answered into
   * the hub at once, and its event out, without waiting for the next poll. The marketplace write has
   * happened: a failure here is logged and left to the next poll, never turned into a failed write.
   */
  async writeThrough(tenantId: string, storeId: string, order: Order, onError: (err: unknown) => void): Promise<void> {
    try {
      await this.apply(tenantId, storeId, [order], new Date(), { announce: await this.hasSynced(storeId) });
    } catch (err) {
      onError(err);
    }
  }

  /**
   * What a live marketplace read returned (the marketplace namespaces' `orders` and `order`), put into
   * the hub before the references are returned, so the gateway resolves them to what was just read.
   * `at` is when the read began: rows written since (a write-through) are newer and are kept. A new
   * order is announced as the poller would have announced it; an old one is only recorded.
   */
  async observe(tenantId: string, storeId: string, items: Order[], at: Date): Promise<void> {
    if (!items.length) return;
    const synced = await this.hasSynced(storeId);
    await this.apply(tenantId, storeId, items, at, { announce: (o) => synced && Date.parse(o.createdAt) >= at.getTime() - ANNOUNCE_WINDOW_MS });
  }

  /** The orders of a tenant with these ids (any order; missing ones are left out). */
  async getMany(tenantId: string, ids: readonly string[]): Promise<Order[]> {
    if (!ids.length) return [];
    const rows = await this.db
      .select({ syncedAt: orders.syncedAt, document: orders.document })
      .from(orders)
      .where(and(eq(orders.tenantId, tenantId), inArray(orders.id, [...ids])));
    return rows.map((r) => this.toOrder(r));
  }

  /** When each tier of a store last completed (epoch ms); empty for a store never synced. */
  async syncTiers(storeId: string): Promise<Record<string, number> | null> {
    const [row] = await this.db.select({ tiers: storeSync.tiers }).from(storeSync).where(eq(storeSync.storeId, storeId)).limit(1);
    return row ? (row.tiers as Record<string, number>) : null;
  }

  /** A store's sync state as `Store.sync` shows it; null for a store never polled. */
  async syncState(tenantId: string, storeId: string, now = new Date()): Promise<StoreSyncState | null> {
    const [row] = await this.db
      .select()
      .from(storeSync)
      .where(and(eq(storeSync.tenantId, tenantId), eq(storeSync.storeId, storeId)))
      .limit(1);
    if (!row) return null;
    const minute = Math.floor(now.getTime() / 60_000);
    const calls = (row.calls as Array<[number, number]>).filter(([m]) => m > minute - 60).reduce((n, [, c]) => n + c, 0);
    return {
      lastAttemptAt: row.lastAttemptAt,
      lastSuccessAt: row.lastSuccessAt,
      lastError: row.lastError,
      lastErrorAt: row.lastErrorAt,
      ordersKnown: await this.countForStore(tenantId, storeId),
      restCallsLastHour: calls,
    };
  }

  /** How many orders the hub holds for a store. */
  async countForStore(tenantId: string, storeId: string): Promise<number> {
    const [row] = await this.db
      .select({ n: count() })
      .from(orders)
      .where(and(eq(orders.tenantId, tenantId), eq(orders.storeId, storeId)));
    return Number(row?.n ?? 0);
  }

  private where(tenantId: string, filter: FeedFilter | null | undefined): SQL {
    const f = filter ?? {};
    for (const [k, list] of [
      ["marketplaces", f.marketplaces],
      ["storeIds", f.storeIds],
      ["statuses", f.statuses],
    ] as const)
      if (list && list.length > FEED_LIMITS.maxListFilter) throw badInput(`filter.${k} takes at most ${FEED_LIMITS.maxListFilter} values`, `filter.${k}`);
    const createdFrom = time(f.createdFrom, "filter.createdFrom");
    const createdTo = time(f.createdTo, "filter.createdTo");
    const updatedFrom = time(f.updatedFrom, "filter.updatedFrom");
    const updatedTo = time(f.updatedTo, "filter.updatedTo");
    if (createdFrom && createdTo && createdFrom >= createdTo) throw badInput("filter.createdFrom must be before filter.createdTo", "filter.createdFrom");
    if (updatedFrom && updatedTo && updatedFrom >= updatedTo) throw badInput("filter.updatedFrom must be before filter.updatedTo", "filter.updatedFrom");
    const search = f.search?.trim();
    if (search && search.length > FEED_LIMITS.maxSearch) throw badInput(`filter.search is at most ${FEED_LIMITS.maxSearch} characters`, "filter.search");
    const parts: SQL[] = [eq(orders.tenantId, tenantId)];
    if (f.marketplaces?.length) parts.push(inArray(orders.marketplace, f.marketplaces));
    if (f.storeIds?.length) parts.push(inArray(orders.storeId, f.storeIds));
    if (f.statuses?.length) parts.push(inArray(orders.status, f.statuses));
    if (createdFrom) parts.push(gte(orders.createdAt, createdFrom));
    if (createdTo) parts.push(lt(orders.createdAt, createdTo));
    if (updatedFrom) parts.push(gte(orders.updatedAt, updatedFrom));
    if (updatedTo) parts.push(lt(orders.updatedAt, updatedTo));
    if (search) parts.push(sql`${orders.search} LIKE ${`%${escapeLike(foldTurkish(search))}%`} ESCAPE '\\'`);
    if (f.hasUnmatchedLines != null) {
      // A line is matched when its store's listing of the line's product code is matched to a catalogue product.
      const unmatched = sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${orders.document}->'lines') AS line
        WHERE NOT EXISTS (SELECT 1 FROM listings li WHERE li.tenant_id = ${orders.tenantId} AND li.store_id = ${orders.storeId}
          AND li.code = line->>'productCode' AND li.product_id IS NOT NULL))`;
      parts.push(f.hasUnmatchedLines ? unmatched : sql`NOT ${unmatched}`);
    }
    return and(...parts) as SQL;
  }

  private toOrder(row: { document: unknown; syncedAt: Date }): Order {
    return { ...(row.document as Order), syncedAt: toIstanbulIso(row.syncedAt) };
  }

  /**
   * A page of the feed. `light`: the caller needs only the indexed columns (id, number, status,
   * marketplace, store, createdAt, syncedAt), so the documents are not read — most of a page's cost.
   */
  async list(
    tenantId: string,
    filter: FeedFilter | null | undefined,
    orderBy: FeedOrder,
    first: number | null | undefined,
    after: string | null | undefined,
    options: { light?: boolean } = {},
  ): Promise<FeedPage> {
    const n = first ?? FEED_LIMITS.defaultFirst;
    if (!Number.isInteger(n) || n < 1 || n > FEED_LIMITS.maxFirst) throw badInput(`"first" must be between 1 and ${FEED_LIMITS.maxFirst}; got ${n}`, "first");
    const base = this.where(tenantId, filter);
    const descending = orderBy !== "CREATED_AT_ASC";
    let page = base;
    if (after) {
      const c = decode(after);
      const beyond = descending
        ? or(lt(orders.createdAt, c.createdAt), and(eq(orders.createdAt, c.createdAt), lt(orders.id, c.id)))
        : or(gt(orders.createdAt, c.createdAt), and(eq(orders.createdAt, c.createdAt), gt(orders.id, c.id)));
      page = and(base, beyond) as SQL;
    }
    const sorted = descending ? [desc(orders.createdAt), desc(orders.id)] : [asc(orders.createdAt), asc(orders.id)];
    const items = options.light
      ? (
          await this.db
            .select({
              id: orders.id,
              createdAt: orders.createdAt,
              syncedAt: orders.syncedAt,
              number: orders.number,
              status: orders.status,
              marketplace: orders.marketplace,
              storeId: orders.storeId,
              // The order's own createdAt text (its time zone and precision), not a re-rendering.
              createdAtText: sql<string>`${orders.document}->>'createdAt'`,
            })
            .from(orders)
            .where(page)
            .orderBy(...sorted)
            .limit(n + 1)
        ).map((r) => ({
          cursorAt: r.createdAt,
          id: r.id,
          order: {
            id: r.id,
            number: r.number,
            status: r.status,
            marketplace: r.marketplace,
            store: { id: r.storeId },
            createdAt: r.createdAtText,
            syncedAt: toIstanbulIso(r.syncedAt),
          } as unknown as Order,
        }))
      : (
          await this.db
            .select({ id: orders.id, createdAt: orders.createdAt, syncedAt: orders.syncedAt, document: orders.document })
            .from(orders)
            .where(page)
            .orderBy(...sorted)
            .limit(n + 1)
        ).map((r) => ({ cursorAt: r.createdAt, id: r.id, order: this.toOrder(r) }));
    return {
      items: items.slice(0, n).map((r) => ({ cursor: encode(r.cursorAt, r.id), order: r.order })),
      // Counted only when asked for: an exact count costs a scan of the tenant's matching orders.
      totalCount: lazy(() => this.count(base)),
      hasNextPage: items.length > n,
    };
  }

  private async count(where: SQL): Promise<number> {
    const [total] = await this.db.select({ n: count() }).from(orders).where(where);
    return Number(total?.n ?? 0);
  }

  async get(tenantId: string, id: string): Promise<Order | null> {
    const [row] = await this.db
      .select({ syncedAt: orders.syncedAt, document: orders.document })
      .from(orders)
      .where(and(eq(orders.tenantId, tenantId), eq(orders.id, id)))
      .limit(1);
    return row ? this.toOrder(row) : null;
  }

  async counts(tenantId: string, filter: FeedFilter | null | undefined): Promise<Array<{ status: OrderStatus; count: number }>> {
    const rows = await this.db.select({ status: orders.status, n: count() }).from(orders).where(this.where(tenantId, filter)).groupBy(orders.status).orderBy(orders.status);
    return rows.map((r) => ({ status: r.status as OrderStatus, count: Number(r.n) }));
  }
}
