// Beymen orders (shipment packages) and the seller's acts on a package: picking, shipping, cancelling
// lines, dividing, alternative delivery, invoices and cargo status.
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { BusinessRuleError, CARGO_COMPANIES, cancelLines, divide, divideMultiple, findPackage, LINE_STATUS, pick, SHIPMENT_STATUS, shipmentUpdate } from "../data.ts";
import { beymenError, one, pageOf, paging, parseBmDate, query } from "../http.ts";
import type { BeymenRouteContext } from "./context.ts";

export function orderRoutes({ data, now }: BeymenRouteContext) {
  return async (app: FastifyInstance) => {
    // ---- orders ----
    app.get("/orders", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply);
      if (!p) return reply;
      let list = data.packages;
      const statusRaw = one(q.shipmentstatus);
      let cancelledView = false;
      if (statusRaw) {
        const code = statusRaw in SHIPMENT_STATUS ? SHIPMENT_STATUS[statusRaw as keyof typeof SHIPMENT_STATUS] : Number(statusRaw);
        if (!Object.values(SHIPMENT_STATUS).includes(code as never)) return beymenError(reply, 400, "ValidationException", [`Geçersiz shipmentStatus: ${statusRaw}`]);
        list = list.filter((x) => x.raw.shipmentStatus === code);
        cancelledView = code === SHIPMENT_STATUS.Cancelled;
      }
      const start = one(q.startdate);
      const end = one(q.enddate);
      const startMs = start ? parseBmDate(start) : null;
      const endMs = end ? parseBmDate(end) : null;
      if ((start && startMs === null) || (end && endMs === null)) return beymenError(reply, 400, "ValidationException", ["startDate ve endDate geçerli bir tarih olmalıdır."]);
      if (startMs !== null && endMs !== null && endMs < startMs) return beymenError(reply, 400, "ValidationException", ["endDate startDate'ten önce olamaz."]);
      // "Siparişler orderDate'e göre, iptaller CanceledDateTime'a göre filtrelenir."
      const at = (x: (typeof list)[number]) => (cancelledView ? (x.canceledAtMs ?? x.orderDateMs) : x.orderDateMs);
      if (startMs !== null) list = list.filter((x) => at(x) >= startMs);
      if (endMs !== null) list = list.filter((x) => at(x) <= endMs);
      const orderNumber = one(q.ordernumber);
      if (orderNumber) list = list.filter((x) => x.raw.orderNumber === orderNumber);
      const packetNo = one(q.packetno) ?? one(q.shipmentnumber);
      if (packetNo) list = list.filter((x) => x.raw.shipmentNumber === packetNo);
      const barcode = one(q.barcode);
      if (barcode) list = list.filter((x) => x.raw.shipmentLines.some((l) => l.product.barcode === barcode));
      const fraud = one(q.fraudcheck);
      if (fraud !== undefined) {
        if (fraud !== "true" && fraud !== "false") return beymenError(reply, 400, "ValidationException", [`Geçersiz fraudCheck: ${fraud}`]);
        list = list.filter((x) => x.raw.fraudCheck === (fraud === "true"));
      }
      // SubStatus has no table of its own for orders; the line statuses (shipmentLineStatus: NewOrder …
      // CancelledBySeller …) are the orders' sub-statuses, by name or number: a package matches when one of its lines has it.
      const sub = one(q.substatus);
      if (sub) {
        const code = sub in LINE_STATUS ? LINE_STATUS[sub as keyof typeof LINE_STATUS] : Number(sub);
        if (!Object.values(LINE_STATUS).includes(code as never)) return beymenError(reply, 400, "ValidationException", [`Geçersiz subStatus: ${sub}`]);
        list = list.filter((x) => x.lineStatus.includes(code));
      }
      const sorted = [...list].sort((a, b) => b.orderDateMs - a.orderDateMs);
      return pageOf(
        sorted.map((x) => x.raw),
        p,
      );
    });

    function withPackage(handler: (pkg: NonNullable<ReturnType<typeof findPackage>>, req: FastifyRequest, reply: FastifyReply) => unknown, okStatus = 200) {
      return async (req: FastifyRequest, reply: FastifyReply) => {
        const pkg = findPackage(data, (req.params as { id: string }).id);
        if (!pkg) return beymenError(reply, 404, "NotFoundException", ["Sipariş bulunamadı."]);
        try {
          const out = await handler(pkg, req, reply);
          if (reply.sent) return reply;
          return reply.code(okStatus).send(out ?? undefined);
        } catch (err) {
          if (err instanceof BusinessRuleError) return beymenError(reply, 400, "BusinessRuleException", [err.message]);
          throw err;
        }
      };
    }
    const cargoCodes = new Set(CARGO_COMPANIES.map(([c]) => c));

    app.put(
      "/orders/:id/status/picking",
      withPackage((pkg) => void pick(pkg)),
    );
    app.post(
      "/orders/:id/divide",
      withPackage((pkg, req) => {
        const products = (req.body as { products?: Array<{ productId: string; quantity: number }> })?.products;
        if (!Array.isArray(products)) throw new BusinessRuleError("products alanı zorunludur.");
        divide(data, pkg, products, now());
      }),
    );
    app.post(
      "/orders/:id/divide/multiple",
      withPackage((pkg, req) => {
        const groups = (req.body as { orderLineGroups?: Array<{ orderLineIds?: string[] }> })?.orderLineGroups;
        if (!Array.isArray(groups)) throw new BusinessRuleError("orderLineGroups alanı zorunludur.");
        divideMultiple(
          data,
          pkg,
          groups.map((g) => (g.orderLineIds ?? []).map(String)),
          now(),
        );
      }),
    );
    app.put(
      "/orders/:id/alternativeDelivery",
      withPackage((pkg, req) => {
        // ASP.NET binding: body names are case-insensitive.
        const b = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
        const s = pkg.raw.shipmentStatus;
        if (s !== SHIPMENT_STATUS.NewOrder && s !== SHIPMENT_STATUS.ReadyToShip)
          throw new BusinessRuleError("Sadece Yeni Sipariş ve Gönderime Hazır statüsündeki siparişler alternatif teslimat yapılabilir.");
        if (b.deliverytype !== 0 && b.deliverytype !== 1) throw new BusinessRuleError("DeliveryType 0 (AlternativeCargoCompany) veya 1 (AuthorizedService) olmalıdır.");
        if (typeof b.shipmenttrackingnumber !== "string" || !b.shipmenttrackingnumber) throw new BusinessRuleError("ShipmentTrackingNumber zorunludur.");
        if (b.deliverytype === 0 && (typeof b.cargocompanycode !== "string" || !cargoCodes.has(b.cargocompanycode))) throw new BusinessRuleError("Geçersiz CargoCompanyCode.");
        pkg.raw.isAlternativeDelivery = true;
        pkg.raw.deliveryType = b.deliverytype as number;
        shipmentUpdate(
          pkg,
          SHIPMENT_STATUS.Shipped,
          { trackingNumber: b.shipmenttrackingnumber as string, trackingUrl: (b.shipmenttrackingurl as string) ?? null, cargoCompanyCode: (b.cargocompanycode as string) ?? "" },
          now(),
        );
      }),
    );
    const altFollowUp = (delivered: boolean) =>
      withPackage((pkg) => {
        if (!pkg.raw.isAlternativeDelivery) throw new BusinessRuleError("Sipariş alternatif teslimat ile gönderilmemiştir.");
        if (pkg.raw.shipmentStatus !== SHIPMENT_STATUS.Shipped) throw new BusinessRuleError("Sipariş Taşıma Durumunda değildir.");
        shipmentUpdate(pkg, delivered ? SHIPMENT_STATUS.DeliveredToCustomer : 16, { trackingNumber: "", cargoCompanyCode: "" }, now());
      }, 202);
    app.patch("/orders/:id/alternativeDelivery/deliveredToCustomer", altFollowUp(true));
    app.patch("/orders/:id/alternativeDelivery/undeliverable", altFollowUp(false));
    app.post(
      "/orders/:id/invoice",
      withPackage((pkg, req) => {
        const b = Object.fromEntries(Object.entries((req.body ?? {}) as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
        if (typeof b.invoicenumber !== "string" || !b.invoicenumber.trim()) throw new BusinessRuleError("InvoiceNumber zorunludur.");
        if (typeof b.invoiceurl !== "string" || !/^https?:\/\/\S+\.(pdf|jpe?g|png)(\?\S*)?$/i.test(b.invoiceurl))
          throw new BusinessRuleError("InvoiceUrl jpeg, jpg, png veya pdf uzantılı bir adres olmalıdır.");
        if (pkg.invoice) throw new BusinessRuleError("Siparişe ait fatura zaten yüklenmiştir. Önce mevcut faturayı silin.");
        pkg.invoice = { number: b.invoicenumber, url: b.invoiceurl };
      }),
    );
    app.delete(
      "/orders/:id/invoice",
      withPackage((pkg) => {
        if (!pkg.invoice) throw new BusinessRuleError("Siparişe ait fatura bulunamadı.");
        pkg.invoice = null;
      }),
    );
    app.put(
      "/orders/:id/status/cancel",
      withPackage((pkg, req) => {
        const products = (req.body as { products?: Array<{ productId: string; quantity: number; cancelReasonStatus: number; shipmentLineStatus: number }> })?.products;
        if (!Array.isArray(products)) throw new BusinessRuleError("products alanı zorunludur.");
        cancelLines(data, pkg, products, now());
      }),
    );
    app.put(
      "/orders/:id/shipment/status",
      withPackage((pkg, req) => {
        const b = (req.body ?? {}) as { trackingNumber?: string; trackingUrl?: string; cargoCompanyCode?: string; status?: number };
        if (!b.trackingNumber) throw new BusinessRuleError("trackingNumber zorunludur.");
        if (!b.cargoCompanyCode || !cargoCodes.has(b.cargoCompanyCode)) throw new BusinessRuleError("Geçersiz cargoCompanyCode.");
        if (![4, 8, 16].includes(Number(b.status))) throw new BusinessRuleError("status 4 (Shipped), 8 (DeliveredToCustomer) veya 16 (Undeliverable) olmalıdır.");
        shipmentUpdate(pkg, Number(b.status), { trackingNumber: b.trackingNumber, trackingUrl: b.trackingUrl, cargoCompanyCode: b.cargoCompanyCode }, now());
      }, 202),
    );
  };
}
