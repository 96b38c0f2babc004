// Pushing one order to Paraşüt, exactly once, as a job that can stop at any line and go on later:
//   1. the contact: found by tax number, then e-mail (as the settings say), else made;
//   2. the sales invoice: the order's lines (quantity, unit price and discount without VAT, VAT rate),
//      its number and date in order_no/order_date, the shipment address;
//   3. when formalisation is on: e-Fatura to the buyer's inbox if its VKN is registered, else e-Arşiv
//      with the internet-sale block, and its trackable job followed to done or error.
// Each step's result is recorded before the next starts. Paraşüt has no idempotency key, so a step
// that was attempted but not recorded (the process died, the answer was lost, Paraşüt said 500 after
// making it) is looked up before it is tried again: the contact by tax number, e-mail or name, the
// invoice by contact, issue date and order_no, the e-document on the invoice. A cancelled order's
// invoice is cancelled while it is not formalised; after, it is left to the accountant, flagged.
import { ErrorCode, type Lock, type Logger, type OrderHub, toIstanbulIso } from "@pazargraph/runtime";
import { type Order, type OrderLine, OrderStatus } from "@pazargraph/schema";
import type { ParasutClient, PsResource } from "./parasut/client.ts";
import type { AccountingSettings, AccountingStore, ConnectionRecord, JobRecord } from "./store.ts";

const NOT_INVOICED = new Set<string>([OrderStatus.CANCELLED, OrderStatus.UNSUPPLIED, OrderStatus.CANCELLATION_REQUESTED]);
const VAT_RATES = [0, 1, 8, 10, 18, 20];
const MARKETPLACE_SITES: Record<string, { url: string; name: string }> = {
  PAZARAMA: { url: "https://www.pazarama.com", name: "Pazarama" },
  BEYMEN: { url: "https://www.beymen.com", name: "Beymen" },
  TRENDYOL: { url: "https://www.trendyol.com", name: "Trendyol" },
};

/** Unit prices are sent without VAT, to 4 places (Paraşüt computes VAT on the net). */
const exVat = (amount: string, vat: number) => Math.round((Number(amount) / (1 + vat / 100)) * 10_000) / 10_000;
const dayOf = (iso: string) => toIstanbulIso(iso).slice(0, 10);
const digits = (s: string | null | undefined, lengths: number[]) => (s && /^\d+$/.test(s) && lengths.includes(s.length) ? s : null);

export interface PushDeps {
  store: AccountingStore;
  /** Serialises finding-or-making one customer's contact across jobs and replicas. */
  lock: Lock;
  hub: OrderHub;
  client(conn: ConnectionRecord): Promise<ParasutClient>;
  logger: Logger;
  /** Told when a job's status changes (the accounting events). */
  onStatus?(job: JobRecord): void;
}

type Step = { job: JobRecord; again?: number };

export class AccountingPush {
  constructor(private readonly deps: PushDeps) {}

  /** Runs the job as far as it can go now; returns it as recorded (due again later when it must wait). */
  async run(job: JobRecord): Promise<JobRecord> {
    const { store } = this.deps;
    const conn = await store.connection(job.tenantId);
    if (!conn) return this.finish(job, "FAILED", "the tenant has no accounting connection");
    if (conn.status === "INVALID")
      return store.update(job.tenantId, job.orderId, {
        error: `the accounting connection is INVALID (${conn.statusMessage ?? "test it again"}); nothing was sent`,
        nextAttemptAt: new Date(Date.now() + 10 * 60_000),
      });
    const order = await this.deps.hub.get(job.tenantId, job.orderId);
    if (!order) return this.finish(job, "FAILED", "the order is no longer in the order hub");
    const settings = store.settingsOf(conn);
    try {
      const client = await this.deps.client(conn);
      const step = order.status === OrderStatus.CANCELLED ? await this.cancel(client, job, order) : await this.push(client, job, order, settings);
      if (step.again !== undefined) return store.update(job.tenantId, job.orderId, { status: "IN_PROGRESS", nextAttemptAt: new Date(Date.now() + step.again) });
      return step.job;
    } catch (err) {
      return this.failed(job, err);
    }
  }

