// The graph's supplier operations: accounts (connect, list, sync now), and supplier orders for
// marketplace orders (place, and Order.supplierOrder read back from the distributor while it moves).
import { badInput, notFound } from "@pazargraph/runtime";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { type CatalogueContext, lineMatchesOf, ownOrder, tenantOf } from "../context.ts";
import { CatalogueOrderRef } from "../schema.ts";
import { SupplierService } from "./service.ts";
import type { SupplierOrderLine, SupplierOrderRecord, SupplierRecord, SyncReport } from "./store.ts";
import { Supplier, SupplierInput, SupplierKindName, SupplierOrder, type SupplierOrderStatus } from "./types.ts";

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

function toSupplier(ctx: CatalogueContext, r: SupplierRecord): Supplier {
  const kind = ctx.supplierService.kindOf(r);
  const report = r.lastSyncReport as SyncReport | null;
  return {
    id: r.id,
    name: r.name,
    kind: r.kind.toUpperCase() as SupplierKindName,
    testMode: r.testMode,
    active: r.active,
    hasToken: r.credentials != null,
    warehouses: Object.entries(kind.places).map(([code, name]) => ({ code, name, warehouse: kind.warehouseOf(code) })),
    priceLists: (["DEALER", "END_USER", "SPECIAL"] as const).map((l) => kind.priceListOf(l)),
    sync: {
      lastStartedAt: r.lastSyncStartedAt?.toISOString() ?? null,
      lastAt: r.lastSyncAt?.toISOString() ?? null,
      lastError: r.lastSyncError,
      full: report?.full ?? null,
      read: report?.read ?? null,
      created: report?.created ?? null,
      updated: report?.updated ?? null,
      skipped: report?.skipped ?? null,
      problems: report?.problems ?? [],
    },
  };
}

function toSupplierOrder(r: SupplierOrderRecord): SupplierOrder {
  return {
    id: r.id,
    supplierId: r.supplierId,
    warehouse: r.warehouse,
    status: r.status as SupplierOrderStatus,
    supplierOrderId: r.supplierOrderId,
    lines: r.lines as SupplierOrderLine[],
    cargoCompany: r.cargoCompany,
    trackingNumber: r.trackingNumber,
    error: r.error,
    placedAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    checkedAt: r.checkedAt?.toISOString() ?? null,
  };
}

async function ownSupplier(ctx: CatalogueContext, tenantId: string, id: string): Promise<SupplierRecord> {
  const r = await ctx.suppliers.get(tenantId, id);
  if (!r) throw notFound(`no supplier with id "${id}"`);
  return r;
}

@Resolver(() => Supplier)
export class SupplierResolver {
  @Query(() => [Supplier], { description: "The tenant's distributor accounts and their feeds' state." })
  async suppliers(@Ctx() ctx: CatalogueContext): Promise<Supplier[]> {
    return (await ctx.suppliers.list(tenantOf(ctx, "read"))).map((r) => toSupplier(ctx, r));
  }

  @Mutation(() => Supplier, {
    description: "Adds or changes a distributor account (its token sealed, never returned). Its feed is read at the next round, or now with syncSupplier.",
  })
  async connectSupplier(@Ctx() ctx: CatalogueContext, @Arg("input", () => SupplierInput) input: SupplierInput): Promise<Supplier> {
    const tenantId = tenantOf(ctx, "admin");
    if (!ID_PATTERN.test(input.id)) throw badInput("id: lowercase letters, digits and '-', 1 to 63, starting with a letter or digit", "input.id");
    if (!input.name.trim() || input.name.length > 100) throw badInput("name: 1 to 100 characters", "input.name");
    if (input.token != null && (!input.token.trim() || input.token.length > 500 || /\s/.test(input.token)))
      throw badInput("token: 1 to 500 characters without spaces", "input.token");
    const r = await ctx.suppliers.save(tenantId, {
      id: input.id,
      kind: input.kind.toLowerCase(),
      name: input.name.trim(),
      testMode: input.testMode,
      baseUrl: null,
      token: input.token,
      active: input.active ?? undefined,
    });
    if (!r) throw badInput(`the id "${input.id}" is taken; choose another`, "input.id");
    ctx.logger.info({ tenantId, supplierId: r.id }, "supplier account saved");
    return toSupplier(ctx, r);
  }

