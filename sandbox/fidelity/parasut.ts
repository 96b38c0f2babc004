// The Paraşüt sandbox against the public facts about Paraşüt's v4 API (its Swagger 2.0 specification as
// mirrored publicly, e.g. api-evangelist/para-t; the README's "Not verified about Paraşüt" says what it
// leaves open): the endpoints of the families
// the accounting integration uses, the fields the specification defines (partial shapes: the sandbox
// may carry more), and the rules it states. Endpoints of those families that the integration never
// calls are listed as not simulated, with the reason.
import type { FastifyInstance } from "fastify";
import { createParasutSandbox } from "../src/parasut/app.ts";
import { REGISTERED_VKNS } from "../src/parasut/data.ts";
import { type Answer, injector, type SandboxFidelity } from "./harness.ts";

const START = Date.parse("2026-12-04T12:00:00Z");
const CREDS = { clientId: "cid", clientSecret: "csec", username: "muhasebe@example.com", password: "pw" };
const C = "/v4/115";

async function start(watch: (app: FastifyInstance) => void) {
  const clock = { t: START };
  // The documented limit as it is: 10 requests per 10 seconds per company.
  const sb = createParasutSandbox({ ...CREDS, anchorMs: START, now: () => clock.t, jobDelayMs: 1000, pdfDelayMs: 1000 });
  watch(sb.app);
  const token = { access: "", refresh: "" };
  const call = injector(sb.app, () => (token.access ? { authorization: `Bearer ${token.access}` } : {}));
  const grant = (form: Record<string, string>) => call("POST", "/oauth/token", { client_id: CREDS.clientId, client_secret: CREDS.clientSecret, ...form }, { authorization: "" });
  const login = async () => {
    const a = await grant({ grant_type: "password", username: CREDS.username, password: CREDS.password, redirect_uri: "urn:ietf:wg:oauth:2.0:oob" });
    const b = a.body as { access_token: string; refresh_token: string };
    token.access = b.access_token;
    token.refresh = b.refresh_token;
    return a;
  };
  await login();
  /** Past the 10-second window, so that one case's calls do not count against the next. */
  const rest = () => {
    clock.t += 11_000;
  };
  const contact = async (taxNumber: string | null) => {
    rest();
    const made = await call("POST", `${C}/contacts`, {
      data: { type: "contacts", attributes: { name: `Müşteri ${taxNumber ?? "bireysel"} ${clock.t}`, account_type: "customer", ...(taxNumber ? { tax_number: taxNumber } : {}) } },
    });
    return (made.body as { data: { id: string } }).data.id;
  };
  /** An invoice; its tax_number (the buyer's VKN) decides e-Fatura or e-Arşiv. */
  const invoice = async (contactId: string, taxNumber?: string) => {
    const made = await call("POST", `${C}/sales_invoices`, {
      data: {
        type: "sales_invoices",
        attributes: { item_type: "invoice", issue_date: "2026-12-04", order_no: `ORD-${clock.t}`, order_date: "2026-12-04", ...(taxNumber ? { tax_number: taxNumber } : {}) },
        relationships: {
          contact: { data: { id: contactId, type: "contacts" } },
          details: { data: [{ type: "sales_invoice_details", attributes: { quantity: 1, unit_price: 100, vat_rate: 20 } }] },
        },
      },
    });
    return (made.body as { data: { id: string } }).data.id;
  };
  const eArchive = async () => {
    const inv = await invoice(await contact(null));
    rest();
    const job = await call("POST", `${C}/e_archives`, {
      data: {
        type: "e_archives",
        attributes: { internet_sale: { url: "https://www.pazarama.com", payment_type: "ODEMEARACISI", payment_platform: "Pazarama", payment_date: "2026-12-04" } },
        relationships: { sales_invoice: { data: { id: inv, type: "sales_invoices" } } },
      },
    });
    return { inv, job: (job.body as { data: { id: string } }).data.id, answer: job };
  };
  return { sb, call, clock, grant, login, token, rest, contact, invoice, eArchive };
}
type Ctx = Awaited<ReturnType<typeof start>>;

const refused = (status: number) => (a: Answer) => a.status === status;
const list = (path: string) => (c: Ctx) => {
  c.rest();
  return c.call("GET", `${C}${path}`);
};
const NEVER_CALLED = "the accounting integration never calls it (it creates, reads and cancels; it does not edit, delete or archive)";

