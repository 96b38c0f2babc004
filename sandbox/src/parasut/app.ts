// The Paraşüt sandbox: API v4 as its public specification describes it. OAuth2 at POST /oauth/token
// (password grant with client id/secret, e-mail and password, redirect_uri urn:ietf:wg:oauth:2.0:oob;
// refresh grant; access tokens for 2 hours; a new refresh token at every refresh, the old one then
// refused), GET /v4/me, and /v4/{company_id}/… JSON:API resources: contacts (filter name, email,
// tax_number), products (filter code, name), item_categories, sales_invoices with details (include
// details, contact, active_e_document; …/cancel; …/payments), e_invoice_inboxes (filter vkn),
// e_invoices and e_archives (201 with a trackable job), trackable_jobs (running → done or error; usable
// 15 minutes), the e-document PDF (204 until it exists, then a URL valid one hour). page[size] is 1 to
// 25 (15 by default); errors are { errors: [{ title, detail }] } with 400/401/403/404/422; 10 requests
// per 10 seconds per company, 429 beyond it.
//
// Not verified (the specification does not say; the sandbox decides): the 429 body and its
// Retry-After header (here: seconds until the window has room), the token endpoint's error bodies
// (here the OAuth2 { error, error_description }), how long a job runs (jobDelayMs) and a PDF takes,
// the exact 422 messages, and that a formalised invoice cannot be cancelled (here: 422).
import formbody from "@fastify/formbody";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { commonAdminRoutes } from "../common/admin.ts";
import { createFaultInjector, type FaultInjector } from "../common/faults.ts";
import { generateParasutData, newRecord, type ParasutData, type PsJob, type PsRecord, table } from "./data.ts";

export const PARASUT_ADMIN_PREFIX = "/_sandbox";
export const ACCESS_TOKEN_SECONDS = 7200;
export const JOB_USABLE_MS = 15 * 60_000;
export const PDF_URL_SECONDS = 3600;
export const MAX_PAGE_SIZE = 25;
const VAT_RATES = [0, 1, 8, 10, 18, 20];
const PAYMENT_TYPES = ["KREDIKARTI/BANKAKARTI", "EFT/HAVALE", "KAPIDAODEME", "ODEMEARACISI"];

export interface ParasutSandboxOptions {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  /** @default "115" */
  companyId?: string;
  seed?: number;
  anchorMs?: number;
  /** How long a trackable job runs. @default 500 */
  jobDelayMs?: number;
  /** How long after its job an e-document's PDF exists. @default 500 */
  pdfDelayMs?: number;
  /** Requests per window per company. @default { requests: 10, windowMs: 10000 } */
  rateLimit?: { requests: number; windowMs: number };
  now?: () => number;
  logger?: boolean;
}

export interface ParasutSandbox {
  app: FastifyInstance;
  data: ParasutData;
  faults: FaultInjector;
  stats: Map<string, number>;
  /** The most requests one company made in any window, and how many were refused with 429. */
  rate: { maxInWindow: number; rejected: number; reset(): void };
}

const fail = (reply: FastifyReply, status: number, title: string, detail: string) => reply.code(status).send({ errors: [{ title, detail }] });
const unprocessable = (reply: FastifyReply, detail: string) => fail(reply, 422, "Unprocessable Entity", detail);
const money = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

type Body = { data?: { id?: unknown; type?: unknown; attributes?: Record<string, unknown>; relationships?: Record<string, { data?: unknown }> } };
const relId = (body: Body, name: string): string | null => {
  const d = body.data?.relationships?.[name]?.data as { id?: unknown } | null | undefined;
  return d && (typeof d.id === "string" || typeof d.id === "number") ? String(d.id) : null;
};

