// Reference data: brands, the category tree and a category's attributes, cities, and the seller's delivery settings.

import type { FastifyInstance } from "fastify";
import { CARGO } from "../../common/names.ts";
import { SELLER_ADDRESSES } from "../data.ts";
import { envelope, fail, intParam, lower } from "../http.ts";
import type { PazaramaRouteContext } from "./context.ts";

export function catalogRoutes({ data }: PazaramaRouteContext) {
  return async (api: FastifyInstance) => {
    api.get("/brand/getBrands", async (req, reply) => {
      const q = lower(req.query);
      const page = intParam(q.page, 1);
      const size = intParam(q.size, 10);
      if (page === null || page < 1 || size === null || size < 1) return fail(reply, 400, "Page ve Size pozitif tam sayı olmalıdır.");
      const name = typeof q.name === "string" ? q.name.toLocaleLowerCase("tr-TR") : "";
      const list = name ? data.brands.filter((b) => b.name.toLocaleLowerCase("tr-TR").includes(name)) : data.brands;
      return envelope(list.slice((page - 1) * size, page * size));
    });

    api.get("/category/getCategoryTree", async () => envelope(data.categories, { fromCache: true }));

    api.get("/category/getCategoryWithAttributes", async (req, reply) => {
      const id = lower(req.query).id;
      if (typeof id !== "string" || !id) return fail(reply, 400, "Id alanı zorunludur.");
      const c = data.categories.find((x) => x.id === id);
      if (!c) return fail(reply, 404, "Kategori bulunamadı.");
      return envelope({ id: c.id, name: c.name, displayName: c.displayName, description: c.description, attributes: data.attributes.get(c.id) ?? [] });
    });

    api.get("/parameter/cities", async () => envelope(data.cities, { messageCode: "0", fromCache: true }));

    api.get("/sellerRegister/getSellerDelivery", async () =>
      envelope({
        cargoCompany: {
          deliveryId: "f46132bc-1f24-47dc-b396-08d9720587ab",
          price: 29.9,
          campaignPrice: 0,
          campaignAmount: 500,
          campaignText: "500 TL ve üzeri alışverişinize ücretsiz kargo.",
          deliveryDuration: 2,
          deliveryDurationType: 0,
          deliveryDays: [],
          canDeliverWeekend: false,
          contracted: false,
          hybridCargo: false,
          divideCargo: true,
          isFixedShipmentAmount: false,
          approveStatus: -1,
          waitingApprovalDeliveryDuration: null,
          deliveryDurationReason: null,
          autoShipmentCode: false,
          cargoCompanies: CARGO.map((c) => ({ cargoCompanyId: c.id, cargoCardType: 1, cargoCompanyName: c.name })),
        },
        fastDelivery: null,
        storeDelivery: null,
        digital: null,
        donation: null,
        sellerShipmentAddresses: SELLER_ADDRESSES,
        sellerDeliveryPreferences: { canFastDelivery: false, canStoreDelivery: false, otherCargoOption: true, canEnteredOtherCargo: true, saturdayIsWorkDay: false },
      }),
    );
  };
}
