// The Pazarama sandbox's order, refund and cancellation writes (001_2030ddbdbe2ac23e.txt 3.14–3.18,
// 3.23, 3.25, 3.26, 3.28, 3.29, 3.31, 3.33), with the documented state rules: an item goes 3 → 12 first,
// then 5 with cargo tracking, then 11 or 14; 13 for unsupplied; refunds and cancellation requests can
// only be approved (2) or rejected (3) while waiting (1); a rejection needs a reason, a description
// and (but for "package empty" and "package not received") photos; at most 3 files of 5 MB.
import type { FastifyInstance } from "fastify";
import { CARGO } from "../../common/names.ts";
import { type PazaramaData, type PzItem, pzMoney, REFUND_STATUS_NAMES, SELLER_ADDRESSES, type StoredOrder, setItemStatus } from "../data.ts";
import { envelope, fail, lower } from "../http.ts";

/** What the API writes but does not show in its listings; the admin API reads it. */
export interface PazaramaWriteState {
  /** Invoice link per order item. */
  invoiceLinks: Map<string, string>;
  /** Labour cost per order item (gold items, 3.28). */
  laborCosts: Map<string, { laborCost: number; processCount: number }>;
  /** New package code → the code it was split from (3.26). */
  splitFrom: Map<string, string>;
  /** Documents and texts sent with refund rejections, reviews and revision answers. */
  refundNotes: Map<string, Array<{ kind: string; description: string | null; documents: string[]; reason?: number; reviewType?: number }>>;
}

const MAX_DOCUMENTS = 3;
const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024; // 5 MB
/** Reject reasons that need no photo: 10 "İade paketi boş geldi", 11 "İade paketi elime ulaşmadı". */
const NO_PHOTO_REASONS = new Set([10, 11]);
const REVIEW_STATUS_NAME = "İncelemeye Gönderme Talep Edildi";

class RuleError extends Error {}

/** The documented order item flow, for writes the seller may make. */
function checkTransition(item: PzItem, to: number) {
  const from = item.orderItemStatus;
  const digital = item.deliveryType === 4;
  const allowed: Record<number, number[]> = {
    3: [12, 13],
    12: digital ? [11, 14, 13] : [5, 13],
    5: [11, 14],
  };
  if (from === 3 && to !== 12 && to !== 13) throw new RuleError("Sipariş statüsü önce 12 (Siparişiniz Hazırlanıyor) olarak güncellenmelidir.");
  if (!(allowed[from] ?? []).includes(to)) throw new RuleError(`Sipariş kalemi ${from} statüsünden ${to} statüsüne güncellenemez.`);
}

function documentsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new RuleError("documentObjects bir liste olmalıdır.");
  if (value.length > MAX_DOCUMENTS) throw new RuleError("Bir ürün için en fazla 3 dosya eklenebilir.");
  return value.map((d) => {
    const o = lower(d);
    if (typeof o.name !== "string" || typeof o.bytes !== "string" || !o.bytes) throw new RuleError("Dosya adı ve içeriği zorunludur.");
    const size = Buffer.from(o.bytes, "base64").length;
    if (size > MAX_DOCUMENT_BYTES) throw new RuleError("Dosya boyutu 5 MB'ı geçmemelidir.");
    return o.name;
  });
}

