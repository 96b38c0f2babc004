// Product reads: the list (approved or waiting) and one product's detail (pending batches settle in the API's hook).
import type { FastifyInstance } from "fastify";
import { envelope, fail, intParam, lower } from "../http.ts";
import type { PazaramaRouteContext } from "./context.ts";

export function productRoutes({ data, state }: PazaramaRouteContext) {
  return async (api: FastifyInstance) => {
    const STATE_TEXT: Record<number, string> = {
      1: "Onay Bekliyor-İlk Onay",
      2: "Onay Bekliyor-Güncelleme",
      3: "Onaylandı",
      6: "Reddedildi-Değişiklik Bekleyen",
      7: "Redden Dönüp Güncellenenler",
    };

    api.get("/product/products", async (req, reply) => {
      const q = lower(req.query);
      const page = intParam(q.page, 1);
      const size = intParam(q.size, 10);
      if (page === null || page < 1 || size === null || size < 1) return fail(reply, 400, "Page ve Size pozitif tam sayı olmalıdır.");
      let list = data.products;
      if (q.approved !== undefined) {
        const approved = String(q.approved).toLowerCase() === "true";
        list = list.filter((p) => (p.state === 3) === approved);
      }
      if (typeof q.code === "string" && q.code) list = list.filter((p) => p.code === q.code);
      return envelope(
        list.slice((page - 1) * size, page * size).map((p) => ({
          name: p.name,
          displayName: p.displayName,
          description: p.state === 3 ? null : p.description,
          brandName: p.brandName,
          code: p.code,
          groupCode: p.groupCode,
          stockCount: p.stockCount,
          stockCode: p.stockCode,
          priorityRank: p.priorityRank,
          listPrice: p.listPrice,
          salePrice: p.salePrice,
          vatRate: p.vatRate,
          categoryName: p.categoryName,
          state: p.state,
          status: p.state === 3 ? null : STATE_TEXT[p.state],
          waitingApproveExp: p.state === 3 ? null : "",
          attributes: p.state === 3 ? null : p.attributes.map((a) => ({ attributeName: a.attributeName, attributeValue: a.attributeValue })),
          images: p.state === 3 ? null : p.images,
          deliveryTypes: null,
        })),
      );
    });

    api.post("/product/getProductDetail", async (req, reply) => {
      const code = lower(req.body).code;
      if (typeof code !== "string" || !code) return fail(reply, 400, "Code alanı zorunludur.");
      const p = data.products.find((x) => x.code === code);
      if (!p) return fail(reply, 404, "Ürün bulunamadı.", "PRD404");
      return envelope({
        name: p.name,
        displayName: p.displayName,
        description: p.description,
        brandId: p.brandId,
        brandName: p.brandName,
        code: p.code,
        stockCount: p.stockCount,
        stockCode: p.stockCode,
        priorityRank: p.priorityRank,
        vatRate: p.vatRate,
        listPrice: p.listPrice,
        salePrice: p.salePrice,
        installmentCount: 0,
        categoryId: p.categoryId,
        state: p.state,
        stateDescription: STATE_TEXT[p.state],
        attributes: p.attributes.map((a) => ({ attributeId: a.attributeId, attributeValueId: a.attributeValueId })),
        images: p.images,
        groupCode: p.groupCode,
        badges: [],
        isCatalogProduct: false,
      });
    });
  };
}
