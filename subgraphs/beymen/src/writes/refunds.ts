// Answers to Beymen returns (claims): received, approved, disputed. Each is checked against the claim
// line as Beymen has it (quantity, reason, images) before the call, then the claim is read back.
import { badInput, notFound, readAll } from "@pazargraph/runtime";
import type { Refund } from "@pazargraph/schema";
import { mapClaim, parseRefundId } from "../map/catalog.ts";
import type { BmClaim } from "../rest/types.ts";
import { type BeymenService, type BeymenStore, HTTP_URL, LIMITS } from "../service.ts";

export class BeymenRefundWrites {
  constructor(private readonly service: BeymenService) {}

  /** The claim and line a Refund.id names (Beymen has no claim-by-id call: one list call by order). */
  private async claimLine(store: BeymenStore, refundId: string) {
    const ref = parseRefundId(refundId);
    if (!ref || ref.storeId !== store.config.id) throw badInput(`"${refundId}" is not a refund id of this Beymen store`, "refundId");
    const claims = await readAll(
      LIMITS.pageSize,
      LIMITS.maxPages,
      async (p) => (await store.client.getClaims({ orderNumber: ref.orderNumber, page: p - 1, size: LIMITS.pageSize })).items,
      "claims",
    );
    const claim = claims.find((c) => c.id === ref.claimId);
    const line = claim?.shipmentLines.find((l) => l.productId === ref.productId);
    if (!claim || !line) throw notFound(`no Beymen claim line ${refundId}`);
    return { claim, line };
  }

  private async refundAfter(store: BeymenStore, claim: BmClaim, productId: string): Promise<Refund> {
    const fresh = (await store.client.getClaims({ orderNumber: claim.orderNumber, page: 0, size: LIMITS.pageSize })).items.find((c) => c.id === claim.id) ?? claim;
    const refunds = mapClaim(store.config.id, fresh);
    return refunds.find((r) => r.id.endsWith(`/${productId}`)) ?? refunds[0];
  }

  async receiveRefund(store: BeymenStore, refundId: string): Promise<Refund> {
    const { claim, line } = await this.claimLine(store, refundId);
    await store.client.receiveClaim(claim.id);
    return this.refundAfter(store, claim, line.productId);
  }

  async approveRefund(store: BeymenStore, refundId: string, quantity: number | undefined): Promise<Refund> {
    if (quantity !== undefined && quantity !== null && (!Number.isInteger(quantity) || quantity < 1)) throw badInput("quantity must be 1 or more", "input.quantity");
    const { claim, line } = await this.claimLine(store, refundId);
    const q = quantity ?? line.quantity;
    if (q > line.quantity) throw badInput(`quantity ${q} is more than the ${line.quantity} returned`, "input.quantity");
    await store.client.approveClaim(claim.id, [{ productId: line.productId, quantity: q }]);
    return this.refundAfter(store, claim, line.productId);
  }

  async disputeRefund(store: BeymenStore, input: { refundId: string; reason: number; quantity?: number; images?: string[]; description?: string }): Promise<Refund> {
    const images = input.images ?? [];
    // "PackageIsEmpty reasonType'ı dışında seçilen bütün tipler için resim zorunlu alandır"
    if (input.reason !== 9 && !images.length) throw badInput("images are required for every dispute reason but PACKAGE_IS_EMPTY", "input.images");
    images.forEach((u, i) => {
      if (!HTTP_URL.test(u)) throw badInput(`images[${i}] is not an http(s) URL`, `input.images[${i}]`);
    });
    if (input.description && input.description.length > 500) throw badInput("description is at most 500 characters", "input.description");
    if (input.quantity !== undefined && input.quantity !== null && (!Number.isInteger(input.quantity) || input.quantity < 1))
      throw badInput("quantity must be 1 or more", "input.quantity");
    const { claim, line } = await this.claimLine(store, input.refundId);
    const q = input.quantity ?? line.quantity;
    if (q > line.quantity) throw badInput(`quantity ${q} is more than the ${line.quantity} returned`, "input.quantity");
    await store.client.disputeClaim(claim.id, [{ productId: line.productId, images, reasonType: input.reason, quantity: q, description: input.description }]);
    return this.refundAfter(store, claim, line.productId);
  }
}
