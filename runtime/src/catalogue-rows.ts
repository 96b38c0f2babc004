// What a catalogue row is, before the store writes it: the product and listing shapes, the limits, the
// check of one product row (each problem naming its field), the name key matching compares, and a new
// product's row. catalogue.ts (the store) re-exports it.
import { randomUUID } from "node:crypto";
import type { catalogueProducts, listings } from "@pazargraph/db";
import { foldTurkish } from "./time.ts";

export const CATALOGUE_LIMITS = {
  codeMax: 64,
  barcodeMax: 64,
  nameMax: 300,
  brandMax: 100,
  warehouseMax: 100,
  priceListMax: 100,
  rowsPerBatch: 1000,
  maxQuantity: 10_000_000,
  maxAmount: 999_999_999.99,
} as const;

export type MatchReason = "BARCODE" | "CODE" | "NAME" | "MANUAL";

export interface CatalogueProductRow {
  code: string;
  barcode?: string | null;
  name: string;
  brand?: string | null;
  vatRate?: number | null;
  /** A decimal string with at most 2 decimals. */
  cost?: string | null;
  stocks?: Array<{ warehouse: string; quantity: number }> | null;
  prices?: Array<{ priceList: string; amount: string }> | null;
}

export interface CatalogueProductRecord {
  id: string;
  tenantId: string;
  code: string;
  barcode: string | null;
  name: string;
  brand: string | null;
  vatRate: number | null;
  cost: string | null;
  /** The supplier account whose feed keeps this product's supplier prices and stocks, and its code there. */
  supplierId: string | null;
  supplierCode: string | null;
  createdAt: Date;
  updatedAt: Date;
  stocks: Array<{ warehouse: string; quantity: number }>;
  prices: Array<{ priceList: string; amount: string; currency: string }>;
}

export interface RowError {
  index: number;
  code: string | null;
  message: string;
  /** The field at fault, e.g. `products.3.prices.0.amount`. */
  argument: string;
}

export type ListingRecord = typeof listings.$inferSelect;

const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;
/** The name as matching compares it: Turkish-folded, punctuation gone, spaces collapsed. */
export const nameKey = (name: string) =>
  foldTurkish(name)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** A new product row (its id fresh; an upsert by code keeps the existing one's). */
export function productRow(
  tenantId: string,
  r: { code: string; name: string; barcode?: string | null; brand?: string | null; vatRate?: number | null; cost?: string | null },
  at: Date,
): typeof catalogueProducts.$inferInsert {
  return {
    id: randomUUID(),
    tenantId,
    code: r.code.trim(),
    barcode: r.barcode?.trim() || null,
    name: r.name.trim(),
    nameKey: nameKey(r.name),
    brand: r.brand?.trim() || null,
    vatRate: r.vatRate ?? null,
    cost: r.cost ?? null,
    createdAt: at,
    updatedAt: at,
  };
}

/** Checks one row; the errors name the field. */
export function checkProductRow(row: CatalogueProductRow, index: number, path = "products"): RowError[] {
  const at = (f: string) => `${path}.${index}.${f}`;
  const errors: RowError[] = [];
  const code = typeof row.code === "string" ? row.code.trim() : "";
  const fail = (field: string, message: string) => errors.push({ index, code: code || null, message, argument: at(field) });
  const L = CATALOGUE_LIMITS;
  if (!code || code.length > L.codeMax || /\s/.test(code)) fail("code", `code: 1 to ${L.codeMax} characters without spaces`);
  if (row.barcode != null && (!row.barcode.trim() || row.barcode.length > L.barcodeMax)) fail("barcode", `barcode: 1 to ${L.barcodeMax} characters`);
  if (!row.name?.trim() || row.name.length > L.nameMax) fail("name", `name: 1 to ${L.nameMax} characters`);
  if (row.brand != null && row.brand.length > L.brandMax) fail("brand", `brand: at most ${L.brandMax} characters`);
  if (row.vatRate != null && (!Number.isInteger(row.vatRate) || row.vatRate < 0 || row.vatRate > 100)) fail("vatRate", "vatRate: a whole percent from 0 to 100");
  if (row.cost != null && !AMOUNT.test(row.cost)) fail("cost", "cost: a non-negative amount with at most 2 decimals");
  const warehouses = new Set<string>();
  for (const [k, s] of (row.stocks ?? []).entries()) {
    if (!s.warehouse?.trim() || s.warehouse.length > L.warehouseMax) fail(`stocks.${k}.warehouse`, `warehouse: 1 to ${L.warehouseMax} characters`);
    else if (warehouses.has(s.warehouse.trim())) fail(`stocks.${k}.warehouse`, `warehouse "${s.warehouse}" appears twice`);
    warehouses.add(s.warehouse?.trim());
    if (!Number.isInteger(s.quantity) || s.quantity < 0 || s.quantity > L.maxQuantity) fail(`stocks.${k}.quantity`, `quantity: a whole number from 0 to ${L.maxQuantity}`);
  }
  const lists = new Set<string>();
  for (const [k, p] of (row.prices ?? []).entries()) {
    if (!p.priceList?.trim() || p.priceList.length > L.priceListMax) fail(`prices.${k}.priceList`, `priceList: 1 to ${L.priceListMax} characters`);
    else if (lists.has(p.priceList.trim())) fail(`prices.${k}.priceList`, `price list "${p.priceList}" appears twice`);
    lists.add(p.priceList?.trim());
    if (!AMOUNT.test(p.amount ?? "")) fail(`prices.${k}.amount`, "amount: a non-negative amount with at most 2 decimals");
  }
  return errors;
}
