// The Paraşüt sandbox's rules, called as a client would (app.inject): the password and rotating
// refresh grants, 2-hour bearer tokens, the company in the path, JSON:API creates with 422 on bad
// input, page[size] ≤ 25, contact filters, invoice totals, e-Fatura only to registered VKNs and e-Arşiv
// only to the others, trackable jobs (usable 15 minutes), the PDF's 204 until it exists, cancelling
// before formalisation only, the 10-per-10-seconds limit, and the fail-after-create fault.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createParasutSandbox } from "./app.ts";
import { REGISTERED_VKNS } from "./data.ts";

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely
type Any = any;
const CREDS = { clientId: "cid", clientSecret: "csec", username: "muhasebe@example.com", password: "pw" };

function sandbox(rateLimit = { requests: 1000, windowMs: 10_000 }) {
  let t = Date.parse("2026-12-04T12:00:00Z");
  const sb = createParasutSandbox({ ...CREDS, anchorMs: t, now: () => t, rateLimit, jobDelayMs: 1000, pdfDelayMs: 1000 });
  let token = "";
  const call = async (method: string, url: string, body?: unknown, auth = true) => {
    const res = await sb.app.inject({
      method: method as "GET",
      url,
      headers: { ...(auth ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    return { status: res.statusCode, body: res.body ? (JSON.parse(res.body) as Any) : null, headers: res.headers };
  };
  const login = async () => {
    const r = await call(
      "POST",
      "/oauth/token",
      { grant_type: "password", client_id: "cid", client_secret: "csec", username: CREDS.username, password: "pw", redirect_uri: "urn:ietf:wg:oauth:2.0:oob" },
      false,
    );
    token = r.body.access_token;
    return r;
  };
  const advance = (ms: number) => {
    t += ms;
  };
  return { sb, call, login, advance };
}

const invoice = (contactId: string, extra: Record<string, unknown> = {}) => ({
  data: {
    type: "sales_invoices",
    attributes: { item_type: "invoice", issue_date: "2026-12-04", order_no: "735000001", order_date: "2026-12-04", ...extra },
    relationships: {
      contact: { data: { id: contactId, type: "contacts" } },
      details: {
        data: [
          { type: "sales_invoice_details", attributes: { quantity: 2, unit_price: 100, vat_rate: 20, discount_type: "amount", discount_value: 10 } },
          { type: "sales_invoice_details", attributes: { quantity: 1, unit_price: 50, vat_rate: 10 } },
        ],
      },
    },
  },
});

describe("Paraşüt sandbox", () => {
  it("issues 2-hour tokens by the password grant, rotates refresh tokens, and refuses bad clients, users and expired tokens", async () => {
    const { call, login, advance } = sandbox();
    assert.equal((await call("POST", "/oauth/token", { grant_type: "password", client_id: "x", client_secret: "y" }, false)).status, 401);
    const wrong = await call(
      "POST",
      "/oauth/token",
      { grant_type: "password", client_id: "cid", client_secret: "csec", username: CREDS.username, password: "no", redirect_uri: "urn:ietf:wg:oauth:2.0:oob" },
      false,
    );
    assert.deepEqual([wrong.status, wrong.body.error], [400, "invalid_grant"]);
    const t = await login();
    assert.deepEqual([t.body.token_type, t.body.expires_in], ["bearer", 7200]);
    assert.equal((await call("GET", "/v4/me")).body.data.relationships.companies.data[0].id, "115");
    assert.equal((await call("GET", "/v4/999/contacts")).status, 403);
    const refreshed = await call("POST", "/oauth/token", { grant_type: "refresh_token", client_id: "cid", client_secret: "csec", refresh_token: t.body.refresh_token }, false);
    assert.equal(refreshed.status, 200);
    assert.notEqual(refreshed.body.refresh_token, t.body.refresh_token);
    assert.equal(
      (await call("POST", "/oauth/token", { grant_type: "refresh_token", client_id: "cid", client_secret: "csec", refresh_token: t.body.refresh_token }, false)).status,
      400,
      "a refresh token works once",
    );
    advance(7201_000);
    assert.equal((await call("GET", "/v4/115/contacts")).status, 401);
  });

  it("lists with page[size] 1 to 25, filters contacts by e-mail and tax number, and refuses bad creates with 422", async () => {
    const { call, login } = sandbox();
    await login();
    assert.equal((await call("GET", "/v4/115/products?page[size]=26")).status, 400);
    const page = await call("GET", "/v4/115/products?page[size]=25&page[number]=2");
    assert.deepEqual(page.body.meta, { current_page: 2, total_pages: 2, total_count: 40 });
    assert.equal((await call("GET", "/v4/115/contacts?filter[email]=ayse.ylmaz@example.com")).body.data.length, 1);
    assert.equal((await call("GET", `/v4/115/contacts?filter[tax_number]=${REGISTERED_VKNS[0]}`)).body.data.length, 1);
    const bad = await call("POST", "/v4/115/contacts", { data: { type: "contacts", attributes: { account_type: "customer" } } });
    assert.equal(bad.status, 422);
    assert.ok(bad.body.errors[0].title && bad.body.errors[0].detail);
    assert.equal((await call("POST", "/v4/115/sales_invoices", invoice("999999"))).status, 422, "an unknown contact");
  });

  it("totals an invoice's lines, formalises it as e-Arşiv (not e-Fatura) for an unregistered buyer through a trackable job, then serves its PDF, and cannot cancel it after", async () => {
    const { call, login, advance } = sandbox();
    await login();
    const contact = (
      await call("POST", "/v4/115/contacts", { data: { type: "contacts", attributes: { name: "Deniz Kaya", account_type: "customer", email: "deniz@example.com" } } })
    ).body.data;
    const inv = (await call("POST", "/v4/115/sales_invoices", invoice(contact.id))).body.data;
    assert.deepEqual([inv.attributes.gross_total, inv.attributes.total_discount, inv.attributes.total_vat, inv.attributes.net_total], ["250.00", "10.00", "43.00", "283.00"]);
    const rel = { sales_invoice: { data: { id: inv.id, type: "sales_invoices" } } };
    assert.equal(
      (await call("POST", "/v4/115/e_invoices", { data: { type: "e_invoices", attributes: { scenario: "basic", to: "x" }, relationships: { invoice: rel.sales_invoice } } }))
        .status,
      422,
    );
    const job = await call("POST", "/v4/115/e_archives", {
      data: {
        type: "e_archives",
        attributes: { internet_sale: { url: "https://www.pazarama.com", payment_type: "ODEMEARACISI", payment_platform: "Pazarama", payment_date: "2026-12-04" } },
        relationships: rel,
      },
    });
    assert.equal(job.status, 201);
    assert.equal(job.body.data.type, "trackable_jobs");
    assert.equal((await call("GET", `/v4/115/trackable_jobs/${job.body.data.id}`)).body.data.attributes.status, "running");
    assert.equal((await call("POST", "/v4/115/e_archives", { data: { type: "e_archives", attributes: {}, relationships: rel } })).status, 422, "already under way");
    advance(1000);
    assert.equal((await call("GET", `/v4/115/trackable_jobs/${job.body.data.id}`)).body.data.attributes.status, "done");
    const read = await call("GET", `/v4/115/sales_invoices/${inv.id}?include=active_e_document`);
    const doc = read.body.data.relationships.active_e_document.data;
    assert.equal(doc.type, "e_archives");
    assert.equal((await call("GET", `/v4/115/e_archives/${doc.id}/pdf`)).status, 204, "no PDF yet");
    advance(1000);
    assert.match((await call("GET", `/v4/115/e_archives/${doc.id}/pdf`)).body.data.attributes.url, /^https:/);
    assert.equal((await call("DELETE", `/v4/115/sales_invoices/${inv.id}/cancel`)).status, 422);
    advance(15 * 60_000);
    assert.equal((await call("GET", `/v4/115/trackable_jobs/${job.body.data.id}`)).status, 404, "a job is usable for 15 minutes");
  });

  it("sends e-Fatura to a registered VKN's inbox only, and cancels an invoice not yet formalised", async () => {
    const { call, login, advance } = sandbox();
    await login();
    const vkn = REGISTERED_VKNS[3];
    const inbox = (await call("GET", `/v4/115/e_invoice_inboxes?filter[vkn]=${vkn}`)).body.data[0].attributes;
    const contact = (await call("POST", "/v4/115/contacts", { data: { type: "contacts", attributes: { name: "Alıcı A.Ş.", account_type: "customer", tax_number: vkn } } })).body
      .data;
    const inv = (await call("POST", "/v4/115/sales_invoices", invoice(contact.id, { tax_number: vkn }))).body.data;
    const rel = { invoice: { data: { id: inv.id, type: "sales_invoices" } } };
    assert.equal(
      (await call("POST", "/v4/115/e_archives", { data: { type: "e_archives", attributes: {}, relationships: { sales_invoice: rel.invoice } } })).status,
      422,
      "an e-Fatura user gets e-Fatura",
    );
    assert.equal(
      (await call("POST", "/v4/115/e_invoices", { data: { type: "e_invoices", attributes: { scenario: "basic", to: "urn:mail:wrong" }, relationships: rel } })).status,
      422,
    );
    const job = await call("POST", "/v4/115/e_invoices", { data: { type: "e_invoices", attributes: { scenario: "basic", to: inbox.e_invoice_address }, relationships: rel } });
    assert.equal(job.status, 201);
    advance(1000);
    assert.equal((await call("GET", `/v4/115/sales_invoices/${inv.id}?include=active_e_document`)).body.included[0].type, "e_invoices");
    const other = (await call("POST", "/v4/115/sales_invoices", invoice(contact.id))).body.data;
    const cancelled = await call("DELETE", `/v4/115/sales_invoices/${other.id}/cancel`);
    assert.equal(cancelled.body.data.attributes.item_type, "cancelled");
  });

  it("answers 429 beyond 10 requests in any 10 seconds per company, and can fail after creating a record", async () => {
    const { sb, call, login, advance } = sandbox({ requests: 10, windowMs: 10_000 });
    await login();
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) codes.push((await call("GET", "/v4/115/contacts")).status);
    assert.deepEqual(codes.slice(9), [200, 429, 429]);
    const limited = await call("GET", "/v4/115/contacts");
    assert.ok(Number(limited.headers["retry-after"]) >= 1);
    advance(10_000);
    assert.equal((await call("GET", "/v4/115/contacts")).status, 200, "the window slides on");
    assert.equal(sb.rate.maxInWindow, 10);
    sb.rate.reset();
    await sb.app.inject({ method: "PUT", url: "/_sandbox/fail-after-create", payload: { type: "sales_invoices", count: 1 } });
    const before = (await sb.app.inject({ method: "GET", url: "/_sandbox/records/sales_invoices" })).json().length;
    const failed = await call("POST", "/v4/115/sales_invoices", invoice("10009"));
    assert.equal(failed.status, 500);
    assert.equal((await sb.app.inject({ method: "GET", url: "/_sandbox/records/sales_invoices" })).json().length, before + 1, "made, though the answer said otherwise");
  });
});
