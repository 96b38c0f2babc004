// Beymen claims (returns): the list and the seller's answers (approve, dispute, received).
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type BeymenData, BusinessRuleError, CLAIM_STATUS, setClaimStatus } from "../data.ts";
import { beymenError, one, pageOf, paging, parseBmDate, query } from "../http.ts";
import type { BeymenRouteContext } from "./context.ts";

export function claimRoutes({ data }: BeymenRouteContext) {
  return async (app: FastifyInstance) => {
    // ---- claims ----
    app.get("/claims", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply);
      if (!p) return reply;
      let list = data.claims;
      const status = one(q.status) ?? one(q.shipmentstatus);
      if (status !== undefined && status !== "") {
        const code = status in CLAIM_STATUS ? CLAIM_STATUS[status as keyof typeof CLAIM_STATUS] : Number(status);
        if (!Object.values(CLAIM_STATUS).includes(code as never)) return beymenError(reply, 400, "ValidationException", [`Geçersiz Status: ${status}`]);
        list = list.filter((c) => c.raw.status === code);
      }
      const startMs = one(q.startdate) ? parseBmDate(one(q.startdate)) : null;
      const endMs = one(q.enddate) ? parseBmDate(one(q.enddate)) : null;
      if ((one(q.startdate) && startMs === null) || (one(q.enddate) && endMs === null))
        return beymenError(reply, 400, "ValidationException", ["startDate ve endDate geçerli bir tarih olmalıdır."]);
      if (startMs !== null) list = list.filter((c) => c.claimedAtMs >= startMs);
      if (endMs !== null) list = list.filter((c) => c.claimedAtMs <= endMs);
      for (const [param, get] of [
        ["ordernumber", (c: (typeof list)[number]) => c.raw.orderNumber],
        ["shipmentnumber", (c: (typeof list)[number]) => c.raw.shipmentNumber],
        ["shipmentcode", (c: (typeof list)[number]) => c.raw.shipmentTrackingNumber ?? ""],
      ] as const) {
        const v = one(q[param]);
        if (v) list = list.filter((c) => get(c) === v);
      }
      const customer = one(q.customername)?.toLocaleLowerCase("tr-TR");
      if (customer) list = list.filter((c) => c.raw.customerName.toLocaleLowerCase("tr-TR").includes(customer));
      return pageOf(
        list.map(({ raw: { status: _s, ...rest } }) => rest),
        p,
      );
    });
    function withClaim(handler: (claim: BeymenData["claims"][number], req: FastifyRequest) => void) {
      return async (req: FastifyRequest, reply: FastifyReply) => {
        const claim = data.claims.find((c) => c.raw.id === (req.params as { id: string }).id);
        if (!claim) return beymenError(reply, 404, "NotFoundException", ["İade bulunamadı."]);
        try {
          handler(claim, req);
        } catch (err) {
          if (err instanceof BusinessRuleError) return beymenError(reply, 400, "BusinessRuleException", [err.message]);
          throw err;
        }
        return reply.code(202).send();
      };
    }
    function claimItems(claim: BeymenData["claims"][number], items: Array<{ productId?: string; quantity?: number }>) {
      if (!items.length) throw new BusinessRuleError("Ürün listesi boş olamaz.");
      for (const it of items) {
        const line = claim.raw.shipmentLines.find((l) => l.productId === it.productId);
        if (!line) throw new BusinessRuleError(`Ürün iadede bulunamadı: ${it.productId}`);
        if (!Number.isInteger(it.quantity) || (it.quantity ?? 0) < 1 || (it.quantity ?? 0) > line.quantity)
          throw new BusinessRuleError(`Adet 1 ile ${line.quantity} arasında olmalıdır: ${it.productId}`);
      }
    }
    app.patch(
      "/claims/:id/receive",
      withClaim((claim) => {
        if (claim.raw.status !== CLAIM_STATUS.New) throw new BusinessRuleError("Sadece Yeni İade statüsündeki iadeler teslim alınabilir.");
        setClaimStatus(claim, CLAIM_STATUS.ActionNeeded);
      }),
    );
    app.patch(
      "/claims/:id/approve",
      withClaim((claim, req) => {
        if (claim.raw.status !== CLAIM_STATUS.ActionNeeded) throw new BusinessRuleError("Sadece Aksiyon Bekliyor statüsündeki iadeler onaylanabilir.");
        if (!Array.isArray(req.body)) throw new BusinessRuleError("İstek gövdesi ürün listesi olmalıdır.");
        claimItems(claim, req.body as Array<{ productId?: string; quantity?: number }>);
        setClaimStatus(claim, CLAIM_STATUS.Approved);
      }),
    );
    app.patch(
      "/claims/:id/dispute",
      withClaim((claim, req) => {
        if (claim.raw.status !== CLAIM_STATUS.ActionNeeded) throw new BusinessRuleError("Sadece Aksiyon Bekliyor statüsündeki iadelere sorun bildirilebilir.");
        const items = (req.body as { items?: Array<{ productId?: string; images?: string[]; reasonType?: number; quantity?: number; description?: string }> })?.items;
        if (!Array.isArray(items)) throw new BusinessRuleError("items alanı zorunludur.");
        claimItems(claim, items);
        for (const it of items) {
          if (!Number.isInteger(it.reasonType) || (it.reasonType ?? -1) < 0 || (it.reasonType ?? 99) > 11) throw new BusinessRuleError(`Geçersiz reasonType: ${it.reasonType}`);
          if (it.reasonType !== 9 && !(it.images ?? []).length) throw new BusinessRuleError("PackageIsEmpty dışındaki sorun bildirme nedenleri için görsel zorunludur.");
        }
        setClaimStatus(claim, CLAIM_STATUS.Dispute);
        for (const it of items) {
          const line = claim.raw.shipmentLines.find((l) => l.productId === it.productId)!;
          line.sellerReason = { type: it.reasonType!, description: it.description ?? null, images: it.images ?? [] };
        }
      }),
    );
  };
}
