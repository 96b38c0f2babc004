// Claims (returns): the list, approving claim items (only those WaitingInAction), and opening an issue
// (the seller's objection, which sends the items to Trendyol's analysis), with its reasons.
import type { FastifyInstance } from "fastify";
import { CLAIM_ISSUE_REASONS, CLAIM_ITEM_STATUSES, type TrendyolData } from "../data.ts";
import { epochMs, one, pageOf, paging, query, tyError } from "../http.ts";

export const MAX_CLAIM_PAGE = 200;

export function claimRoutes(data: TrendyolData, now: () => number) {
  return async (app: FastifyInstance) => {
    const claimOf = (id: string) => data.claims.find((c) => c.id === id);
    const itemsOf = (claimId: string) => claimOf(claimId)?.items.flatMap((i) => i.claimItems) ?? [];

    app.get("/order/sellers/:sellerId/claims", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply, MAX_CLAIM_PAGE);
      if (!p) return reply;
      const status = one(q.claimItemStatus);
      if (status && !(CLAIM_ITEM_STATUSES as readonly string[]).includes(status))
        return tyError(reply, 400, "ValidationException", [`claimItemStatus must be one of ${CLAIM_ITEM_STATUSES.join(", ")}`]);
      const start = epochMs(one(q.startDate));
      const end = epochMs(one(q.endDate));
      if (Number.isNaN(start) || Number.isNaN(end)) return tyError(reply, 400, "ValidationException", ["startDate and endDate are epoch milliseconds"]);
      const orderNumber = one(q.orderNumber);
      const list = data.claims
        .filter(
          (c) =>
            (start === undefined || c.claimDate >= start) &&
            (end === undefined || c.claimDate <= end) &&
            (!orderNumber || c.orderNumber === orderNumber) &&
            (!status || c.items.some((i) => i.claimItems.some((x) => x.claimItemStatus.name === status))),
        )
        .sort((a, b) => b.claimDate - a.claimDate);
      return pageOf(list, p);
    });

    app.get("/order/claim-issue-reasons", async () => CLAIM_ISSUE_REASONS);

    app.put("/order/sellers/:sellerId/claims/:claimId/items/approve", async (req, reply) => {
      const claimId = (req.params as { claimId: string }).claimId;
      const claim = claimOf(claimId);
      if (!claim) return tyError(reply, 404, "ClaimNotFoundException", ["Claim not found"]);
      const ids = (req.body as { claimLineItemIdList?: unknown } | undefined)?.claimLineItemIdList;
      if (!Array.isArray(ids) || !ids.length) return tyError(reply, 400, "ValidationException", ["claimLineItemIdList must name claim items"]);
      const items = itemsOf(claimId);
      for (const id of ids) {
        const item = items.find((x) => x.id === id);
        if (!item) return tyError(reply, 400, "ValidationException", [`claim item ${String(id)} is not in claim ${claimId}`]);
        if (item.claimItemStatus.name !== "WaitingInAction")
          return tyError(reply, 400, "ClaimItemStatusException", [`Only WaitingInAction items can be approved; ${String(id)} is ${item.claimItemStatus.name}`]);
      }
      for (const id of ids) {
        const item = items.find((x) => x.id === id);
        if (item) Object.assign(item, { claimItemStatus: { name: "Accepted" }, resolved: true });
      }
      claim.lastModifiedDate = Math.max(now(), claim.lastModifiedDate + 1);
      return reply.code(200).send();
    });

    app.post("/order/sellers/:sellerId/claims/:claimId/issue", async (req, reply) => {
      const claimId = (req.params as { claimId: string }).claimId;
      const claim = claimOf(claimId);
      if (!claim) return tyError(reply, 404, "ClaimNotFoundException", ["Claim not found"]);
      const q = query(req);
      const reason = CLAIM_ISSUE_REASONS.find((r) => String(r.id) === one(q.claimIssueReasonId));
      if (!reason) return tyError(reply, 400, "ValidationException", [`claimIssueReasonId must be one of ${CLAIM_ISSUE_REASONS.map((r) => r.id).join(", ")}`]);
      const description = one(q.description) ?? "";
      if (!description.trim() || description.length > 500) return tyError(reply, 400, "ValidationException", ["description is required (at most 500 characters)"]);
      const ids = (one(q.claimItemIdList) ?? "").split(",").filter(Boolean);
      if (!ids.length) return tyError(reply, 400, "ValidationException", ["claimItemIdList must name claim items"]);
      const items = itemsOf(claimId);
      for (const id of ids) {
        const item = items.find((x) => x.id === id);
        if (!item) return tyError(reply, 400, "ValidationException", [`claim item ${id} is not in claim ${claimId}`]);
        if (item.claimItemStatus.name !== "WaitingInAction")
          return tyError(reply, 400, "ClaimItemStatusException", [`Only WaitingInAction items can be objected to; ${id} is ${item.claimItemStatus.name}`]);
      }
      for (const id of ids) {
        const item = items.find((x) => x.id === id);
        if (item) Object.assign(item, { claimItemStatus: { name: "InAnalysis" }, note: `${reason.name}: ${description.trim()}` });
      }
      claim.lastModifiedDate = Math.max(now(), claim.lastModifiedDate + 1);
      return reply.code(201).send({ id: data.rng.guid(), claimId, claimIssueReasonId: reason.id });
    });
  };
}
