// The supplier side of the catalogue: each account's feed read into the catalogue (all of it the first
// time, then what changed since the day the last good read started; one replica per account by a
// lease), supplier orders placed for marketplace orders (written first, sent with their own id as the
// distributor's reference, so a retry or a crash sends the same order again, never a second one) and
// tracked until they end. A timer runs both; `syncNow` and `place` run them on demand.
import { badInput, createError, ErrorCode, type Lock, type Logger, repeatEvery } from "@pazargraph/runtime";
import type { Order } from "@pazargraph/schema";
import type { SupplierClient, SupplierKind, SupplierOrderView } from "./kind.ts";
import { SUPPLIER_KINDS } from "./penta.ts";
import type { SupplierOrderLine, SupplierOrderRecord, SupplierRecord, SupplierStore, SyncReport } from "./store.ts";

export interface SupplierSettings {
  syncMs: number;
  trackMs: number;
  timeoutMs: number;
  callDeadlineMs: number;
  retries: number;
  /** The demo token a test-mode account uses when it has none of its own. */
  sandbox: { token: string };
}

export interface SupplierServiceOptions {
  store: SupplierStore;
  lock: Lock;
  logger: Logger;
  settings: Readonly<Record<string, SupplierSettings>>;
  /** Where a kind's sandbox runs (test-mode accounts), when it does. */
  sandboxUrl(kind: string): Promise<string | undefined>;
}

/** Order line statuses that need no goods (nothing is ordered for them). */
const NOTHING_TO_SEND = new Set(["CANCELLED", "UNSUPPLIED", "RETURNED", "RETURN_APPROVED", "CANCELLATION_REQUESTED"]);
const TERMINAL = new Set(["DELIVERED", "CANCELLED", "REFUSED"]);

export class SupplierService {
  private readonly clients = new Map<string, { version: number; client: SupplierClient }>();
  private readonly stopping = new AbortController();
  private running: Promise<void> | null = null;

  constructor(private readonly options: SupplierServiceOptions) {}

  kindOf(r: SupplierRecord): SupplierKind {
    const kind = SUPPLIER_KINDS[r.kind];
    if (!kind) throw createError(ErrorCode.INTERNAL, `unknown supplier kind ${r.kind}`);
    return kind;
  }

  /** The account's client: its own host, else the sandbox (test mode), else the distributor; rebuilt when the account changes. */
  private async clientOf(r: SupplierRecord): Promise<SupplierClient> {
    const version = r.updatedAt.getTime();
    const had = this.clients.get(r.id);
    if (had?.version === version) return had.client;
    await had?.client.close();
    const kind = this.kindOf(r);
    const settings = this.options.settings[r.kind];
    const baseUrl = r.baseUrl ?? (r.testMode ? await this.options.sandboxUrl(r.kind) : kind.productionUrl);
    if (!baseUrl) throw createError(ErrorCode.SERVICE_UNAVAILABLE, `the ${kind.displayName} sandbox is not running for test-mode account ${r.id}`);
    const token = this.options.store.tokenOf(r) ?? (r.testMode ? settings.sandbox.token : null);
    if (!token) throw badInput(`supplier account ${r.id} has no token; set it with connectSupplier`, "supplierId");
    const client = kind.client({ baseUrl, token, timeoutMs: settings.timeoutMs, callDeadlineMs: settings.callDeadlineMs, retries: settings.retries, logger: this.options.logger });
    this.clients.set(r.id, { version, client });
    return client;
  }