export function createParasutSandbox(options: ParasutSandboxOptions): ParasutSandbox {
  const now = options.now ?? Date.now;
  const companyId = options.companyId ?? "115";
  const data = generateParasutData({ seed: options.seed ?? 42, companyId, email: options.username, anchorMs: options.anchorMs ?? now() });
  const stats = new Map<string, number>();
  const faults = createFaultInjector();
  const limit = options.rateLimit ?? { requests: 10, windowMs: 10_000 };
  const log: number[] = [];
  const rate = {
    maxInWindow: 0,
    rejected: 0,
    reset() {
      log.length = 0;
      rate.maxInWindow = 0;
      rate.rejected = 0;
    },
  };
  /** The next creates of a type that answer 500 after the record was made (exactly-once tests). */
  const failAfterCreate = new Map<string, number>();
  const jobDelayMs = options.jobDelayMs ?? 500;
  const pdfDelayMs = options.pdfDelayMs ?? 500;

  const app = Fastify({ logger: options.logger ?? false });
  app.register(formbody);
  app.addContentTypeParser("application/vnd.api+json", { parseAs: "string" }, (_req, body, done) => {
    try {
      done(null, body ? JSON.parse(body as string) : {});
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  faults.install(app, PARASUT_ADMIN_PREFIX);

  // Jobs that have run make their e-document (and its invoice's active_e_document) when anything looks.
  const settle = () => {
    const t = now();
    for (const job of data.jobs.values()) {
      if (job.readyAtMs > t || job.error || table(data, job.kind).has(`doc-${job.id}`)) continue;
      const invoice = table(data, "sales_invoices").get(job.invoiceId);
      if (!invoice) continue;
      const attrs =
        job.kind === "e_archives"
          ? {
              uuid: `ea-${job.id}`,
              vkn: invoice.attributes.tax_number ?? "11111111111",
              invoice_number: `GIB${new Date(t).getUTCFullYear()}${String(job.id).padStart(9, "0")}`,
              status: "sent",
              is_printed: false,
              is_signed: true,
            }
          : {
              uuid: `ei-${job.id}`,
              external_id: `EF${job.id}`,
              to: invoice.attributes.e_invoice_to,
              direction: "outbound",
              scenario: invoice.attributes.e_invoice_scenario,
              status: "successful",
              item_type: "invoice",
            };
      const doc: PsRecord = { id: `doc-${job.id}`, type: job.kind, attributes: { ...attrs, created_at: new Date(job.readyAtMs).toISOString() }, relationships: {} };
      table(data, job.kind).set(doc.id, doc);
      invoice.relationships.active_e_document = { data: { id: doc.id, type: job.kind } };
      data.pdfReadyAtMs.set(doc.id, job.readyAtMs + pdfDelayMs);
    }
  };

  const bearer = (req: FastifyRequest) => {
    const m = /^Bearer\s+(\S+)$/i.exec(String(req.headers.authorization ?? ""));
    const t = m ? data.tokens.get(m[1]) : undefined;
    return t && t.kind === "access" && t.expiresAtMs > now() ? m?.[1] : null;
  };

  app.addHook("preHandler", async (req, reply) => {
    const pattern = req.routeOptions.url ?? "";
    if (!pattern.startsWith("/v4/")) return;
    stats.set(`${req.method} ${pattern}`, (stats.get(`${req.method} ${pattern}`) ?? 0) + 1);
    if (!bearer(req)) return fail(reply, 401, "Unauthorized", "The access token is invalid or has expired");
    const company = (req.params as { company?: string }).company;
    if (company !== undefined && company !== companyId) return fail(reply, 403, "Forbidden", `You are not a user of company ${company}`);
    // 10 requests per 10 seconds per company: the window slides.
    const t = now();
    while (log.length && log[0] <= t - limit.windowMs) log.shift();
    if (log.length >= limit.requests) {
      rate.rejected++;
      const wait = Math.max(1, Math.ceil((log[0] + limit.windowMs - t) / 1000));
      return fail(reply.header("retry-after", String(wait)), 429, "Too Many Requests", `At most ${limit.requests} requests per ${limit.windowMs / 1000} seconds`);
    }
    log.push(t);
    rate.maxInWindow = Math.max(rate.maxInWindow, log.length);
    settle();
  });
  app.setNotFoundHandler((req, reply) => fail(reply, 404, "Not Found", `No route ${req.method} ${req.url.split("?")[0]}`));
  app.setErrorHandler((err: { statusCode?: number; message: string }, _req, reply) =>
    err.statusCode && err.statusCode < 500 ? fail(reply, err.statusCode, "Bad Request", err.message) : fail(reply, 500, "Internal Server Error", "Something went wrong"),
  );

  // ---- OAuth2 ----
  const issue = () => {
    const access = `at_${data.rng.guid().replace(/-/g, "")}`;
    const refresh = `rt_${data.rng.guid().replace(/-/g, "")}`;
    data.tokens.set(access, { kind: "access", expiresAtMs: now() + ACCESS_TOKEN_SECONDS * 1000 });
    data.tokens.set(refresh, { kind: "refresh", expiresAtMs: Number.MAX_SAFE_INTEGER });
    return { access_token: access, token_type: "bearer", expires_in: ACCESS_TOKEN_SECONDS, refresh_token: refresh, created_at: Math.floor(now() / 1000) };
  };
  app.post("/oauth/token", async (req, reply) => {
    const p = { ...(req.query as Record<string, string>), ...((req.body as Record<string, string> | undefined) ?? {}) };
    if (p.client_id !== options.clientId || p.client_secret !== options.clientSecret)
      return reply.code(401).send({ error: "invalid_client", error_description: "Client authentication failed due to unknown client." });
    if (p.grant_type === "password") {
      if (p.redirect_uri !== "urn:ietf:wg:oauth:2.0:oob")
        return reply.code(400).send({ error: "invalid_request", error_description: "redirect_uri must be urn:ietf:wg:oauth:2.0:oob" });
      if (p.username !== options.username || p.password !== options.password)
        return reply.code(400).send({
          error: "invalid_grant",
          error_description:
            "The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.",
        });
      return issue();
    }
    if (p.grant_type === "refresh_token") {
      const t = data.tokens.get(p.refresh_token ?? "");
      if (!t || t.kind !== "refresh" || t.used) return reply.code(400).send({ error: "invalid_grant", error_description: "The refresh token is invalid or was already used." });
      t.used = true; // rotating: the old one is spent
      return issue();
    }
    return reply.code(400).send({ error: "unsupported_grant_type", error_description: "grant_type must be password or refresh_token" });
  });

  app.get("/v4/me", async () => ({
    data: {
      id: data.user.id,
      type: "users",
      attributes: { name: data.user.name, email: data.user.email, is_confirmed: true },
      relationships: { companies: { data: [{ id: companyId, type: "companies" }] } },
    },
    included: [{ id: companyId, type: "companies", attributes: { name: "Demo Satıcı Ltd. Şti.", legal_name: "Demo Satıcı Ticaret Ltd. Şti." } }],
  }));

  // ---- lists ----
  const page = (req: FastifyRequest, reply: FastifyReply, rows: PsRecord[], included: (rows: PsRecord[]) => PsRecord[] = () => []) => {
    const q = req.query as Record<string, string | undefined>;
    const number = q["page[number]"] === undefined ? 1 : Number(q["page[number]"]);
    const size = q["page[size]"] === undefined ? 15 : Number(q["page[size]"]);
    if (!Number.isInteger(number) || number < 1) return fail(reply, 400, "Bad Request", "page[number] must be 1 or more");
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) return fail(reply, 400, "Bad Request", `page[size] must be 1 to ${MAX_PAGE_SIZE}`);
    const slice = rows.slice((number - 1) * size, number * size);
    return { data: slice, included: included(slice), meta: { current_page: number, total_pages: Math.max(1, Math.ceil(rows.length / size)), total_count: rows.length } };
  };
  const filter = (req: FastifyRequest, name: string) => (req.query as Record<string, string | undefined>)[`filter[${name}]`];
  const sortDesc = (rows: PsRecord[]) => [...rows].sort((a, b) => Number(b.id) - Number(a.id));

  app.get("/v4/:company/contacts", async (req, reply) => {
    const name = filter(req, "name")?.toLocaleLowerCase("tr-TR");
    const email = filter(req, "email")?.toLowerCase();
    const tax = filter(req, "tax_number");
    const rows = [...table(data, "contacts").values()].filter(
      (c) =>
        (name === undefined || String(c.attributes.name).toLocaleLowerCase("tr-TR").includes(name)) &&
        (email === undefined || String(c.attributes.email ?? "").toLowerCase() === email) &&
        (tax === undefined || c.attributes.tax_number === tax),
    );
    return page(req, reply, rows);
  });
  app.get("/v4/:company/products", async (req, reply) => {
    const code = filter(req, "code");
    const name = filter(req, "name")?.toLocaleLowerCase("tr-TR");
    const rows = sortDesc([...table(data, "products").values()]).filter(
      (p) => (code === undefined || p.attributes.code === code) && (name === undefined || String(p.attributes.name).toLocaleLowerCase("tr-TR").includes(name)),
    );
    return page(req, reply, rows);
  });
  app.get("/v4/:company/item_categories", async (req, reply) => {
    const type = filter(req, "category_type");
    const name = filter(req, "name");
    const rows = [...table(data, "item_categories").values()].filter(
      (c) => (type === undefined || c.attributes.category_type === type) && (name === undefined || c.attributes.name === name),
    );
    return page(req, reply, rows);
  });
  const invoiceIncluded = (req: FastifyRequest) => (rows: PsRecord[]) => {
    const wanted = String((req.query as { include?: string }).include ?? "")
      .split(",")
      .filter(Boolean);
    const out: PsRecord[] = [];
    for (const inv of rows) {
      if (wanted.includes("details"))
        for (const d of inv.relationships.details?.data as Array<{ id: string }>) out.push(table(data, "sales_invoice_details").get(d.id) as PsRecord);
      const contact = inv.relationships.contact?.data as { id: string } | null;
      if (wanted.includes("contact") && contact) out.push(table(data, "contacts").get(contact.id) as PsRecord);
      const doc = inv.relationships.active_e_document?.data as { id: string; type: string } | null;
      if (wanted.includes("active_e_document") && doc) out.push(table(data, doc.type).get(doc.id) as PsRecord);
    }
    return out;
  };
  app.get("/v4/:company/sales_invoices", async (req, reply) => {
    const contact = filter(req, "contact_id");
    const issue = filter(req, "issue_date");
    const invoiceId = filter(req, "invoice_id");
    const types = (filter(req, "item_type") ?? "invoice,refund,estimate").split(",");
    const rows = sortDesc([...table(data, "sales_invoices").values()]).filter(
      (i) =>
        types.includes(String(i.attributes.item_type)) &&
        (contact === undefined || (i.relationships.contact?.data as { id: string } | null)?.id === contact) &&
        (issue === undefined || i.attributes.issue_date === issue) &&
        (invoiceId === undefined || String(i.attributes.invoice_id) === invoiceId),
    );
    return page(req, reply, rows, invoiceIncluded(req));
  });
  app.get("/v4/:company/e_invoice_inboxes", async (req, reply) => {
    const vkn = filter(req, "vkn");
    if (vkn !== undefined && !/^\d{10,11}$/.test(vkn)) return fail(reply, 400, "Bad Request", "filter[vkn] must be a number");
    const rows = [...data.inboxes.values()]
      .filter((b) => vkn === undefined || b.vkn === vkn)
      .map((b, i): PsRecord => ({ id: String(500 + i), type: "e_invoice_inboxes", attributes: b, relationships: {} }));
    return page(req, reply, rows);
  });

  // ---- single records ----
  const one = (type: string, include?: (req: FastifyRequest) => (rows: PsRecord[]) => PsRecord[]) => async (req: FastifyRequest, reply: FastifyReply) => {
    const r = table(data, type).get((req.params as { id: string }).id);
    if (!r) return fail(reply, 404, "Not Found", `${type} ${(req.params as { id: string }).id} not found`);
    return { data: r, included: include ? include(req)([r]) : [] };
  };
  app.get("/v4/:company/contacts/:id", one("contacts"));
  app.get("/v4/:company/products/:id", one("products"));
  app.get("/v4/:company/sales_invoices/:id", one("sales_invoices", invoiceIncluded));
  app.get("/v4/:company/e_archives/:id", one("e_archives"));
  app.get("/v4/:company/e_invoices/:id", one("e_invoices"));

  // ---- creates ----
  /** Answers a create, unless the admin asked this type's next creates to fail after the record was made. */
  const created = (reply: FastifyReply, record: PsRecord, included: PsRecord[] = []) => {
    const left = failAfterCreate.get(record.type) ?? 0;
    if (left > 0) {
      failAfterCreate.set(record.type, left - 1);
      return fail(reply, 500, "Internal Server Error", "Something went wrong");
    }
    return reply.code(201).send({ data: record, included });
  };
  const attributesOf = (req: FastifyRequest, type: string) => {
    const body = (req.body ?? {}) as Body;
    if (body.data?.type !== type) return null;
    return { body, attrs: body.data.attributes ?? {} };
  };

  app.post("/v4/:company/contacts", async (req, reply) => {
    const b = attributesOf(req, "contacts");
    if (!b) return fail(reply, 400, "Bad Request", 'data.type must be "contacts"');
    const { attrs } = b;
    if (typeof attrs.name !== "string" || !attrs.name.trim()) return unprocessable(reply, "Ad boş bırakılamaz (name is required)");
    if (!["customer", "supplier"].includes(String(attrs.account_type))) return unprocessable(reply, "account_type must be customer or supplier");
    if (attrs.tax_number != null && !/^\d{10,11}$/.test(String(attrs.tax_number))) return unprocessable(reply, "Vergi numarası 10 (VKN) ya da 11 (TCKN) haneli olmalıdır");
    const category = relId(b.body, "category");
    const r = newRecord(data, "contacts", { balance: "0.0", ...attrs }, category ? { category: { data: { id: category, type: "item_categories" } } } : {}, now());
    return created(reply, r);
  });

  app.post("/v4/:company/products", async (req, reply) => {
    const b = attributesOf(req, "products");
    if (!b) return fail(reply, 400, "Bad Request", 'data.type must be "products"');
    if (typeof b.attrs.name !== "string" || !b.attrs.name.trim()) return unprocessable(reply, "name is required");
    return created(reply, newRecord(data, "products", { stock_count: "0.0", ...b.attrs }, {}, now()));
  });

  app.post("/v4/:company/item_categories", async (req, reply) => {
    const b = attributesOf(req, "item_categories");
    if (!b) return fail(reply, 400, "Bad Request", 'data.type must be "item_categories"');
    if (typeof b.attrs.name !== "string" || !b.attrs.name.trim()) return unprocessable(reply, "name is required");
    if (!["Product", "Contact", "Employee", "SalesInvoice", "Expenditure"].includes(String(b.attrs.category_type))) return unprocessable(reply, "category_type is not valid");
    return created(reply, newRecord(data, "item_categories", { full_path: b.attrs.name, ...b.attrs }, {}, now()));
  });

  app.post("/v4/:company/sales_invoices", async (req, reply) => {
    const b = attributesOf(req, "sales_invoices");
    if (!b) return fail(reply, 400, "Bad Request", 'data.type must be "sales_invoices"');
    const { attrs, body } = b;
    if (!["invoice", "export", "estimate", "refund"].includes(String(attrs.item_type))) return unprocessable(reply, "item_type is not valid");
    if (typeof attrs.issue_date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(attrs.issue_date)) return unprocessable(reply, "Fatura tarihi (issue_date) YYYY-MM-DD olmalıdır");
    const contactId = relId(body, "contact");
    if (contactId && !table(data, "contacts").has(contactId)) return unprocessable(reply, `Müşteri bulunamadı: ${contactId}`);
    const details = body.data?.relationships?.details?.data;
    if (!Array.isArray(details) || !details.length) return unprocessable(reply, "Fatura en az bir satır içermelidir (details)");
    const lines: Array<Record<string, unknown>> = [];
    let gross = 0;
    let discount = 0;
    let vat = 0;
    for (const [i, d] of (details as Array<{ attributes?: Record<string, unknown>; relationships?: Record<string, { data?: { id?: unknown } }> }>).entries()) {
      const a = d.attributes ?? {};
      const q = Number(a.quantity);
      const unit = Number(a.unit_price);
      const rate = Number(a.vat_rate);
      if (!(q > 0) || !Number.isFinite(unit) || unit < 0) return unprocessable(reply, `Satır ${i + 1}: quantity ve unit_price gereklidir`);
      if (!VAT_RATES.includes(rate)) return unprocessable(reply, `Satır ${i + 1}: KDV oranı geçersiz (${a.vat_rate})`);
      const lineGross = q * unit;
      const dv = Number(a.discount_value ?? 0);
      const lineDiscount = a.discount_type === "percentage" ? (lineGross * dv) / 100 : a.discount_type === "amount" ? dv : 0;
      if (lineDiscount < 0 || lineDiscount > lineGross + 1e-9) return unprocessable(reply, `Satır ${i + 1}: indirim tutarı geçersiz`);
      const net = lineGross - lineDiscount;
      gross += lineGross;
      discount += lineDiscount;
      vat += (net * rate) / 100;
      const productId = d.relationships?.product?.data?.id;
      lines.push({ ...a, net_total: money(net), _product: productId == null ? null : String(productId) });
    }
    const detailRefs = lines.map((l) => {
      const { _product, ...attributes } = l;
      const rec = newRecord(data, "sales_invoice_details", attributes, _product ? { product: { data: { id: String(_product), type: "products" } } } : {}, now());
      return { id: rec.id, type: "sales_invoice_details" };
    });
    const categoryId = relId(body, "category");
    const invoice = newRecord(
      data,
      "sales_invoices",
      {
        currency: "TRL",
        ...attrs,
        invoice_no: `PRS${String(data.nextInvoiceNo++).padStart(6, "0")}`,
        gross_total: money(gross),
        total_discount: money(discount),
        before_taxes_total: money(gross - discount),
        total_vat: money(vat),
        net_total: money(gross - discount + vat),
        remaining: money(gross - discount + vat),
        payment_status: "unpaid",
        archived: false,
      },
      {
        contact: { data: contactId ? { id: contactId, type: "contacts" } : null },
        category: { data: categoryId ? { id: categoryId, type: "item_categories" } : null },
        details: { data: detailRefs },
        active_e_document: { data: null },
      },
      now(),
    );
    return created(
      reply,
      invoice,
      detailRefs.map((d) => table(data, "sales_invoice_details").get(d.id) as PsRecord),
    );
  });

  app.delete("/v4/:company/sales_invoices/:id/cancel", async (req, reply) => {
    const inv = table(data, "sales_invoices").get((req.params as { id: string }).id);
    if (!inv) return fail(reply, 404, "Not Found", "sales_invoice not found");
    if ((inv.relationships.active_e_document?.data as unknown) != null) return unprocessable(reply, "Resmileştirilmiş fatura iptal edilemez; iade faturası kesin");
    inv.attributes.item_type = "cancelled";
    inv.attributes.updated_at = new Date(now()).toISOString();
    return { data: inv };
  });

  app.post("/v4/:company/sales_invoices/:id/payments", async (req, reply) => {
    const inv = table(data, "sales_invoices").get((req.params as { id: string }).id);
    if (!inv) return fail(reply, 404, "Not Found", "sales_invoice not found");
    const b = attributesOf(req, "payments");
    if (!b) return fail(reply, 400, "Bad Request", 'data.type must be "payments"');
    const amount = Number(b.attrs.amount);
    if (!(amount > 0)) return unprocessable(reply, "amount must be positive");
    const remaining = Math.max(0, Number(inv.attributes.remaining) - amount);
    inv.attributes.remaining = money(remaining);
    inv.attributes.payment_status = remaining === 0 ? "paid" : "partially_paid";
    return created(reply, newRecord(data, "payments", { ...b.attrs }, { payable: { data: { id: inv.id, type: "sales_invoices" } } }, now()));
  });

  // ---- formalisation ----
  const formalisable = (reply: FastifyReply, invoiceId: string | null): PsRecord | null => {
    const inv = invoiceId ? table(data, "sales_invoices").get(invoiceId) : undefined;
    if (!inv) {
      unprocessable(reply, `Fatura bulunamadı: ${invoiceId}`);
      return null;
    }
    if (inv.attributes.item_type === "cancelled") {
      unprocessable(reply, "İptal edilmiş fatura resmileştirilemez");
      return null;
    }
    const pending = [...data.jobs.values()].some((j) => j.invoiceId === inv.id && !j.error);
    if ((inv.relationships.active_e_document?.data as unknown) != null || pending) {
      unprocessable(reply, "Bu fatura zaten resmileştirilmiş");
      return null;
    }
    if ((inv.attributes.order_no == null) !== (inv.attributes.order_date == null)) {
      unprocessable(reply, "order_no ve order_date birlikte girilmelidir");
      return null;
    }
    return inv;
  };
  const startJob = (reply: FastifyReply, kind: PsJob["kind"], inv: PsRecord) => {
    const id = String(data.nextId++);
    data.jobs.set(id, { id, kind, invoiceId: inv.id, createdAtMs: now(), readyAtMs: now() + jobDelayMs, error: takeJobFailure() });
    return reply.code(201).send({ data: { id, type: "trackable_jobs", attributes: { status: "running", errors: [] } } });
  };
  const failJobs = { next: 0, message: "GİB sistemine iletilemedi" };
  const takeJobFailure = () => {
    if (failJobs.next <= 0) return null;
    failJobs.next--;
    return failJobs.message;
  };

  app.post("/v4/:company/e_invoices", async (req, reply) => {
    const b = attributesOf(req, "e_invoices");
    if (!b) return fail(reply, 400, "Bad Request", 'data.type must be "e_invoices"');
    const inv = formalisable(reply, relId(b.body, "invoice"));
    if (!inv) return reply;
    if (!["basic", "commercial"].includes(String(b.attrs.scenario))) return unprocessable(reply, "scenario must be basic or commercial");
    const inbox = data.inboxes.get(String(inv.attributes.tax_number ?? ""));
    if (!inbox) return unprocessable(reply, "Alıcı e-Fatura kullanıcısı değil; e-Arşiv fatura kesin");
    if (b.attrs.to !== inbox.e_invoice_address) return unprocessable(reply, `Alıcı etiketi (to) geçersiz: ${String(b.attrs.to)}`);
    inv.attributes.e_invoice_to = b.attrs.to;
    inv.attributes.e_invoice_scenario = b.attrs.scenario;
    return startJob(reply, "e_invoices", inv);
  });

  app.post("/v4/:company/e_archives", async (req, reply) => {
    const b = attributesOf(req, "e_archives");
    if (!b) return fail(reply, 400, "Bad Request", 'data.type must be "e_archives"');
    const inv = formalisable(reply, relId(b.body, "sales_invoice"));
    if (!inv) return reply;
    if (data.inboxes.has(String(inv.attributes.tax_number ?? ""))) return unprocessable(reply, "Alıcı e-Fatura kullanıcısı; e-Arşiv yerine e-Fatura gönderilmelidir");
    const sale = b.attrs.internet_sale as Record<string, unknown> | undefined;
    if (sale) {
      if (typeof sale.url !== "string" || !/^https?:\/\//.test(sale.url)) return unprocessable(reply, "internet_sale.url geçersiz");
      if (!PAYMENT_TYPES.includes(String(sale.payment_type))) return unprocessable(reply, `internet_sale.payment_type: ${PAYMENT_TYPES.join(", ")}`);
      if (typeof sale.payment_date !== "string") return unprocessable(reply, "internet_sale.payment_date gereklidir");
    }
    return startJob(reply, "e_archives", inv);
  });

  app.get("/v4/:company/trackable_jobs/:id", async (req, reply) => {
    const job = data.jobs.get((req.params as { id: string }).id);
    if (!job || now() - job.createdAtMs > JOB_USABLE_MS) return fail(reply, 404, "Not Found", "trackable_job not found (a job can be followed for 15 minutes)");
    const running = now() < job.readyAtMs;
    return {
      data: { id: job.id, type: "trackable_jobs", attributes: { status: running ? "running" : job.error ? "error" : "done", errors: !running && job.error ? [job.error] : [] } },
    };
  });

  for (const kind of ["e_archives", "e_invoices"])
    app.get(`/v4/:company/${kind}/:id/pdf`, async (req, reply) => {
      const id = (req.params as { id: string }).id;
      if (!table(data, kind).has(id)) return fail(reply, 404, "Not Found", `${kind} ${id} not found`);
      if ((data.pdfReadyAtMs.get(id) ?? Number.MAX_SAFE_INTEGER) > now()) return reply.code(204).send();
      return {
        data: {
          id,
          type: "e_document_pdfs",
          attributes: {
            url: `https://sandbox.parasut.local/pdf/${kind}/${id}.pdf?expires=${now() + PDF_URL_SECONDS * 1000}`,
            expires_at: new Date(now() + PDF_URL_SECONDS * 1000).toISOString(),
          },
        },
      };
    });

  // ---- the sandbox's own API ----
  app.register(
    async (admin) => {
      commonAdminRoutes(admin, { stats, faults });
      /** The next `count` creates of `type` make the record and then answer 500 (the client cannot know it was made). */
      admin.put("/fail-after-create", async (req) => {
        const b = (req.body ?? {}) as { type?: string; count?: number };
        failAfterCreate.set(String(b.type), Number(b.count ?? 1));
        return Object.fromEntries(failAfterCreate);
      });
      /** The next `count` formalisation jobs end in error with `message`. */
      admin.put("/fail-jobs", async (req) => {
        const b = (req.body ?? {}) as { count?: number; message?: string };
        failJobs.next = Number(b.count ?? 1);
        if (b.message) failJobs.message = b.message;
        return failJobs;
      });
      admin.get("/rate", async () => ({ maxInWindow: rate.maxInWindow, rejected: rate.rejected, limit }));
      admin.delete("/rate", async () => {
        rate.reset();
        return { ok: true };
      });
      /** Every record of a type (tests count invoices and contacts without spending the rate budget). */
      admin.get("/records/:type", async (req) => {
        settle();
        return [...table(data, (req.params as { type: string }).type).values()];
      });
      admin.post("/tokens/expire", async () => {
        for (const t of data.tokens.values()) if (t.kind === "access") t.expiresAtMs = 0;
        return { ok: true };
      });
    },
    { prefix: PARASUT_ADMIN_PREFIX },
  );
  return { app, data, faults, stats, rate };
}
