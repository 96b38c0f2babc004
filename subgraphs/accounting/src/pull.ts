// The product pull: Paraşüt's products into the catalogue, by product code (the seed insists codes be
// unique: a product without a code, or with one the catalogue cannot take, is skipped and counted), with
// name, barcode, VAT and the buying price as cost; its stock goes to the "Paraşüt" warehouse and its
// price — the buying price plus the tenant's margin % — to the "Paraşüt" price list. Pages of 25
// (Paraşüt's largest), each under the shared request budget.
import { type CatalogueStore, fromDouble, withMarkup } from "@pazargraph/runtime";
import type { ParasutClient } from "./parasut/client.ts";

export const PULL_TARGET = { warehouse: "Paraşüt", priceList: "Paraşüt" } as const;
const CODE = /^\S{1,64}$/;

export interface PullReport {
  read: number;
  written: number;
  skipped: number;
}

export async function pullProducts(client: ParasutClient, catalogue: CatalogueStore, tenantId: string, marginPercent: string): Promise<PullReport> {
  const report: PullReport = { read: 0, written: 0, skipped: 0 };
  for (let page = 1, pages = 1; page <= pages; page++) {
    const list = await client.list("products", { "page[size]": 25, "page[number]": page });
    pages = list.meta?.total_pages ?? 1;
    const rows = list.data.flatMap((p) => {
      report.read++;
      const a = p.attributes;
      const code = typeof a.code === "string" ? a.code.trim() : "";
      const name = typeof a.name === "string" ? a.name.trim().slice(0, 300) : "";
      if (!CODE.test(code) || !name || a.archived === true) {
        report.skipped++;
        return [];
      }
      const buying = Number(a.buying_price);
      const cost = Number.isFinite(buying) && buying >= 0 && buying < 1e9 ? fromDouble(buying) : null;
      const stock = Number(a.stock_count);
      const vat = Number(a.vat_rate);
      return [
        {
          code,
          name,
          barcode: typeof a.barcode === "string" && a.barcode.trim() ? a.barcode.trim().slice(0, 64) : null,
          vatRate: Number.isInteger(vat) && vat >= 0 && vat <= 100 ? vat : null,
          cost,
          stock: Number.isFinite(stock) ? Math.max(0, Math.min(10_000_000, Math.floor(stock))) : null,
          price: cost ? withMarkup(cost, marginPercent) : null,
        },
      ];
    });
    report.written += await catalogue.mergeExternal(tenantId, rows, PULL_TARGET);
  }
  return report;
}
