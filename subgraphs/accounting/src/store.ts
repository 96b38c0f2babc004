// The accounting connection and the push jobs on the order hub's database, per tenant.
import { accountingConnections, accountingJobs, type Db } from "@pazargraph/db";
import type { SealedSecret, SecretBox } from "@pazargraph/runtime";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import type { ParasutCredentials } from "./parasut/client.ts";

export type ConnectionRecord = typeof accountingConnections.$inferSelect;
export type JobRecord = typeof accountingJobs.$inferSelect;
export type JobStatus = "PENDING" | "IN_PROGRESS" | "PUSHED" | "FAILED" | "CANCELLED" | "NEEDS_ACCOUNTANT";
export type PushAt = "CREATED" | "PREPARING" | "SHIPPED";

export interface AccountingSettings {
  /** The unified status at which an order is pushed (it is pushed at any later status too). */
  pushAt: PushAt;
  /** Only these marketplaces (lowercase names) / stores; null: all. */
  marketplaces: string[] | null;
  storeIds: string[] | null;
  /** Paraşüt item_categories ids for invoices, contacts and products; null: none. */
  invoiceCategoryId: string | null;
  contactCategoryId: string | null;
  productCategoryId: string | null;
  /** Formalise each invoice (e-Fatura to a registered VKN, else e-Arşiv). */
  formalize: boolean;
  /** How an existing contact is found before one is made. */
  matchContactsBy: Array<"TAX_NUMBER" | "EMAIL">;
  /** Product pull: percent on the buying price for the catalogue's price list, and whether it runs on a schedule. */
  marginPercent: string;
  pullProducts: boolean;
}

export const DEFAULT_ACCOUNTING_SETTINGS: AccountingSettings = {
  pushAt: "PREPARING",
  marketplaces: null,
  storeIds: null,
  invoiceCategoryId: null,
  contactCategoryId: null,
  productCategoryId: null,
  formalize: false,
  matchContactsBy: ["TAX_NUMBER", "EMAIL"],
  marginPercent: "0",
  pullProducts: false,
};

/** Statuses from which a job's worker has nothing left to do. */
export const DONE: ReadonlySet<string> = new Set(["PUSHED", "FAILED", "CANCELLED", "NEEDS_ACCOUNTANT"]);

export class AccountingStore {
  constructor(
    private readonly db: Db,
    private readonly secrets: SecretBox,
  ) {}

  async connection(tenantId: string): Promise<ConnectionRecord | null> {
    const [r] = await this.db.select().from(accountingConnections).where(eq(accountingConnections.tenantId, tenantId));
    return r ?? null;
  }

  settingsOf(r: ConnectionRecord): AccountingSettings {
    return { ...DEFAULT_ACCOUNTING_SETTINGS, ...(r.settings as Partial<AccountingSettings>) };
  }

  credentialsOf(r: ConnectionRecord): ParasutCredentials | null {
    return r.credentials ? this.secrets.open<ParasutCredentials>(r.credentials as SealedSecret) : null;
  }

  async connections(): Promise<ConnectionRecord[]> {
    return this.db.select().from(accountingConnections).orderBy(asc(accountingConnections.tenantId));
  }

  /** Connects (or reconnects) a tenant: new credentials are sealed and the status goes back to UNKNOWN until tested. */
  async connect(tenantId: string, input: { companyId: string; testMode: boolean; credentials?: ParasutCredentials | null }, at = new Date()): Promise<ConnectionRecord> {
    const sealed = input.credentials ? this.secrets.seal(input.credentials) : undefined;
    await this.db
      .insert(accountingConnections)
      .values({
        tenantId,
        provider: "parasut",
        companyId: input.companyId,
        testMode: input.testMode,
        credentials: sealed ?? null,
        status: "UNKNOWN",
        settings: DEFAULT_ACCOUNTING_SETTINGS,
        // From the minute of connecting: marketplaces stamp orders to the minute (Pazarama), so an order
        // made in that minute must not read as older than the connection.
        pushFrom: new Date(Math.floor(at.getTime() / 60_000) * 60_000),
        createdAt: at,
        updatedAt: at,
      })
      .onConflictDoUpdate({
        target: accountingConnections.tenantId,
        set: { companyId: input.companyId, testMode: input.testMode, ...(sealed ? { credentials: sealed } : {}), status: "UNKNOWN", statusMessage: null, updatedAt: at },
      });
    return (await this.connection(tenantId)) as ConnectionRecord;
  }

