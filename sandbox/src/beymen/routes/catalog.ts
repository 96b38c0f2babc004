// Beymen reference data: attribute lists (brands, genders, colours, sizes) and the lazy category tree.
import type { FastifyInstance } from "fastify";
import { ATTRIBUTE_TYPES, type AttributeTypeName, isLeaf } from "../data.ts";
import { beymenError, one, pageOf, paging, query } from "../http.ts";
import type { BeymenRouteContext } from "./context.ts";

export function catalogRoutes({ data }: BeymenRouteContext) {
  return async (app: FastifyInstance) => {
    // ---- attributes ----
    const typeOf = (v: string | undefined): AttributeTypeName | null => (v && v in ATTRIBUTE_TYPES ? (v as AttributeTypeName) : null);
    app.get("/attributes/all", async (req, reply) => {
      const type = typeOf(one(query(req).type));
      if (!type) return beymenError(reply, 400, "ValidationException", ["type Brand, Gender, Color veya Size olmalıdır."]);
      return data.attributes[type];
    });
    app.get("/attributes", async (req, reply) => {
      const type = typeOf(one(query(req).type));
      if (!type) return beymenError(reply, 400, "ValidationException", ["type Brand, Gender, Color veya Size olmalıdır."]);
      const p = paging(req, reply);
      return p ? pageOf(data.attributes[type], p) : reply;
    });

    // ---- categories ----
    app.get("/categories", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply);
      if (!p) return reply;
      const parentId = one(q.parentid);
      let ids: string[];
      if (parentId) {
        const parent = data.categories.get(parentId);
        if (!parent) return beymenError(reply, 404, "NotFoundException", [`Kategori bulunamadı: ${parentId}`]);
        ids = parent.children;
      } else ids = data.roots;
      let list = ids.map((id) => data.categories.get(id)!);
      const name = one(q.name)?.toLocaleLowerCase("tr-TR");
      if (name) list = [...data.categories.values()].filter((c) => c.name.toLocaleLowerCase("tr-TR").includes(name) && (!parentId || c.parentId === parentId));
      return pageOf(
        list.map((c) => ({ id: c.id, name: c.name, hasChild: !isLeaf(c) })),
        p,
      );
    });
    app.get("/categories/:id", async (req, reply) => {
      const c = data.categories.get((req.params as { id: string }).id);
      if (!c) return beymenError(reply, 404, "NotFoundException", ["Kategori bulunamadı."]);
      const stamp = "2023-03-06T07:39:16.913Z";
      return {
        name: c.name,
        parentId: c.parentId,
        hasChild: !isLeaf(c),
        canHaveProduct: isLeaf(c),
        level: c.level,
        attributes: c.attributes,
        hierarchy: c.hierarchy,
        createdBy: "system",
        createdDate: stamp,
        lastModifiedBy: "system",
        lastModifiedDate: stamp,
        id: c.id,
      };
    });
  };
}