  /**
   * Reads the account's feed into the catalogue: everything (`full`, or the first time), else what
   * changed since the day the last good read started. Null when another replica is reading it now.
   */
  async syncNow(r: SupplierRecord, full = false): Promise<SyncReport | null> {
    const token = await this.options.lock.acquire(`supplier-sync:${r.id}`, 10 * 60_000);
    if (!token) return null;
    const startedAt = new Date();
    const since = full ? null : r.lastSyncStartedAt;
    const report: SyncReport = { full: !since, read: 0, created: 0, updated: 0, skipped: 0, problems: [] };
    try {
      await this.options.store.syncStarted(r.id, startedAt);
      const client = await this.clientOf(r);
      const kind = this.kindOf(r);
      for await (const page of client.products(since)) {
        const done = await this.options.store.applyItems(r.tenantId, r, kind, page.items);
        report.read += page.items.length + page.skipped.length;
        report.created += done.created;
        report.updated += done.updated;
        report.skipped += page.skipped.length + (page.items.length - done.created - done.updated);
        report.problems.push(...page.skipped.slice(0, Math.max(0, 20 - report.problems.length)));
        await this.options.lock.renew(`supplier-sync:${r.id}`, token, 10 * 60_000);
      }
      await this.options.store.syncEnded(r.id, { at: new Date(), error: null, report, previousStart: r.lastSyncStartedAt });
      this.options.logger.info({ supplierId: r.id, ...report, problems: report.problems.length }, "supplier feed synced");
      return report;
    } catch (err) {
      const message = (err as Error).message;
      await this.options.store.syncEnded(r.id, { at: new Date(), error: message, report: null, previousStart: r.lastSyncStartedAt });
      this.options.logger.warn({ supplierId: r.id, error: message }, "supplier feed sync failed");
      throw err;
    } finally {
      await this.options.lock.release(`supplier-sync:${r.id}`, token);
    }
  }

  /** The lines a marketplace order needs from the supplier: each line's product by its supplier code, summed per product. */
  static linesFor(
    order: Order,
    productsByLine: Map<string, { code: string; supplierId: string | null; supplierCode: string | null } | null>,
    supplierId: string,
  ): SupplierOrderLine[] {
    const out = new Map<string, SupplierOrderLine>();
    for (const line of order.lines) {
      if (NOTHING_TO_SEND.has(line.status)) continue;
      const p = productsByLine.get(line.id);
      if (!p) throw badInput(`line ${line.id} (${line.productName}) is not matched to a catalogue product; match it first (matchOrderLine)`, "orderId");
      if (p.supplierId !== supplierId || !p.supplierCode)
        throw badInput(`product ${p.code} (line ${line.id}) is not in this supplier's feed; sync the supplier or match the line to one of its products`, "orderId");
      const had = out.get(p.supplierCode) ?? { productCode: p.code, supplierCode: p.supplierCode, quantity: 0, lineIds: [] };
      had.quantity += line.quantity;
      had.lineIds.push(line.id);
      out.set(p.supplierCode, had);
    }
    if (!out.size) throw badInput("no line of the order needs goods (every line is cancelled, unsupplied or returned)", "orderId");
    return [...out.values()];
  }

  /**
   * Places the supplier order for a marketplace order (see the top of the file). An order already
   * placed is returned as it is (a retry); one placed from another warehouse is refused.
   */
  async place(r: SupplierRecord, orderId: string, warehouse: string, lines: SupplierOrderLine[]): Promise<SupplierOrderRecord> {
    const kind = this.kindOf(r);
    if (!kind.places[warehouse])
      throw badInput(
        `warehouse: one of ${Object.entries(kind.places)
          .map(([code, name]) => `${code} (${name})`)
          .join(", ")}`,
        "warehouse",
      );
    const { row, send } = await this.options.store.beginOrder(r.tenantId, { orderId, supplierId: r.id, warehouse, lines });
    if (!send) {
      if (row.warehouse !== warehouse || row.supplierId !== r.id)
        throw badInput(`the order's supplier order ${row.supplierOrderId ?? row.id} was already placed from ${row.warehouse}`, "warehouse");
      return row;
    }
    return this.send(r, row);
  }

