// Penta's dealer API as the sandbox (sandbox/src/penta) models it from the one public trace of it:
// GET /api/products with the token raw in Authorization, ProductType 3 (hardware and licences),
// FieldsKey all-fields, UpdateDate D.MM.YYYY, 1-based Page and PageSize ≤ 500, answered { data,
// pageCount }; stock per storage place as text ("200+" read as 200, a lower bound), 2011 the external
// warehouse; prices in "TL" (ISO TRY). The order endpoints are this product's assumption (no public
// source): POST /api/orders with the dealer's reference (idempotent by it), GET /api/orders/:id.
import { createRestClient, currencyCode, fromDouble, toIstanbulIso } from "@pazargraph/runtime";
import type { SupplierClient, SupplierItem, SupplierKind, SupplierOrderState, SupplierOrderView } from "./kind.ts";

export const PENTA_PAGE_SIZE = 500;
const STATES: readonly string[] = ["RECEIVED", "PREPARING", "SHIPPED", "DELIVERED", "CANCELLED"];

interface PentaRow {
  productID?: unknown;
  description?: unknown;
  ean?: unknown;
  vatRate?: unknown;
  exMaterialGroupValue?: unknown;
  price?: Record<string, unknown> | null;
  storageStocks?: Array<{ storagePlace?: unknown; stock?: unknown }> | null;
}

interface PentaOrder {
  orderID: string;
  reference: string;
  status: string;
  cargo: { company: string; trackingNumber: string } | null;
}

/** "12" → 12, "200+" → 200 (at least), anything else null. */
export function parsePentaStock(text: unknown): number | null {
  const m = /^\s*(\d{1,7})\s*\+?\s*$/.exec(String(text ?? ""));
  return m ? Number(m[1]) : null;
}

/** D.MM.YYYY of the Istanbul day an instant falls on (the UpdateDate filter). */
export function pentaDay(at: Date): string {
  const [y, m, d] = toIstanbulIso(at).slice(0, 10).split("-");
  return `${Number(d)}.${m}.${y}`;
}

/** One product row; a problem instead when it cannot be read (the rest of the page still is). */
export function mapPentaRow(row: PentaRow): SupplierItem | { code: string | null; problem: string } {
  const code = typeof row.productID === "string" && row.productID.trim() ? row.productID.trim() : null;
  if (!code || code.length > 64) return { code, problem: "no productID" };
  const name = typeof row.description === "string" ? row.description.trim() : "";
  if (!name) return { code, problem: "no description" };
  const prices: SupplierItem["prices"] = [];
  const price = (key: string, list: SupplierItem["prices"][number]["list"]) => {
    const v = row.price?.[key];
    if (v === null || v === undefined) return true;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || v > 999_999_999) return false;
    prices.push({ list, amount: fromDouble(v), currency: currencyCode(String(row.price?.[`${key}Currency`] ?? "TL")) });
    return true;
  };
  if (!price("customerPrice", "DEALER") || !price("endUserPrice", "END_USER") || !price("specialPrice", "SPECIAL")) return { code, problem: "a price is not a number" };
  const stocks: SupplierItem["stocks"] = [];
  for (const s of row.storageStocks ?? []) {
    const q = parsePentaStock(s.stock);
    if (typeof s.storagePlace !== "string" || q === null) return { code, problem: `unreadable stock ${JSON.stringify(s)}` };
    stocks.push({ place: s.storagePlace, quantity: q });
  }
  const vat = typeof row.vatRate === "number" && Number.isInteger(row.vatRate) && row.vatRate >= 0 && row.vatRate <= 100 ? row.vatRate : null;
  return {
    code,
    name: name.slice(0, 300),
    barcode: typeof row.ean === "string" && row.ean.trim() ? row.ean.trim() : null,
    brand: typeof row.exMaterialGroupValue === "string" ? row.exMaterialGroupValue.slice(0, 100) : null,
    vatRate: vat,
    prices,
    stocks,
  };
}

function orderView(o: PentaOrder): SupplierOrderView {
  return {
    supplierOrderId: o.orderID,
    reference: o.reference,
    status: (STATES.includes(o.status) ? o.status : "UNKNOWN") as SupplierOrderState,
    rawStatus: o.status,
    cargo: o.cargo ?? null,
  };
}

const PLACES = { "2001": "İstanbul Merkez Depo", "2002": "Ankara Depo", "2011": "Dış Depo" } as const;
const LISTS = { DEALER: "Penta Bayi", END_USER: "Penta Son Kullanıcı", SPECIAL: "Penta Özel" } as const;

export const penta: SupplierKind = {
  kind: "penta",
  displayName: "Penta",
  productionUrl: "https://api.penta.com.tr",
  places: PLACES,
  warehouseOf: (place) => `Penta ${place}`,
  priceListOf: (list) => LISTS[list],
  client(options): SupplierClient {
    const rest = createRestClient({
      marketplace: "penta",
      displayName: "Penta",
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs,
      callDeadlineMs: options.callDeadlineMs,
      retries: options.retries,
      logger: options.logger,
      readMessage: (b) => (b && typeof b === "object" && typeof (b as { message?: unknown }).message === "string" ? (b as { message: string }).message : null),
    });
    const headers = { authorization: options.token };
    return {
      async *products(since) {
        for (let page = 1, pages = 1; page <= pages; page++) {
          const res = await rest.request<{ data: PentaRow[]; pageCount: number }>({
            method: "GET",
            path: "/api/products",
            headers,
            query: { ProductType: 3, FieldsKey: "all-fields", Page: page, PageSize: PENTA_PAGE_SIZE, UpdateDate: since ? pentaDay(since) : undefined },
          });
          pages = Number.isInteger(res.body?.pageCount) ? res.body.pageCount : 0;
          const items: SupplierItem[] = [];
          const skipped: Array<{ code: string | null; problem: string }> = [];
          for (const row of Array.isArray(res.body?.data) ? res.body.data : []) {
            const m = mapPentaRow(row);
            if ("problem" in m) skipped.push(m);
            else items.push(m);
          }
          yield { items, skipped };
        }
      },
      async placeOrder(reference, place, lines) {
        const res = await rest.request<{ data: PentaOrder }>({
          method: "POST",
          path: "/api/orders",
          headers,
          json: { reference, storagePlace: place, lines: lines.map((l) => ({ productID: l.code, quantity: l.quantity })) },
          // The same reference is the same order at Penta: repeating it is safe.
          idempotent: true,
        });
        return orderView(res.body.data);
      },
      async order(id) {
        return orderView((await rest.request<{ data: PentaOrder }>({ method: "GET", path: `/api/orders/${encodeURIComponent(id)}`, headers })).body.data);
      },
      close: () => rest.close(),
    };
  },
};

export const SUPPLIER_KINDS: Readonly<Record<string, SupplierKind>> = { penta };
