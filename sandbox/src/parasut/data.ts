// The Paraşüt sandbox's state: one company with its user and OAuth client, access and refresh tokens
// (2 hours; a refresh token works once), JSON:API records — contacts, products, item categories, sales
// invoices with details, e-invoice inboxes (the VKNs registered as e-Fatura users), e-invoices and
// e-archives with their trackable jobs and PDFs — and the per-company request log behind the 10 per
// 10 seconds limit. Deterministic from a seed: some customers and products already exist.
import { createRandom, type Random } from "../common/random.ts";

export interface PsRecord {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships: Record<string, { data: { id: string; type: string } | Array<{ id: string; type: string }> | null }>;
}

export interface PsJob {
  id: string;
  /** The e-document the job makes, and the invoice it formalises. */
  kind: "e_invoices" | "e_archives";
  invoiceId: string;
  createdAtMs: number;
  readyAtMs: number;
  /** Set when the job is to end in error (admin fault). */
  error: string | null;
}

export interface ParasutData {
  companyId: string;
  user: { id: string; name: string; email: string };
  tokens: Map<string, { kind: "access" | "refresh"; expiresAtMs: number; used?: boolean }>;
  records: Map<string, Map<string, PsRecord>>;
  jobs: Map<string, PsJob>;
  /** PDF readiness per e-document id. */
  pdfReadyAtMs: Map<string, number>;
  /** VKN → inbox. */
  inboxes: Map<string, { vkn: string; e_invoice_address: string; name: string; inbox_type: string; registered_at: string; address_registered_at: string }>;
  nextId: number;
  nextInvoiceNo: number;
  rng: Random;
}

/** VKNs (10 digits) the sandbox registers as e-Fatura users; tests and orders use them for the e-Fatura path. */
export const REGISTERED_VKNS = ["1234567890", "3880012345", "4720098765", "6110022233", "9990001112"];

export function table(data: ParasutData, type: string): Map<string, PsRecord> {
  const had = data.records.get(type);
  if (had) return had;
  const t = new Map<string, PsRecord>();
  data.records.set(type, t);
  return t;
}

export function newRecord(data: ParasutData, type: string, attributes: Record<string, unknown>, relationships: PsRecord["relationships"] = {}, nowMs = Date.now()): PsRecord {
  const at = new Date(nowMs).toISOString();
  const r: PsRecord = { id: String(data.nextId++), type, attributes: { ...attributes, created_at: at, updated_at: at }, relationships };
  table(data, type).set(r.id, r);
  return r;
}

export function generateParasutData(options: { seed: number; companyId: string; email: string; anchorMs: number }): ParasutData {
  const r = createRandom(options.seed ^ 0x9a57);
  const data: ParasutData = {
    companyId: options.companyId,
    user: { id: "2001", name: "Muhasebe Kullanıcısı", email: options.email },
    tokens: new Map(),
    records: new Map(),
    jobs: new Map(),
    pdfReadyAtMs: new Map(),
    inboxes: new Map(),
    nextId: 10_001,
    nextInvoiceNo: 1,
    rng: r,
  };
  const at = options.anchorMs - 90 * 86_400_000;
  for (const name of ["Pazaryeri Satışları", "Trendyol", "Pazarama", "Beymen"])
    newRecord(data, "item_categories", { name, category_type: "SalesInvoice", full_path: name }, {}, at);
  for (const name of ["Pazaryeri Müşterileri", "Kurumsal Müşteriler"]) newRecord(data, "item_categories", { name, category_type: "Contact", full_path: name }, {}, at);
  for (const name of ["Elektronik", "Giyim"]) newRecord(data, "item_categories", { name, category_type: "Product", full_path: name }, {}, at);
  // Customers already in the books: some marketplace buyers by e-mail, some companies by tax number.
  const people = ["Ayşe Yılmaz", "Mehmet Kaya", "Zeynep Demir", "Ali Çelik", "Elif Şahin", "Mustafa Aydın"];
  for (const name of people)
    newRecord(
      data,
      "contacts",
      {
        name,
        email: `${name
          .toLocaleLowerCase("tr-TR")
          .replace(/\s+/g, ".")
          .normalize("NFD")
          .replace(/[^\w.]/g, "")}@example.com`,
        account_type: "customer",
        contact_type: "person",
        tax_number: null,
        balance: "0.0",
      },
      {},
      at,
    );
  for (const [i, vkn] of REGISTERED_VKNS.slice(0, 2).entries())
    newRecord(
      data,
      "contacts",
      { name: `Kayıtlı Şirket ${i + 1} A.Ş.`, email: null, account_type: "customer", contact_type: "company", tax_number: vkn, tax_office: "Kadıköy", balance: "0.0" },
      {},
      at,
    );
  for (const [i, vkn] of REGISTERED_VKNS.entries())
    data.inboxes.set(vkn, {
      vkn,
      e_invoice_address: `urn:mail:defaultpk${i}@firma${vkn}.com.tr`,
      name: `E-Fatura Mükellefi ${i + 1}`,
      inbox_type: "PK",
      registered_at: new Date(at - 365 * 86_400_000).toISOString(),
      address_registered_at: new Date(at - 365 * 86_400_000).toISOString(),
    });
  // Products with codes, buying prices and stock (the catalogue's product pull reads them).
  for (let i = 0; i < 40; i++) {
    const buying = r.int(50, 4000) + r.pick([0, 0.5, 0.9]);
    newRecord(
      data,
      "products",
      {
        code: `PRS-${1000 + i}`,
        name: `${r.pick(["Kablosuz", "Taşınabilir", "Akıllı", "Ergonomik"])} ${r.pick(["Kulaklık", "Klavye", "Lamba", "Çanta", "Termos"])} ${i + 1}`,
        vat_rate: r.pick([1, 10, 20, 20, 20]),
        unit: "Adet",
        list_price: String(Math.round(buying * 1.4 * 100) / 100),
        currency: "TRL",
        buying_price: String(buying),
        buying_currency: "TRL",
        inventory_tracking: true,
        stock_count: String(r.int(0, 200)),
        barcode: i % 3 === 0 ? null : `869${String(50_000_000 + i * 17).padStart(9, "0")}${i % 10}`,
        archived: false,
      },
      { category: { data: { id: String(10_001 + 6 + (i % 2)), type: "item_categories" } } },
      at,
    );
  }
  return data;
}