  /** Sends a PLACING row (again): the distributor's answer decides its status; a refusal is REFUSED with its message. */
  private async send(r: SupplierRecord, row: SupplierOrderRecord): Promise<SupplierOrderRecord> {
    const client = await this.clientOf(r);
    let view: SupplierOrderView;
    try {
      view = await client.placeOrder(
        row.id,
        row.warehouse,
        (row.lines as SupplierOrderLine[]).map((l) => ({ code: l.supplierCode, quantity: l.quantity })),
      );
    } catch (err) {
      const code = (err as { extensions?: { code?: string } }).extensions?.code;
      // Refused: nothing was placed; the seller may try again (another warehouse). Any other failure
      // leaves it PLACING: the tracker sends it again, as the same order.
      if (code === ErrorCode.MARKETPLACE_REJECTED) await this.options.store.updateOrder(row.id, { status: "REFUSED", error: (err as Error).message, checkedAt: new Date() });
      else await this.options.store.updateOrder(row.id, { error: (err as Error).message, checkedAt: new Date() });
      throw err;
    }
    this.options.logger.info({ supplierId: r.id, orderId: row.orderId, supplierOrderId: view.supplierOrderId }, "supplier order placed");
    return this.options.store.updateOrder(row.id, this.patchOf(view));
  }

  private patchOf(view: SupplierOrderView) {
    return {
      status: view.status,
      supplierOrderId: view.supplierOrderId,
      cargoCompany: view.cargo?.company ?? null,
      trackingNumber: view.cargo?.trackingNumber ?? null,
      error: view.status === "UNKNOWN" ? `unknown status ${view.rawStatus}` : null,
      checkedAt: new Date(),
    };
  }

  /** Reads an open supplier order back (or sends a PLACING one again); the stored row when the distributor cannot be reached. */
  async track(row: SupplierOrderRecord, account?: SupplierRecord): Promise<SupplierOrderRecord> {
    if (TERMINAL.has(row.status)) return row;
    const r = account ?? (await this.options.store.get(row.tenantId, row.supplierId));
    if (!r) return row;
    try {
      if (row.status === "PLACING" || !row.supplierOrderId) return await this.send(r, row);
      return await this.options.store.updateOrder(row.id, this.patchOf(await (await this.clientOf(r)).order(row.supplierOrderId)));
    } catch (err) {
      this.options.logger.warn({ supplierOrder: row.id, error: (err as Error).message }, "supplier order not tracked this time");
      return (await this.options.store.orderFor(row.tenantId, row.orderId)) ?? row;
    }
  }

  /** One round of the timer: feeds that are due, then open orders. */
  async tick(now = Date.now()): Promise<void> {
    const accounts = new Map<string, SupplierRecord>();
    for (const r of await this.options.store.active()) {
      accounts.set(r.id, r);
      const every = this.options.settings[r.kind]?.syncMs;
      if (!every || (r.lastSyncAt && now - r.lastSyncAt.getTime() < every)) continue;
      await this.syncNow(r).catch(() => undefined); // recorded on the account
    }
    for (const row of await this.options.store.openOrders()) {
      // The round's accounts, read once (an order of an account switched off since is still followed).
      const account = accounts.get(row.supplierId) ?? (await this.options.store.get(row.tenantId, row.supplierId));
      if (!account) continue;
      if (row.checkedAt && now - row.checkedAt.getTime() < (this.options.settings[account.kind]?.trackMs ?? 60_000)) continue;
      const token = await this.options.lock.acquire(`supplier-track:${row.id}`, 60_000);
      if (token) await this.track(row, account);
    }
  }

  /** Runs `tick` every `everyMs` until stopped. */
  start(everyMs: number): void {
    this.running = repeatEvery(
      everyMs,
      this.stopping.signal,
      () => this.tick(),
      (err) => this.options.logger.error({ error: (err as Error).message }, "supplier round failed"),
    );
  }

  async stop(): Promise<void> {
    this.stopping.abort();
    await this.running;
    for (const { client } of this.clients.values()) await client.close();
    this.clients.clear();
  }
}