  private async push(client: ParasutClient, job: JobRecord, order: Order, settings: AccountingSettings): Promise<Step> {
    const { store } = this.deps;
    const at = (patch: Partial<JobRecord>) => store.update(job.tenantId, job.orderId, patch);
    if (!job.contactId) {
      // Two orders of one customer pushed at once would both miss the contact and both make it: a job
      // holds a lease on every key it looks the contact up by (tax number, e-mail) while it finds or
      // makes it; another job sharing any of them comes back shortly and finds it.
      const held = await this.holdAll(this.customerKeys(job.tenantId, order));
      if (!held) return { job, again: 1000 };
      try {
        let id = await this.findContact(client, order, settings, !!job.contactAttemptedAt);
        if (!id) {
          job = await at({ contactAttemptedAt: new Date(), status: "IN_PROGRESS" });
          id = (await client.create("contacts", this.contactBody(order, settings))).data.id;
        }
        job = await at({ contactId: id, status: "IN_PROGRESS" });
      } finally {
        await held.release();
      }
    }
    if (!job.invoiceId) {
      let invoice = job.invoiceAttemptedAt ? await this.findInvoice(client, job.contactId as string, order) : null;
      if (!invoice) {
        job = await at({ invoiceAttemptedAt: new Date() });
        invoice = (await client.create("sales_invoices", this.invoiceBody(order, job.contactId as string, settings))).data;
      }
      job = await at({ invoiceId: invoice.id, invoiceNo: String(invoice.attributes.invoice_no ?? "") || null });
      this.deps.logger.info({ orderId: order.id, invoiceId: invoice.id }, "sales invoice in Paraşüt");
    }
    if (settings.formalize && !job.eDocId) {
      const step = await this.formalize(client, job, order);
      if (step.again !== undefined || step.job.status !== "IN_PROGRESS") return step;
      job = step.job;
    }
    return { job: await this.finish(job, "PUSHED", null) };
  }

  private async formalize(client: ParasutClient, job: JobRecord, order: Order): Promise<Step> {
    const { store } = this.deps;
    const at = (patch: Partial<JobRecord>) => store.update(job.tenantId, job.orderId, patch);
    const invoiceId = job.invoiceId as string;
    const adopt = async (): Promise<JobRecord | null> => {
      const r = await client.get("sales_invoices", invoiceId, "active_e_document");
      const ref = r.data.relationships?.active_e_document?.data as { id: string; type: string } | null | undefined;
      if (!ref) return null;
      const doc = r.included?.find((x) => x.id === ref.id && x.type === ref.type);
      return at({ eDocKind: ref.type, eDocId: ref.id, eDocStatus: String(doc?.attributes.status ?? "") || null });
    };
    if (job.eDocJobId) {
      let status = "done";
      let errors: string[] = [];
      try {
        const j = await client.get("trackable_jobs", job.eDocJobId);
        status = String(j.data.attributes.status);
        errors = (j.data.attributes.errors as string[] | undefined) ?? [];
      } catch (err) {
        // A job is usable for 15 minutes: past that, the invoice says whether it made its document.
        if ((err as { extensions?: { code?: string } }).extensions?.code !== ErrorCode.NOT_FOUND) throw err;
      }
      if (status === "running" || status === "pending") return { job, again: 1000 };
      if (status === "error") return { job: await this.finish(job, "FAILED", `formalisation failed: ${errors.join("; ") || "Paraşüt gave no reason"}`) };
      const done = await adopt();
      if (done) return { job: done };
      // Done but no document on the invoice (or the job expired unseen): formalise again.
      job = await at({ eDocJobId: null, eDocAttemptedAt: null });
    }
    if (job.eDocAttemptedAt) {
      const done = await adopt();
      if (done) return { job: done };
    }
    const vkn = digits(order.billing?.taxNumber, [10]);
    const inbox = vkn ? (await client.list("e_invoice_inboxes", { "filter[vkn]": vkn, "page[size]": 1 })).data[0] : undefined;
    job = await at({ eDocAttemptedAt: new Date(), eDocKind: inbox ? "e_invoices" : "e_archives" });
    let created: { data: PsResource };
    try {
      created = inbox
        ? await client.create("e_invoices", {
            data: {
              type: "e_invoices",
              attributes: { scenario: "basic", to: inbox.attributes.e_invoice_address },
              relationships: { invoice: { data: { id: invoiceId, type: "sales_invoices" } } },
            },
          })
        : await client.create("e_archives", {
            data: {
              type: "e_archives",
              attributes: { internet_sale: this.internetSale(order) },
              relationships: { sales_invoice: { data: { id: invoiceId, type: "sales_invoices" } } },
            },
          });
    } catch (err) {
      // "Already formalised": an earlier attempt's job is still running or done; look again shortly.
      if (/zaten resmile/i.test((err as Error).message)) return { job, again: 1000 };
      throw err;
    }
    job = await at({ eDocJobId: created.data.id });
    return { job, again: 500 };
  }

