// The order hub: every store's orders in one table (db/src/schema.ts `orders`), written by the pollers
// and read by the unified feed. Every query is scoped by tenant in SQL. Pages use keyset cursors on
// (created_at, id), so they stay stable while new orders arrive; totals are exact counts.
import { type Db, orders } from "@pazargraph/db";
import type { Order, OrderStatus } from "@pazargraph/schema";
import { and, asc, count, desc, eq, gt, gte, inArray, lt, or, type SQL, sql } from "drizzle-orm";
import { badInput } from "./errors.ts";
import { foldTurkish, toIstanbulIso } from "./time.ts";

export interface FeedFilter {
  marketplaces?: string[] | null;
  storeIds?: string[] | null;
  statuses?: OrderStatus[] | null;
  createdFrom?: string | null;
  createdTo?: string | null;
  updatedFrom?: string | null;
  updatedTo?: string | null;
  search?: string | null;
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

const time = (value: string | null | undefined, argument: string) => {
  if (value == null) return undefined;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw badInput(`${argument} is not a date-time`, argument);
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

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class OrderHub {
  constructor(private readonly db: Db) {}

  /**
   * Writes orders of one store: new ones and changed ones (the document differs) are written with
   * `updated_at`, all of them get `synced_at`. Returns how many rows changed.
   */
  async upsert(tenantId: string, storeId: string, items: Order[], at: Date): Promise<number> {
    let changed = 0;
    for (let i = 0; i < items.length; i += 200) {
      const rows = items.slice(i, i + 200).map((o) => ({
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
      }));
      const written = await this.db
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
          },
          // Only what changed; the same tenant's row only.
          setWhere: sql`${orders.document} IS DISTINCT FROM excluded.document AND ${orders.tenantId} = excluded.tenant_id`,
        })
        .returning({ id: orders.id });
      changed += written.length;
    }
    return changed;
  }

  /** Marks orders of a store as seen now (they did not change). */
  async touch(tenantId: string, ids: string[], at: Date): Promise<void> {
    for (let i = 0; i < ids.length; i += 1000)
      await this.db
        .update(orders)
        .set({ syncedAt: at })
        .where(and(eq(orders.tenantId, tenantId), inArray(orders.id, ids.slice(i, i + 1000))));
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
    return and(...parts) as SQL;
  }

  private toOrder(row: { document: unknown; syncedAt: Date }): Order {
    return { ...(row.document as Order), syncedAt: toIstanbulIso(row.syncedAt) };
  }

  async list(tenantId: string, filter: FeedFilter | null | undefined, orderBy: FeedOrder, first: number | null | undefined, after: string | null | undefined): Promise<FeedPage> {
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
    const rows = await this.db
      .select({ id: orders.id, createdAt: orders.createdAt, syncedAt: orders.syncedAt, document: orders.document })
      .from(orders)
      .where(page)
      .orderBy(...(descending ? [desc(orders.createdAt), desc(orders.id)] : [asc(orders.createdAt), asc(orders.id)]))
      .limit(n + 1);
    return {
      items: rows.slice(0, n).map((r) => ({ cursor: encode(r.createdAt, r.id), order: this.toOrder(r) })),
      // Counted only when asked for: an exact count costs a scan of the tenant's matching orders.
      totalCount: lazy(() => this.count(base)),
      hasNextPage: rows.length > n,
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