  @Mutation(() => Supplier, {
    description:
      "Reads the supplier's feed into the catalogue now: what changed since the last read's day, or everything with full: true. Products are linked by the supplier's code, else the same code, else the same barcode; their supplier stocks and price lists are replaced, the seller's own are not touched.",
  })
  async syncSupplier(
    @Ctx() ctx: CatalogueContext,
    @Arg("supplierId", () => ID) supplierId: string,
    @Arg("full", () => Boolean, { defaultValue: false }) full: boolean,
  ): Promise<Supplier> {
    const tenantId = tenantOf(ctx, "write");
    const r = await ownSupplier(ctx, tenantId, supplierId);
    if (!r.active) throw badInput("the supplier account is not active", "supplierId");
    await ctx.supplierService.syncNow(r, full); // null: a replica is reading it now; the state says when it ends
    return toSupplier(ctx, (await ctx.suppliers.get(tenantId, supplierId)) as SupplierRecord);
  }
}

@Resolver(() => CatalogueOrderRef)
export class SupplierOrderResolver {
  @FieldResolver(() => SupplierOrder, {
    nullable: true,
    description:
      "The purchase order placed with a distributor for this order (placeSupplierOrder), with its status there as the tracker last read it (every minute while it moves).",
  })
  async supplierOrder(@Root() ref: CatalogueOrderRef, @Ctx() ctx: CatalogueContext): Promise<SupplierOrder | null> {
    tenantOf(ctx, "read");
    // As the tracker last read it (checkedAt says when): a read never calls the distributor, so a feed
    // page of orders costs one query, not a call per order.
    const row = await ctx.supplierOrders?.load(ref.id);
    return row ? toSupplierOrder(row) : null;
  }

  @Mutation(() => SupplierOrder, {
    description:
      "Orders the goods of a marketplace order from a distributor's storage place (warehouse, e.g. \"2011\"). Every line must be matched to a catalogue product from that supplier's feed: with any line unmatched, nothing is ordered (BAD_USER_INPUT). Placing it again returns the same supplier order; a refused one may be placed again.",
  })
  async placeSupplierOrder(
    @Ctx() ctx: CatalogueContext,
    @Arg("orderId", () => ID) orderId: string,
    @Arg("warehouse", () => String) warehouse: string,
    @Arg("supplierId", () => ID, { nullable: true, description: "The account to order from; may be left out when the tenant has one active account." }) supplierId?: string,
  ): Promise<SupplierOrder> {
    const tenantId = tenantOf(ctx, "write");
    if (warehouse.length > 20) throw badInput("warehouse: a storage place code", "warehouse");
    const order = await ownOrder(ctx, tenantId, orderId);
    let supplier: SupplierRecord;
    if (supplierId) supplier = await ownSupplier(ctx, tenantId, supplierId);
    else {
      const active = (await ctx.suppliers.list(tenantId)).filter((s) => s.active);
      if (active.length !== 1)
        throw badInput(active.length ? "name the supplier: the tenant has several" : "the tenant has no supplier account; add one with connectSupplier", "supplierId");
      supplier = active[0];
    }
    if (!supplier.active) throw badInput("the supplier account is not active", "supplierId");
    const matches = await lineMatchesOf(ctx, tenantId, order);
    const products = new Map(
      (
        await ctx.catalogue.byIds(
          tenantId,
          matches.flatMap((m) => (m.productId ? [m.productId] : [])),
        )
      ).map((p) => [p.id, p]),
    );
    const byLine = new Map(matches.map((m) => [m.lineId, m.productId ? (products.get(m.productId) ?? null) : null]));
    const lines = SupplierService.linesFor(order, byLine, supplier.id);
    const row = await ctx.supplierService.place(supplier, order.id, warehouse.trim(), lines);
    ctx.logger.info({ tenantId, orderId: order.id, supplierId: supplier.id, supplierOrder: row.id, status: row.status }, "supplier order");
    return toSupplierOrder(row);
  }
}