  private async cancel(client: ParasutClient, job: JobRecord, order: Order): Promise<Step> {
    let invoiceId = job.invoiceId;
    if (!invoiceId && job.invoiceAttemptedAt && job.contactId) invoiceId = (await this.findInvoice(client, job.contactId, order))?.id ?? null;
    if (!invoiceId) return { job: await this.finish(job, "CANCELLED", null) };
    const r = await client.get("sales_invoices", invoiceId, "active_e_document");
    if (r.data.relationships?.active_e_document?.data || job.eDocJobId || job.eDocId)
      return {
        job: await this.finish(
          { ...job, invoiceId },
          "NEEDS_ACCOUNTANT",
          "the order was cancelled after its invoice was formalised: a return invoice or a cancellation at GİB is the accountant's",
        ),
      };
    if (r.data.attributes.item_type !== "cancelled") await client.cancelInvoice(invoiceId);
    return { job: await this.finish({ ...job, invoiceId }, "CANCELLED", null) };
  }

  private async findContact(client: ParasutClient, order: Order, settings: AccountingSettings, attempted: boolean): Promise<string | null> {
    const b = order.billing;
    const tax = digits(b?.taxNumber, [10]) ?? digits(b?.identityNumber, [11]);
    const email = order.customer.email ?? b?.address.email ?? null;
    for (const by of settings.matchContactsBy) {
      const value = by === "TAX_NUMBER" ? tax : email;
      if (!value) continue;
      const found = (await client.list("contacts", { [by === "TAX_NUMBER" ? "filter[tax_number]" : "filter[email]"]: value, "page[size]": 2 })).data;
      if (found.length) return found[0].id;
    }
    // A contact made by an attempt whose answer was lost, when neither tax number nor e-mail can find it.
    if (attempted) {
      const name = this.contactName(order);
      const found = (await client.list("contacts", { "filter[name]": name, "page[size]": 25 })).data.filter((c) => c.attributes.name === name);
      if (found.length) return found[found.length - 1].id;
    }
    return null;
  }

  private async findInvoice(client: ParasutClient, contactId: string, order: Order): Promise<PsResource | null> {
    const list = await client.list("sales_invoices", { "filter[contact_id]": contactId, "filter[issue_date]": dayOf(order.createdAt), "page[size]": 25 });
    return list.data.find((i) => String(i.attributes.order_no) === order.number && i.attributes.item_type !== "cancelled") ?? null;
  }

  /** The keys a contact is found by (tax number, e-mail; the name when there is neither), as lease names. */
  private customerKeys(tenantId: string, order: Order): string[] {
    const b = order.billing;
    const tax = digits(b?.taxNumber, [10]) ?? digits(b?.identityNumber, [11]);
    const email = (order.customer.email ?? b?.address.email)?.toLowerCase();
    const keys = [tax && `tax:${tax}`, email && `email:${email}`].filter((k): k is string => !!k);
    return (keys.length ? keys : [`name:${this.contactName(order).toLowerCase()}`]).sort().map((k) => `accounting-contact:${tenantId}:${k}`);
  }

  /** Leases on every key, taken in order; none held (null) when another job holds one of them. */
  private async holdAll(keys: string[]): Promise<{ release(): Promise<void> } | null> {
    const taken: Array<[string, string]> = [];
    const release = async () => {
      for (const [k, t] of taken) await this.deps.lock.release(k, t).catch(() => undefined);
    };
    for (const key of keys) {
      const token = await this.deps.lock.acquire(key, 60_000);
      if (!token) {
        await release();
        return null;
      }
      taken.push([key, token]);
    }
    return { release };
  }

  private contactName(order: Order): string {
    return (order.billing?.companyName || order.billing?.address.name || order.customer.name || `Müşteri ${order.number}`).slice(0, 200);
  }

  contactBody(order: Order, settings: AccountingSettings) {
    const b = order.billing;
    const company = !!b?.companyName && !!digits(b.taxNumber, [10]);
    const a = b?.address ?? order.shippingAddress;
    return {
      data: {
        type: "contacts",
        attributes: {
          name: this.contactName(order),
          email: order.customer.email ?? a?.email ?? null,
          account_type: "customer",
          contact_type: company ? "company" : "person",
          tax_number: company ? digits(b?.taxNumber, [10]) : digits(b?.identityNumber, [11]),
          tax_office: company ? (b?.taxOffice ?? null) : null,
          city: a?.city ?? null,
          district: a?.district ?? null,
          address: a?.fullText ?? a?.line ?? null,
          phone: order.customer.phone ?? a?.phone ?? null,
        },
        relationships: settings.contactCategoryId ? { category: { data: { id: settings.contactCategoryId, type: "item_categories" } } } : {},
      },
    };
  }