  async setStatus(tenantId: string, status: "VALID" | "INVALID", message: string | null, at = new Date()): Promise<ConnectionRecord> {
    await this.db.update(accountingConnections).set({ status, statusMessage: message, statusCheckedAt: at }).where(eq(accountingConnections.tenantId, tenantId));
    return (await this.connection(tenantId)) as ConnectionRecord;
  }

  async updateSettings(tenantId: string, patch: Partial<AccountingSettings>, at = new Date()): Promise<ConnectionRecord> {
    const r = await this.connection(tenantId);
    if (!r) throw new Error("no connection");
    await this.db
      .update(accountingConnections)
      .set({ settings: { ...this.settingsOf(r), ...patch }, updatedAt: at })
      .where(eq(accountingConnections.tenantId, tenantId));
    return (await this.connection(tenantId)) as ConnectionRecord;
  }

  async recordPull(tenantId: string, error: string | null, at = new Date()): Promise<void> {
    await this.db.update(accountingConnections).set({ lastPullAt: at, lastPullError: error }).where(eq(accountingConnections.tenantId, tenantId));
  }

  // ---- jobs ----

  async job(tenantId: string, orderId: string): Promise<JobRecord | null> {
    const [r] = await this.db
      .select()
      .from(accountingJobs)
      .where(and(eq(accountingJobs.tenantId, tenantId), eq(accountingJobs.orderId, orderId)));
    return r ?? null;
  }

  async jobs(tenantId: string, orderIds: readonly string[]): Promise<JobRecord[]> {
    if (!orderIds.length) return [];
    return this.db
      .select()
      .from(accountingJobs)
      .where(and(eq(accountingJobs.tenantId, tenantId), inArray(accountingJobs.orderId, [...orderIds])));
  }

  /** A job for the order, once: a second call (another event, another replica, the catch-up scan) finds it there. */
  async enqueue(tenantId: string, order: { id: string; storeId: string; number: string }, at = new Date()): Promise<boolean> {
    const rows = await this.db
      .insert(accountingJobs)
      .values({ tenantId, orderId: order.id, storeId: order.storeId, orderNumber: order.number, status: "PENDING", nextAttemptAt: at, createdAt: at, updatedAt: at })
      .onConflictDoNothing()
      .returning({ orderId: accountingJobs.orderId });
    return rows.length > 0;
  }

  /** Due jobs (not done, their time come), oldest first. */
  async due(limit: number, at = new Date()): Promise<JobRecord[]> {
    return this.db
      .select()
      .from(accountingJobs)
      .where(and(inArray(accountingJobs.status, ["PENDING", "IN_PROGRESS"]), lte(accountingJobs.nextAttemptAt, at)))
      .orderBy(asc(accountingJobs.nextAttemptAt))
      .limit(limit);
  }

  async update(tenantId: string, orderId: string, patch: Partial<Omit<JobRecord, "tenantId" | "orderId">>, at = new Date()): Promise<JobRecord> {
    const [r] = await this.db
      .update(accountingJobs)
      .set({ ...patch, updatedAt: at })
      .where(and(eq(accountingJobs.tenantId, tenantId), eq(accountingJobs.orderId, orderId)))
      .returning();
    return r;
  }

  /** Wakes a job (retry, a cancellation to act on): due now, with its error cleared. */
  async wake(tenantId: string, orderId: string, status: JobStatus = "PENDING", at = new Date()): Promise<JobRecord | null> {
    const [r] = await this.db
      .update(accountingJobs)
      .set({ status, error: null, nextAttemptAt: at, updatedAt: at, attempts: sql`0` })
      .where(and(eq(accountingJobs.tenantId, tenantId), eq(accountingJobs.orderId, orderId)))
      .returning();
    return r ?? null;
  }
}
