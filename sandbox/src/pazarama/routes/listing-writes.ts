// Pazarama's price and stock v2 (3.x "Ürün Fiyat/Stok Güncelleme") and their per-code results by data
// id ("Fiyat ve Stok DataId Sorgulama", lake projections). An update is taken with a data id and runs
// after the delay: until then every row is "İşleniyor" and no product has changed.
import type { FastifyInstance, FastifyReply } from "fastify";
import type { PazaramaData, PzProduct } from "../data.ts";
import { envelope, fail, lower, money2 } from "../http.ts";

const SAME_VALUES = "İndirimli fiyat, liste fiyatı ve stok sayısı önceki değerleriyle aynı olamaz";

export interface ListingBatch {
  id: string;
  createdMs: number;
  readyAtMs: number;
  /** True once the batch has run: until then no product has changed and every row is "İşleniyor". */
  applied: boolean;
  rows: Array<{
    id: string;
    refId: string;
    code: string;
    /** As sent; checked when the batch runs. */
    price: { listPrice: unknown; salePrice: unknown } | null;
    stock: { count: unknown } | null;
    /** When run: 0 done, 1 not completed (a business rule refused it), 2 failed (a value it cannot take). */
    status: 0 | 1 | 2 | null;
    detail: string;
  }>;
}
interface ListingDeps {
  data: PazaramaData;
  listings: Map<string, ListingBatch>;
  now: () => number;
  delayMs: number;
  byCode: (code: unknown) => PzProduct | undefined;
  bad: (reply: FastifyReply, message: string) => unknown;
}

/** Registers the routes; returns what runs the updates whose time has come, oldest first (a later one wins). */
export function registerListingWrites(api: FastifyInstance, { data, listings, now, delayMs, byCode, bad }: ListingDeps): () => void {
  const r = data.random;
  // Taken now, run after the delay (settle): the product changes only when lake-projections says so.
  function listing(req: { body: unknown }, reply: FastifyReply, kind: "price" | "stock") {
    const items = (Array.isArray(lower(req.body).items) ? (lower(req.body).items as unknown[]) : []).map(lower);
    if (!items.length) return bad(reply, "Items listesi boş olamaz.");
    const id = r.guid();
    const rows = items.map((it) => ({
      id: r.guid(),
      refId: r.guid(),
      code: String(it.code ?? "").trim(),
      price: kind === "price" ? { listPrice: it.listprice, salePrice: it.saleprice } : null,
      stock: kind === "stock" ? { count: it.stockcount } : null,
      status: null,
      detail: "",
    }));
    listings.set(id, { id, createdMs: now(), readyAtMs: now() + delayMs, applied: false, rows });
    return envelope(id, { message: "Fiyat/Stok güncelleme işleminiz sıraya alındı.", userMessage: "Fiyat/Stok güncelleme işleminiz sıraya alındı." });
  }
  /**
   * One row of a batch that has run. The example shows business-rule refusals ("Ürün bulunamadı", the
   * same values again) as status 1 "Tamamlanamadı" counted in notCompletedCount while failedCount stays
   * 0; what failedCount counts it does not say. Here it counts the values no product can take (not a
   * positive amount with 2 decimals, a sale price above the list price, a stock that is not a whole
   * number from 0): status 2, "Başarısız".
   */
  function run(row: ListingBatch["rows"][number]): [0 | 1 | 2, string] {
    const p = byCode(row.code);
    if (row.price) {
      const { listPrice, salePrice } = row.price;
      if (!money2(listPrice) || !money2(salePrice)) return [2, "Fiyat 0'dan büyük, en fazla 2 ondalıklı olmalıdır"];
      if ((salePrice as number) > (listPrice as number)) return [2, "İndirimli fiyat liste fiyatından büyük olamaz"];
      if (!p) return [1, "Ürün bulunamadı"];
      if (p.listPrice === listPrice && p.salePrice === salePrice) return [1, SAME_VALUES];
      p.listPrice = listPrice as number;
      p.salePrice = salePrice as number;
    } else if (row.stock) {
      const count = row.stock.count;
      if (!Number.isInteger(count) || (count as number) < 0) return [2, "Stok sayısı 0 veya daha büyük bir tam sayı olmalıdır"];
      if (!p) return [1, "Ürün bulunamadı"];
      if (p.stockCount === count) return [1, SAME_VALUES];
      p.stockCount = count as number;
    }
    return [0, "Başarılı"];
  }
  api.post("/product/updatePrice-v2", async (req, reply) => listing(req, reply, "price"));
  api.post("/product/updateStock-v2", async (req, reply) => listing(req, reply, "stock"));
  api.get("/listing-state/batch-id/:id/lake-projections", async (req, reply) => {
    const batch = listings.get((req.params as { id: string }).id);
    if (!batch) return fail(reply, 404, "Kayıt bulunamadı.", "MSS1");
    const q = lower(req.query);
    const page = Number(q.page ?? 1);
    const pageSize = Number(q.pagesize ?? 100);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 3000) return bad(reply, "page 1 veya büyük, pageSize 1-3000 olmalıdır.");
    const TEXT = ["Başarılı", "Tamamlanamadı", "Başarısız"];
    const rows = batch.rows.map((row) => {
      const status = row.status ?? 3;
      const number = (v: unknown) => (typeof v === "number" ? v : Number(v));
      return {
        id: row.id,
        sellerId: data.sellerId,
        batchId: batch.id,
        refId: row.refId,
        code: row.code,
        price: row.price ? { status, operationDetail: row.detail, salePrice: number(row.price.salePrice), listPrice: number(row.price.listPrice) } : null,
        stock: row.stock ? { status, operationDetail: row.detail, count: number(row.stock.count) } : null,
        operationSourceText: "MerchantApi",
        operationStatusText: row.status === null ? "İşleniyor" : TEXT[row.status],
      };
    });
    const count = (status: number | null) => batch.rows.filter((x) => x.status === status).length;
    const totalPages = Math.ceil(rows.length / pageSize);
    return envelope(
      {
        data: rows.slice((page - 1) * pageSize, page * pageSize),
        successCount: count(0),
        notCompletedCount: count(1),
        failedCount: count(2),
        processingCount: count(null),
        totalCount: rows.length,
        pageIndex: page,
        pageSize,
        totalPages,
        hasNextPage: page < totalPages,
        hasPreviousPage: page > 1,
      },
      { messageCode: "MSS0" },
    );
  });

  return () => {
    for (const b of listings.values()) {
      if (b.applied || now() < b.readyAtMs) continue;
      b.applied = true;
      for (const row of b.rows) [row.status, row.detail] = run(row);
    }
  };
}