export function registerOrderWrites(api: FastifyInstance, data: PazaramaData, now: () => number): PazaramaWriteState {
  const state: PazaramaWriteState = { invoiceLinks: new Map(), laborCosts: new Map(), splitFrom: new Map(), refundNotes: new Map() };
  const byNumber = (n: unknown) => data.orders.find((o) => String(o.raw.orderNumber) === String(n));
  const byId = (id: unknown) => data.orders.find((o) => o.raw.orderId === String(id ?? "").trim());
  const cargoIds = new Set(CARGO.map((c) => c.id));

  function applyStatus(order: StoredOrder, item: PzItem, status: number, tracking: Record<string, unknown>) {
    checkTransition(item, status);
    if (status === 5) {
      const number = tracking.shippingtrackingnumber ?? tracking.trackingnumber;
      if (!number) throw new RuleError("Kargoya verilen sipariş için takip numarası zorunludur.");
      const cargoId = String(tracking.cargocompanyid ?? "");
      if (!cargoIds.has(cargoId)) throw new RuleError("Geçerli bir kargo firması seçilmelidir.");
      const cargo = CARGO.find((c) => c.id === cargoId)!;
      item.cargo = { companyName: cargo.name, trackingNumber: String(number), trackingUrl: typeof tracking.trackingurl === "string" ? tracking.trackingurl : cargo.url };
    }
    setItemStatus(data, order, item, status, now());
  }

  /** `withoutData`: the answer has no data key at all, as the labour-cost and refund-revision examples show. */
  const handle =
    (fn: (body: Record<string, unknown>) => unknown, messageCode = "ORD0", withoutData = false) =>
    async (req: { body: unknown; params?: unknown }, reply: import("fastify").FastifyReply) => {
      try {
        const out = await fn({ ...lower(req.body), ...lower(req.params) });
        if (withoutData) {
          const { data: _none, ...rest } = envelope(null, { messageCode });
          return rest;
        }
        return envelope(out ?? null, { messageCode });
      } catch (err) {
        if (err instanceof RuleError) return fail(reply, 400, err.message, "ORD1");
        throw err;
      }
    };

  // 3.14 / 3.15: one item's status (with cargo tracking for 5).
  api.put(
    "/order/updateOrderStatus",
    handle((b) => {
      const order = byNumber(b.ordernumber);
      if (!order) throw new RuleError("Sipariş bulunamadı.");
      const it = lower(b.item);
      const item = order.raw.items.find((i) => i.orderItemId === String(it.orderitemid ?? "").trim());
      if (!item) throw new RuleError("Sipariş kalemi bulunamadı.");
      const status = Number(it.status);
      if (!Number.isInteger(status)) throw new RuleError("Status zorunludur.");
      applyStatus(order, item, status, it);
    }),
  );

  // 3.16: every item of the order at once (all or nothing).
  api.put(
    "/order/updateOrderStatusList",
    handle((b) => {
      const order = byNumber(b.ordernumber);
      if (!order) throw new RuleError("Sipariş bulunamadı.");
      const status = Number(b.status);
      if (status === 5) throw new RuleError("Kargoya verme için kalem bazlı güncelleme yapılmalıdır.");
      for (const item of order.raw.items) checkTransition(item, status);
      for (const item of order.raw.items) setItemStatus(data, order, item, status, now());
    }),
  );

  // 3.33: several items with the same shipment data in one call.
  api.post(
    "/order/api/bulk-status-update",
    handle((b) => {
      const order = byNumber(b.ordernumber);
      if (!order) throw new RuleError("Sipariş bulunamadı.");
      const ids = Array.isArray(b.orderitemids) ? b.orderitemids.map(String) : String(b.orderitemids ?? "").split(",");
      const items = ids.map((id) => order.raw.items.find((i) => i.orderItemId === id.trim()));
      if (!items.length || items.some((i) => !i)) throw new RuleError("Sipariş kalemi bulunamadı.");
      const dto = lower(b.updateshipmentdto);
      const status = Number(dto.status);
      for (const item of items as PzItem[]) checkTransition(item, status);
      for (const item of items as PzItem[]) applyStatus(order, item, status, dto);
      return "OK";
    }),
  );

  // 3.19: invoice link for the whole order, one package (cargo company + tracking number) or one item.
  api.post(
    "/order/invoice-link",
    handle((b) => {
      const order = byId(b.orderid);
      if (!order) throw new RuleError("Sipariş bulunamadı.");
      const link = String(b.invoicelink ?? "");
      if (!/^https?:\/\/\S+$/i.test(link)) throw new RuleError("Geçerli bir fatura linki girilmelidir.");
      let items = order.raw.items;
      if (b.orderitemid) items = items.filter((i) => i.orderItemId === String(b.orderitemid).trim());
      if (b.deliverycompanyid || b.trackingnumber) {
        const cargo = CARGO.find((c) => c.id === b.deliverycompanyid);
        items = items.filter((i) => i.cargo.trackingNumber === String(b.trackingnumber) && (!cargo || i.cargo.companyName === cargo.name));
      }
      if (!items.length) throw new RuleError("Faturanın yükleneceği sipariş kalemi bulunamadı.");
      for (const i of items) state.invoiceLinks.set(i.orderItemId, link);
    }),
  );

  // 3.26: split a package (new PZ code, a different seller address) and undo it.
  api.put(
    "/order/api/delivery/split",
    handle((b) => {
      const order = byId(b.orderid);
      if (!order) throw new RuleError("Sipariş bulunamadı.");
      const code = String(b.shipmentcode ?? "");
      const inPackage = order.raw.items.filter((i) => i.shipmentCode === code);
      if (!code || !inPackage.length) throw new RuleError("Paket bulunamadı.");
      if (inPackage.some((i) => i.orderItemStatus !== 3 && i.orderItemStatus !== 12)) throw new RuleError("Sadece kargoya verilmemiş paketler bölünebilir.");
      if (!SELLER_ADDRESSES.some((a) => a.id === b.selleraddressid)) throw new RuleError("Satıcı adresi bulunamadı.");
      if (!cargoIds.has(String(b.cargocompanyid))) throw new RuleError("Geçerli bir kargo firması seçilmelidir.");
      const wanted = (Array.isArray(b.items) ? b.items : []).map(lower);
      if (!wanted.length) throw new RuleError("Bölünecek kalem listesi boş olamaz.");
      const units = inPackage.reduce((s, i) => s + i.quantity, 0);
      const moving = wanted.reduce((s, w) => s + Number(w.quantity), 0);
      if (moving >= units) throw new RuleError("Paketin tamamı yeni pakete taşınamaz.");
      const newCode = `PZ${data.random.int(10_000_000_000, 99_999_999_999)}`;
      const cargo = CARGO.find((c) => c.id === b.cargocompanyid)!;
      for (const w of wanted) {
        const item = inPackage.find((i) => i.orderItemId === String(w.orderitemid));
        const q = Number(w.quantity);
        if (!item) throw new RuleError(`Sipariş kalemi pakette bulunamadı: ${w.orderitemid}`);
        if (!Number.isInteger(q) || q < 1 || q > item.quantity) throw new RuleError("Adet kalem adedinden fazla olamaz.");
        let target = item;
        if (q < item.quantity) {
          // Part of an item: the units move under a new orderItemId, prices split by unit.
          const per = (m: { valueInt: number }) => Math.round(m.valueInt / item.quantity);
          target = {
            ...structuredClone(item),
            orderItemId: data.random.guid(),
            quantity: q,
            totalPrice: pzMoney(per(item.totalPrice) * q),
            taxAmount: pzMoney(per(item.taxAmount) * q),
            discountAmount: pzMoney(per(item.discountAmount) * q),
          };
          item.quantity -= q;
          item.totalPrice = pzMoney(item.totalPrice.valueInt - target.totalPrice.valueInt);
          item.taxAmount = pzMoney(item.taxAmount.valueInt - target.taxAmount.valueInt);
          item.discountAmount = pzMoney(item.discountAmount.valueInt - target.discountAmount.valueInt);
          order.raw.items.push(target);
        }
        target.shipmentCode = newCode;
        target.sellerAddressId = String(b.selleraddressid);
        target.cargo = { companyName: cargo.name, trackingNumber: null, trackingUrl: cargo.url };
      }
      state.splitFrom.set(newCode, code);
      return { shipmentCode: newCode };
    }),
  );
  api.put(
    "/order/api/delivery/cancel",
    handle((b) => {
      const order = byId(b.orderid);
      if (!order) throw new RuleError("Sipariş bulunamadı.");
      const code = String(b.shipmentcode ?? "");
      const original = state.splitFrom.get(code);
      if (!original) throw new RuleError("Bu paket bölünmüş bir paket değildir.");
      const moved = order.raw.items.filter((i) => i.shipmentCode === code);
      if (moved.some((i) => i.orderItemStatus !== 3 && i.orderItemStatus !== 12)) throw new RuleError("Kargoya verilmiş paketten vazgeçilemez.");
      const home = order.raw.items.find((i) => i.shipmentCode === original);
      for (const i of moved) {
        i.shipmentCode = original;
        i.sellerAddressId = home?.sellerAddressId ?? SELLER_ADDRESSES[0].id;
        if (home) i.cargo = { ...home.cargo };
      }
      state.splitFrom.delete(code);
    }),
  );

  // 3.28: labour cost of gold items, only while received, preparing or shipped.
  api.put(
    "/order/api/:orderId/items/labor-costs",
    handle(
      (b) => {
        const order = byId(b.orderid);
        if (!order) throw new RuleError("Sipariş bulunamadı.");
        const items = (Array.isArray(b.items) ? b.items : []).map(lower);
        if (!items.length) throw new RuleError("Kalem listesi boş olamaz.");
        for (const it of items) {
          const item = order.raw.items.find((i) => i.orderItemId === String(it.orderitemid));
          if (!item) throw new RuleError(`Sipariş kalemi bulunamadı: ${it.orderitemid}`);
          if (![3, 12, 5].includes(item.orderItemStatus)) throw new RuleError("İşçilik bedeli bu sipariş statüsünde girilemez.");
          const cost = Number(it.laborcost);
          const count = Number(it.processcount ?? 0);
          if (!Number.isInteger(cost) || cost < 0 || !Number.isInteger(count) || count < 0 || count > item.quantity) throw new RuleError("İşçilik bedeli ve işlem adedi geçersiz.");
        }
        for (const it of items) state.laborCosts.set(String(it.orderitemid), { laborCost: Number(it.laborcost), processCount: Number(it.processcount ?? 0) });
      },
      "ORD0",
      true,
    ),
  );

  // ---- refunds (3.18, 3.29) and cancellations (3.23), revision answers (3.31) ----
  const refundOf = (id: unknown, kind: "return" | "cancel") => data.refunds.find((r) => r.kind === kind && r.raw.refundId === String(id ?? "").trim());
  const itemOf = (refund: { raw: { orderNumber: number; orderItemId: string } }) => {
    const order = byNumber(refund.raw.orderNumber);
    const item = order?.raw.items.find((i) => i.orderItemId === refund.raw.orderItemId);
    return order && item ? { order, item } : null;
  };
  /**
   * 3.23: a cancellation request is answered "with its refundId and quantity"; the document's example
   * leaves quantity out. Given, it must be the request's own quantity: one unit of a request is
   * answered through its own refundId from a split listing (3.25, SplitItems), not by a smaller number.
   */
  const requestQuantity = (given: unknown, whole: number): string | null => {
    if (given === undefined || given === null) return null;
    if (!Number.isInteger(given) || (given as number) < 1) return "Adet 1 veya daha büyük bir tam sayı olmalıdır.";
    return given === whole ? null : `Adet talepteki adet (${whole}) ile aynı olmalıdır.`;
  };
  const underReview = (refundId: string) => (state.refundNotes.get(refundId) ?? []).some((n) => n.kind === "review");
  const note = (refundId: string, entry: PazaramaWriteState["refundNotes"] extends Map<string, Array<infer E>> ? E : never) =>
    state.refundNotes.set(refundId, [...(state.refundNotes.get(refundId) ?? []), entry]);

  api.post("/order/updateRefund", async (req, reply) => {
    const b = lower(req.body);
    const refund = refundOf(b.refundid, "return");
    if (!refund) return fail(reply, 404, "İade talebi bulunamadı.", "ORD1");
    const status = Number(b.status);
    const description = typeof b.description === "string" && b.description.trim() ? b.description.trim() : null;
    try {
      const documents = documentsOf(b.documentobjects);
      if (refund.raw.refundStatus !== 1) throw new RuleError("Sadece onay bekleyen iade talepleri güncellenebilir.");
      if (underReview(refund.raw.refundId)) throw new RuleError("İncelemeye gönderilen iade talebi Pazarama tarafından sonuçlandırılacaktır.");
      const target = itemOf(refund);
      if (status === 2) {
        refund.raw.refundStatus = 2;
        if (target) setItemStatus(data, target.order, target.item, 8, now());
      } else if (status === 3) {
        const reason = Number(b.refundrejecttype);
        if (!Number.isInteger(reason) || reason < 1 || reason > 12) throw new RuleError("Red işlemi için RefundRejectType (1-12) zorunludur.");
        if (!description) throw new RuleError("Red işleminde açıklama zorunludur.");
        if (!NO_PHOTO_REASONS.has(reason) && !documents.length) throw new RuleError("Seçilen red sebebi için görsel yüklenmesi zorunludur.");
        refund.raw.refundStatus = 3;
        if (target) setItemStatus(data, target.order, target.item, 9, now());
        note(refund.raw.refundId, { kind: "reject", description, documents, reason });
      } else if (status === 9) {
        const reviewType = Number(b.refundreviewtype);
        if (![1, 2, 3].includes(reviewType)) throw new RuleError("İnceleme tipi (RefundReviewType 1-3) zorunludur.");
        if (reviewType === 3 && !description) throw new RuleError("Diğer inceleme tipinde problem detayı zorunludur.");
        // The code stays within the documented 1–8: still 1 (awaiting a decision, now Pazarama's) with
        // the review's name, which is all the document shows of it (3.29's answer); Pazarama's back
        // office then decides (4 or 5, through the admin API).
        refund.raw.refundStatusName = REVIEW_STATUS_NAME;
        note(refund.raw.refundId, { kind: "review", description, documents, reviewType });
        return envelope(
          {
            orderNumber: 0,
            requestNo: 0,
            refundId: "00000000-0000-0000-0000-000000000000",
            orderItemId: "00000000-0000-0000-0000-000000000000",
            refundType: null,
            refundStatus: REVIEW_STATUS_NAME,
          },
          { messageCode: "ORD0" },
        );
      } else throw new RuleError("Güncelleme için sadece Onaylama (2) ve Ret (3) statüleri kullanılabilir.");
      refund.raw.refundStatusName = REFUND_STATUS_NAMES[refund.raw.refundStatus];
      return envelope(
        {
          orderNumber: refund.raw.orderNumber,
          requestNo: 0,
          refundId: refund.raw.refundId,
          orderItemId: refund.raw.orderItemId,
          refundType: refund.raw.refundType,
          refundStatus: refund.raw.refundStatusName,
        },
        { messageCode: "ORD0" },
      );
    } catch (err) {
      if (err instanceof RuleError) return fail(reply, 400, err.message, "ORD1");
      throw err;
    }
  });

  api.post(
    "/order/api/refund/revision",
    handle(
      (b) => {
        const refund = refundOf(b.refundid, "return");
        if (!refund) throw new RuleError("İade talebi bulunamadı.");
        const description = typeof b.description === "string" ? b.description.trim() : "";
        if (!description) throw new RuleError("Açıklama alanı zorunludur.");
        note(refund.raw.refundId, { kind: "revision", description, documents: documentsOf(b.documentobjects) });
      },
      "ORD0",
      true,
    ),
  );

  api.put("/order/api/cancel", async (req, reply) => {
    const b = lower(req.body);
    const refund = refundOf(b.refundid, "cancel");
    if (!refund) return fail(reply, 404, "İptal talebi bulunamadı.", "ORD1");
    const status = Number(b.status);
    if (status !== 2 && status !== 3) return fail(reply, 400, "Güncelleme için sadece Onaylama (2) ve Ret (3) statüleri kullanılabilir.", "ORD1");
    if (refund.raw.refundStatus !== 1) return fail(reply, 400, "Sadece onay bekleyen iptal talepleri güncellenebilir.", "ORD1");
    const quantityError = requestQuantity(b.quantity, refund.raw.quantity);
    if (quantityError) return fail(reply, 400, quantityError, "ORD1");
    const target = itemOf(refund);
    refund.raw.refundStatus = status;
    refund.raw.refundStatusName = REFUND_STATUS_NAMES[status];
    if (target) {
      // Approved: the item is cancelled. Rejected: it goes back to preparation.
      target.item.orderItemStatus = 18;
      setItemStatus(data, target.order, target.item, status === 2 ? 6 : 12, now());
    }
    return envelope(
      {
        orderNumber: refund.raw.orderNumber,
        requestNo: 0,
        refundId: refund.raw.refundId,
        orderItemId: refund.raw.orderItemId,
        refundType: refund.raw.refundType,
        refundStatus: refund.raw.refundStatusName,
      },
      { messageCode: "ORD0" },
    );
  });

  return state;
}

/** 3.25 (getOrdersForApiV2): an item of several units becomes one item per unit, prices split. */
export function splitItems(items: PzItem[]): PzItem[] {
  return items.flatMap((i) => {
    if (i.quantity <= 1) return [i];
    const per = (m: { valueInt: number }) => pzMoney(Math.round(m.valueInt / i.quantity));
    return Array.from({ length: i.quantity }, (_, k) => ({
      ...i,
      orderItemId: k === 0 ? i.orderItemId : `${i.orderItemId.slice(0, 24)}${String(k).padStart(12, "0")}`,
      quantity: 1,
      totalPrice: per(i.totalPrice),
      taxAmount: per(i.taxAmount),
      discountAmount: per(i.discountAmount),
    }));
  });
}
