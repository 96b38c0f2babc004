// Reference data: the category tree (leaf ids only are usable), a leaf's attributes, and brands
// (paged, and by exact, case-sensitive name).
import type { FastifyInstance } from "fastify";
import { isLeaf, type TrendyolData } from "../data.ts";
import { one, paging, query, tyError } from "../http.ts";

/** Largest brand page. */
export const MAX_BRAND_PAGE = 1000;

export function catalogRoutes(data: TrendyolData) {
  return async (app: FastifyInstance) => {
    app.get("/product/product-categories", async () => ({ categories: data.roots }));

    app.get("/product/product-categories/:categoryId/attributes", async (req, reply) => {
      const id = Number((req.params as { categoryId: string }).categoryId);
      const c = data.categories.get(id);
      if (!c) return tyError(reply, 404, "CategoryNotFoundException", [`Category ${id} not found`]);
      if (!isLeaf(c)) return tyError(reply, 400, "ValidationException", [`Category ${id} is not a leaf category; attributes exist on leaf categories only`]);
      return { id: c.id, name: c.name, displayName: c.name, categoryAttributes: data.attributes.get(id) ?? [] };
    });

    app.get("/product/brands", async (req, reply) => {
      const p = paging(req, reply, MAX_BRAND_PAGE, MAX_BRAND_PAGE);
      if (!p) return reply;
      return { brands: data.brands.slice(p.page * p.size, (p.page + 1) * p.size) };
    });

    app.get("/product/brands/by-name", async (req, reply) => {
      const name = one(query(req).name);
      if (!name) return tyError(reply, 400, "ValidationException", ["name is required"]);
      return data.brands.filter((b) => b.name === name);
    });
  };
}
