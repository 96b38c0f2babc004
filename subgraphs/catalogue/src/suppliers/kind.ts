// What a supplier (distributor) API gives the catalogue, whatever its shape: its products a page at a
// time (all, or those changed since a day), and dealer orders — placed idempotently by the dealer's own
// reference, and read back for tracking. Penta is the one kind so far (penta.ts).
import type { Logger } from "@pazargraph/runtime";

/** One distributor product as the catalogue keeps it. */
export interface SupplierItem {
  /** The distributor's product code. */
  code: string;
  name: string;
  barcode: string | null;
  brand: string | null;
  vatRate: number | null;
  /** Named prices (dealer, end user, special), decimal strings with 2 places, in their currency. */
  prices: Array<{ list: "DEALER" | "END_USER" | "SPECIAL"; amount: string; currency: string }>;
  /** Units per storage place (a lower bound where the distributor writes "200+"). */
  stocks: Array<{ place: string; quantity: number }>;
}

export type SupplierOrderState = "RECEIVED" | "PREPARING" | "SHIPPED" | "DELIVERED" | "CANCELLED" | "UNKNOWN";

export interface SupplierOrderView {
  supplierOrderId: string;
  reference: string;
  status: SupplierOrderState;
  /** The distributor's own status word, kept when it is one we do not know. */
  rawStatus: string;
  cargo: { company: string; trackingNumber: string } | null;
}

export interface SupplierClient {
  /** Pages of products (all, or changed on or after `since`'s day), with rows the mapper could not read counted. */
  products(since: Date | null): AsyncGenerator<{ items: SupplierItem[]; skipped: Array<{ code: string | null; problem: string }> }>;
  /** Places an order; the same reference again is the same order. */
  placeOrder(reference: string, place: string, lines: Array<{ code: string; quantity: number }>): Promise<SupplierOrderView>;
  order(supplierOrderId: string): Promise<SupplierOrderView>;
  close(): Promise<void>;
}

export interface SupplierKind {
  kind: string;
  displayName: string;
  /** Where the real API is. */
  productionUrl: string;
  /** Storage places orders may come from: code → name. */
  places: Readonly<Record<string, string>>;
  /** The catalogue warehouse a storage place's stock is kept under, e.g. "Penta 2011". */
  warehouseOf(place: string): string;
  /** The catalogue price list each named price is kept under, e.g. "Penta Bayi". */
  priceListOf(list: SupplierItem["prices"][number]["list"]): string;
  client(options: { baseUrl: string; token: string; timeoutMs?: number; callDeadlineMs?: number; retries?: number; logger?: Logger }): SupplierClient;
}