  invoiceBody(order: Order, contactId: string, settings: AccountingSettings) {
    const b = order.billing;
    const date = dayOf(order.createdAt);
    const lines = order.lines.filter((l) => !NOT_INVOICED.has(l.status));
    return {
      data: {
        type: "sales_invoices",
        attributes: {
          item_type: "invoice",
          description: `${MARKETPLACE_SITES[order.marketplace]?.name ?? order.marketplace} sipariş ${order.number}`,
          issue_date: date,
          currency: "TRL",
          order_no: order.number,
          order_date: date,
          shipment_addres: order.shippingAddress?.fullText ?? order.shippingAddress?.line ?? null,
          billing_address: b?.address.fullText ?? b?.address.line ?? null,
          city: b?.address.city ?? null,
          district: b?.address.district ?? null,
          tax_number: digits(b?.taxNumber, [10]) ?? digits(b?.identityNumber, [11]),
          tax_office: b?.taxOffice ?? null,
        },
        relationships: {
          contact: { data: { id: contactId, type: "contacts" } },
          ...(settings.invoiceCategoryId ? { category: { data: { id: settings.invoiceCategoryId, type: "item_categories" } } } : {}),
          details: { data: [...lines.map((l) => this.detail(l)), ...this.shipping(order)] },
        },
      },
    };
  }

  /**
   * A line: its list price without VAT as the unit price, and what the customer did not pay of it (the
   * sale price's discount and the line's own discounts: list × quantity − the line's total) as an amount
   * discount without VAT — so the invoice's total is what the customer paid for the line.
   */
  private detail(l: OrderLine) {
    const vat = VAT_RATES.includes(l.vatRate ?? -1) ? (l.vatRate as number) : 20;
    const unit = exVat(l.listPrice.amount, vat);
    const paid = exVat(l.total.amount, vat);
    const discount = Math.max(0, Math.round((unit * l.quantity - paid) * 100) / 100);
    return {
      type: "sales_invoice_details",
      attributes: {
        quantity: l.quantity,
        unit_price: unit,
        vat_rate: vat,
        ...(discount > 0 ? { discount_type: "amount", discount_value: discount } : {}),
        description: [l.productName, l.variant].filter(Boolean).join(" — ").slice(0, 250),
      },
    };
  }

  /** The shipping the customer paid, as its own line (20 % VAT). */
  private shipping(order: Order) {
    const amount = Number(order.totals.shipping.amount);
    return amount > 0
      ? [{ type: "sales_invoice_details", attributes: { quantity: 1, unit_price: exVat(order.totals.shipping.amount, 20), vat_rate: 20, description: "Kargo" } }]
      : [];
  }

  private internetSale(order: Order) {
    const site = MARKETPLACE_SITES[order.marketplace] ?? { url: "https://www.pazargraph.local", name: order.marketplace };
    return { url: site.url, payment_type: "ODEMEARACISI", payment_platform: site.name, payment_date: dayOf(order.createdAt) };
  }

  private async finish(job: JobRecord, status: JobRecord["status"], error: string | null): Promise<JobRecord> {
    const r = await this.deps.store.update(job.tenantId, job.orderId, {
      status,
      error,
      invoiceId: job.invoiceId,
      ...(status === "PUSHED" ? { pushedAt: new Date() } : {}),
    });
    this.deps.onStatus?.(r);
    return r;
  }

  /** A failed step: Paraşüt's 422 stops the job with its message; anything else is tried again with backoff. */
  private async failed(job: JobRecord, err: unknown): Promise<JobRecord> {
    const e = err as Error & { extensions?: { code?: string; httpStatus?: number } };
    const current = (await this.deps.store.job(job.tenantId, job.orderId)) ?? job;
    if (e.extensions?.code === ErrorCode.MARKETPLACE_REJECTED && e.extensions.httpStatus === 422) return this.finish(current, "FAILED", e.message);
    const attempts = current.attempts + 1;
    const wait = Math.min(5 * 60_000, 1000 * 2 ** Math.min(attempts - 1, 9));
    this.deps.logger.warn({ orderId: job.orderId, attempts, error: e.message }, "accounting push will be tried again");
    return this.deps.store.update(job.tenantId, job.orderId, { attempts, error: e.message, nextAttemptAt: new Date(Date.now() + wait) });
  }
}