export const parasutFidelity: SandboxFidelity<Ctx> = {
  name: "Paraşüt",
  source: "Paraşüt v4 specification facts (README: Not verified about Paraşüt)",
  endpoints: [
    "POST /oauth/token",
    "GET /v4/me",
    ...["contacts", "products", "item_categories", "sales_invoices"].flatMap((r) => [
      `GET /v4/{id}/${r}`,
      `POST /v4/{id}/${r}`,
      `GET /v4/{id}/${r}/{id}`,
      `PUT /v4/{id}/${r}/{id}`,
      `DELETE /v4/{id}/${r}/{id}`,
    ]),
    "POST /v4/{id}/sales_invoices/{id}/payments",
    "DELETE /v4/{id}/sales_invoices/{id}/cancel",
    "PATCH /v4/{id}/sales_invoices/{id}/recover",
    "PATCH /v4/{id}/sales_invoices/{id}/archive",
    "GET /v4/{id}/e_invoice_inboxes",
    "POST /v4/{id}/e_invoices",
    "POST /v4/{id}/e_archives",
    "GET /v4/{id}/trackable_jobs/{id}",
    "GET /v4/{id}/e_archives/{id}/pdf",
    "GET /v4/{id}/e_invoices/{id}/pdf",
  ],
  notSimulated: {
    "GET /v4/{id}/item_categories/{id}": NEVER_CALLED,
    ...Object.fromEntries(
      ["contacts", "products", "item_categories", "sales_invoices"].flatMap((r) => [
        [`PUT /v4/{id}/${r}/{id}`, NEVER_CALLED],
        [`DELETE /v4/{id}/${r}/{id}`, NEVER_CALLED],
      ]),
    ),
    "PATCH /v4/{id}/sales_invoices/{id}/recover": NEVER_CALLED,
    "PATCH /v4/{id}/sales_invoices/{id}/archive": NEVER_CALLED,
  },
  examples: [
    { key: "POST /oauth/token#token response", json: { access_token: "", token_type: "bearer", expires_in: 7200, refresh_token: "" }, partial: true },
    { key: "GET /v4/me#Me attributes", json: { data: { attributes: { name: "", email: "", is_confirmed: true } } }, partial: true },
    {
      key: "GET /v4/{id}/contacts#ListMeta",
      json: { data: [{ id: "", type: "contacts", attributes: { name: "", account_type: "customer" } }], meta: { current_page: 1, total_pages: 1, total_count: 1 } },
      partial: true,
    },
    {
      key: "GET /v4/{id}/products#ListMeta",
      json: { data: [{ id: "", type: "products", attributes: { name: "" } }], meta: { current_page: 1, total_pages: 1, total_count: 1 } },
      partial: true,
    },
    // The Error definition has only title and detail: a whole shape, not partial.
    { key: "POST /v4/{id}/contacts#Error", json: { errors: [{ title: "", detail: "" }] } },
    {
      // The specification names the totals without saying how a decimal is written (the sandbox writes "120.0"): null checks the key only.
      key: "GET /v4/{id}/sales_invoices/{id}#read-only totals",
      json: {
        data: {
          id: "",
          type: "sales_invoices",
          attributes: { net_total: null, gross_total: null, total_vat: null, remaining: null, payment_status: "unpaid", item_type: "invoice" },
        },
      },
      partial: true,
    },
    { key: "GET /v4/{id}/sales_invoices#ListMeta", json: { data: [{ id: "", type: "sales_invoices" }], meta: { current_page: 1, total_pages: 1, total_count: 1 } }, partial: true },
    {
      key: "GET /v4/{id}/e_invoice_inboxes#inbox attributes",
      json: { data: [{ attributes: { vkn: "", e_invoice_address: "", name: "", inbox_type: "", address_registered_at: "", registered_at: "" } }] },
      partial: true,
    },
    { key: "POST /v4/{id}/e_archives#201 TrackableJob", json: { data: { id: "", type: "trackable_jobs" } }, partial: true },
    { key: "GET /v4/{id}/trackable_jobs/{id}#status and errors", json: { data: { attributes: { status: "done", errors: [] } } }, partial: true },
    { key: "GET /v4/{id}/e_archives/{id}/pdf#url and expires_at", json: { data: { attributes: { url: "", expires_at: "" } } }, partial: true },
  ],
  async start(watch) {
    const ctx = await start(watch);
    return { ctx, app: ctx.sb.app };
  },
  responses: {
    "POST /oauth/token#token response": (c) => c.login(),
    "GET /v4/me#Me attributes": (c) => c.call("GET", "/v4/me"),
    "GET /v4/{id}/contacts#ListMeta": list("/contacts"),
    "GET /v4/{id}/products#ListMeta": list("/products"),
    "POST /v4/{id}/contacts#Error": (c) => {
      c.rest();
      return c.call("POST", `${C}/contacts`, { data: { type: "contacts", attributes: { account_type: "customer" } } });
    },
    "GET /v4/{id}/sales_invoices/{id}#read-only totals": async (c) => c.call("GET", `${C}/sales_invoices/${await c.invoice(await c.contact(null))}`),
    "GET /v4/{id}/sales_invoices#ListMeta": async (c) => {
      await c.invoice(await c.contact(null));
      return list("/sales_invoices")(c);
    },
    "GET /v4/{id}/e_invoice_inboxes#inbox attributes": (c) => list(`/e_invoice_inboxes?filter[vkn]=${REGISTERED_VKNS[0]}`)(c),
    "POST /v4/{id}/e_archives#201 TrackableJob": async (c) => (await c.eArchive()).answer,
    "GET /v4/{id}/trackable_jobs/{id}#status and errors": async (c) => {
      const { job } = await c.eArchive();
      c.clock.t += 1000;
      return c.call("GET", `${C}/trackable_jobs/${job}`);
    },
    "GET /v4/{id}/e_archives/{id}/pdf#url and expires_at": async (c) => {
      const { inv } = await c.eArchive();
      c.clock.t += 3000;
      const read = await c.call("GET", `${C}/sales_invoices/${inv}?include=active_e_document`);
      const doc = (read.body as { included: Array<{ id: string }> }).included[0];
      return c.call("GET", `${C}/e_archives/${doc.id}/pdf`);
    },
  },
  requests: {},
  unusable: {},
  deliberate: [],
  rules: [
    {
      endpoint: "POST /oauth/token",
      rule: "a refresh token works once (rotating)",
      run: async (c) => {
        const old = c.token.refresh;
        const first = await c.grant({ grant_type: "refresh_token", refresh_token: old });
        const again = await c.grant({ grant_type: "refresh_token", refresh_token: old });
        await c.login();
        return { status: first.status, body: again.status };
      },
      expect: (a) => a.status === 200 && a.body === 400,
    },
    {
      endpoint: "ANY",
      rule: "an access token lives 2 hours",
      run: async (c) => {
        c.clock.t += 7200_000 + 1000;
        const a = await c.call("GET", `${C}/contacts`);
        await c.login();
        return a;
      },
      expect: refused(401),
    },
    {
      endpoint: "GET /v4/{id}/products",
      rule: "page[size] is 1 to 25",
      run: list("/products?page[size]=26"),
      expect: refused(400),
    },
    {
      endpoint: "ANY",
      rule: "10 requests per 10 seconds, then 429",
      run: async (c) => {
        c.rest();
        let last: Answer = { status: 0, body: null };
        for (let i = 0; i < 11; i++) last = await c.call("GET", `${C}/products?page[size]=1`);
        c.rest();
        return last;
      },
      expect: refused(429),
    },
    {
      endpoint: "POST /v4/{id}/contacts",
      rule: "name and account_type are required",
      run: (c) => {
        c.rest();
        return c.call("POST", `${C}/contacts`, { data: { type: "contacts", attributes: { name: "Adı var" } } });
      },
      expect: refused(422),
    },
    {
      endpoint: "POST /v4/{id}/products",
      rule: "a product's name is required",
      run: (c) => {
        c.rest();
        return c.call("POST", `${C}/products`, { data: { type: "products", attributes: { code: "P1" } } });
      },
      expect: refused(422),
    },
    {
      endpoint: "POST /v4/{id}/item_categories",
      rule: "category_type is Product, Contact, Employee, SalesInvoice or Expenditure",
      run: async (c) => {
        c.rest();
        const bad = await c.call("POST", `${C}/item_categories`, { data: { type: "item_categories", attributes: { name: "K", category_type: "Invoice" } } });
        const good = await c.call("POST", `${C}/item_categories`, { data: { type: "item_categories", attributes: { name: "K", category_type: "SalesInvoice" } } });
        const listed = await c.call("GET", `${C}/item_categories`);
        return { status: bad.status, body: [good.status, listed.status] };
      },
      expect: (a) => a.status === 422 && JSON.stringify(a.body) === "[201,200]",
    },
    {
      endpoint: "POST /v4/{id}/e_invoices",
      rule: "e-Fatura only to a registered inbox; a registered buyer gets no e-Arşiv",
      run: async (c) => {
        const inv = await c.invoice(await c.contact(REGISTERED_VKNS[1]), REGISTERED_VKNS[1]);
        c.rest();
        const archive = await c.call("POST", `${C}/e_archives`, {
          data: { type: "e_archives", attributes: {}, relationships: { sales_invoice: { data: { id: inv, type: "sales_invoices" } } } },
        });
        const inbox = ((await c.call("GET", `${C}/e_invoice_inboxes?filter[vkn]=${REGISTERED_VKNS[1]}`)).body as { data: Array<{ attributes: { e_invoice_address: string } }> })
          .data[0];
        const fatura = await c.call("POST", `${C}/e_invoices`, {
          data: {
            type: "e_invoices",
            attributes: { scenario: "basic", to: inbox.attributes.e_invoice_address },
            relationships: { invoice: { data: { id: inv, type: "sales_invoices" } } },
          },
        });
        return { status: archive.status, body: fatura.status };
      },
      expect: (a) => a.status === 422 && a.body === 201,
    },
    {
      endpoint: "GET /v4/{id}/trackable_jobs/{id}",
      rule: "a job is usable for 15 minutes",
      run: async (c) => {
        const { job } = await c.eArchive();
        c.clock.t += 15 * 60_000 + 1000;
        await c.login();
        return c.call("GET", `${C}/trackable_jobs/${job}`);
      },
      expect: refused(404),
    },
    {
      endpoint: "GET /v4/{id}/e_invoices/{id}/pdf",
      rule: "204 until the PDF exists",
      run: async (c) => {
        const inv = await c.invoice(await c.contact(REGISTERED_VKNS[2]), REGISTERED_VKNS[2]);
        c.rest();
        const inbox = ((await c.call("GET", `${C}/e_invoice_inboxes?filter[vkn]=${REGISTERED_VKNS[2]}`)).body as { data: Array<{ attributes: { e_invoice_address: string } }> })
          .data[0];
        await c.call("POST", `${C}/e_invoices`, {
          data: {
            type: "e_invoices",
            attributes: { scenario: "basic", to: inbox.attributes.e_invoice_address },
            relationships: { invoice: { data: { id: inv, type: "sales_invoices" } } },
          },
        });
        // The job has run; its PDF comes a moment later.
        c.clock.t += 1000;
        const read = await c.call("GET", `${C}/sales_invoices/${inv}?include=active_e_document`);
        const doc = (read.body as { included: Array<{ id: string }> }).included[0];
        return c.call("GET", `${C}/e_invoices/${doc.id}/pdf`);
      },
      expect: refused(204),
    },
    {
      endpoint: "POST /v4/{id}/sales_invoices/{id}/payments",
      rule: "a payment is taken on an invoice",
      run: async (c) => {
        const inv = await c.invoice(await c.contact(null));
        c.rest();
        return c.call("POST", `${C}/sales_invoices/${inv}/payments`, { data: { type: "payments", attributes: { account_id: "1", date: "2026-12-04", amount: 120 } } });
      },
      expect: (a) => a.status === 201 || a.status === 200,
    },
    {
      endpoint: "DELETE /v4/{id}/sales_invoices/{id}/cancel",
      rule: "an invoice not formalised is cancelled",
      run: async (c) => {
        const inv = await c.invoice(await c.contact(null));
        c.rest();
        return c.call("DELETE", `${C}/sales_invoices/${inv}/cancel`);
      },
      expect: (a) => a.status === 200 && /cancelled/.test(JSON.stringify(a.body)),
    },
    {
      endpoint: "GET /v4/{id}/contacts/{id}",
      rule: "a contact, a product are read one by one",
      run: async (c) => {
        const id = await c.contact(null);
        const contact = await c.call("GET", `${C}/contacts/${id}`);
        const product = ((await c.call("GET", `${C}/products?page[size]=1`)).body as { data: Array<{ id: string }> }).data[0];
        const one = await c.call("GET", `${C}/products/${product.id}`);
        return { status: contact.status, body: one.status };
      },
      expect: (a) => a.status === 200 && a.body === 200,
    },
  ],
};
