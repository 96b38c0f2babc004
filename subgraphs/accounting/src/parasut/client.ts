// The Paraşüt v4 client: OAuth2 password grant (a 2-hour token per connection, fetched again on 401 or
// expiry; refresh tokens rotate, so each replica keeps its own), JSON:API bodies, one method per call the
// push needs. Every request first takes a permit from the company's shared budget, so a burst waits
// instead of meeting Paraşüt's 429. Errors are the REST base's typed errors: 422 → MARKETPLACE_REJECTED
// with Paraşüt's `detail`, 429/5xx → retryable, 401 on the token → INVALID credentials.
import { createError, createRestClient, ErrorCode, type Logger, type RestClient, remainingMs } from "@pazargraph/runtime";
import type { RequestBudget } from "../budget.ts";

export interface ParasutCredentials {
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
}

export interface PsResource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data?: { id: string; type: string } | Array<{ id: string; type: string }> | null }>;
}

export interface PsList {
  data: PsResource[];
  included?: PsResource[];
  meta?: { current_page: number; total_pages: number; total_count: number };
}

/** Paraşüt's error details (`{ errors: [{ title, detail }] }`, or OAuth2's `{ error_description }`), joined. */
export function readParasutMessage(body: unknown): string | null {
  if (!body || typeof body !== "object") return null;
  const errors = (body as { errors?: unknown }).errors;
  if (Array.isArray(errors)) {
    const parts = errors.map((e) => (e && typeof e === "object" ? ((e as { detail?: string; title?: string }).detail ?? (e as { title?: string }).title) : e)).filter(Boolean);
    if (parts.length) return parts.join("; ");
  }
  const d = (body as { error_description?: unknown }).error_description;
  return typeof d === "string" ? d : null;
}

export interface ParasutClientOptions {
  baseUrl: string;
  companyId: string;
  credentials: ParasutCredentials;
  budget: RequestBudget;
  timeoutMs?: number;
  logger?: Logger;
}

export class ParasutClient {
  private readonly rest: RestClient;
  private token: { value: string; expiresAt: number } | null = null;
  private tokenFlight: Promise<string> | null = null;
  /** Requests sent (benchmarks count calls per order). */
  calls = 0;

  constructor(private readonly options: ParasutClientOptions) {
    this.rest = createRestClient({
      marketplace: "parasut",
      displayName: "Paraşüt",
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 10_000,
      callDeadlineMs: Math.max(options.timeoutMs ?? 10_000, 25_000),
      // A 429 (another user of the company spent the window) is waited out and tried again, up to
      // twice; a 5xx on a create goes back to the job, which looks first whether it happened.
      retries: 2,
      maxRetryAfterMs: 11_000,
      logger: options.logger,
      readMessage: readParasutMessage,
    });
  }

  /** The password grant; the token is kept until 5 minutes before it expires. */
  private async accessToken(): Promise<string> {
    if (this.token && this.token.expiresAt > Date.now() + 300_000) return this.token.value;
    this.tokenFlight ??= (async () => {
      const c = this.options.credentials;
      const res = await this.rest.request<{ access_token: string; expires_in: number }>({
        method: "POST",
        path: "/oauth/token",
        form: {
          grant_type: "password",
          client_id: c.clientId,
          client_secret: c.clientSecret,
          username: c.username,
          password: c.password,
          redirect_uri: "urn:ietf:wg:oauth:2.0:oob",
        },
      });
      this.token = { value: res.body.access_token, expiresAt: Date.now() + res.body.expires_in * 1000 };
      return this.token.value;
    })().finally(() => {
      this.tokenFlight = null;
    });
    return this.tokenFlight;
  }

  private async call<T>(
    method: "GET" | "POST" | "PUT" | "DELETE",
    path: string,
    options: { query?: Record<string, string | number | undefined>; json?: unknown } = {},
  ): Promise<T | null> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      await this.permit();
      this.calls++;
      try {
        const res = await this.rest.request<T>({ method, path, query: options.query, json: options.json, headers: { authorization: `Bearer ${token}` } });
        return res.status === 204 ? null : res.body;
      } catch (err) {
        // An access token Paraşüt no longer takes: log in again, once.
        if (attempt === 0 && (err as { extensions?: { httpStatus?: number } }).extensions?.httpStatus === 401) {
          this.token = null;
          continue;
        }
        throw err;
      }
    }
  }

  /**
   * A permit from the company's budget. Under a request's deadline (a GraphQL field) the wait ends with
   * it — RATE_LIMITED rather than a caller gone and a permit still spent later; the worker waits its turn.
   */
  private async permit(): Promise<void> {
    const left = remainingMs();
    if (!Number.isFinite(left)) return this.options.budget.take(`parasut:${this.options.companyId}`);
    try {
      await this.options.budget.take(`parasut:${this.options.companyId}`, AbortSignal.timeout(Math.max(0, left - 250)));
    } catch {
      throw createError(ErrorCode.RATE_LIMITED, "Paraşüt's request budget for this company (10 per 10 s) is spent for now; try again in a few seconds", {
        marketplace: "parasut",
        retryAfterSeconds: 10,
      });
    }
  }

  private company(path: string) {
    return `/v4/${encodeURIComponent(this.options.companyId)}${path}`;
  }

  /** The cheapest authenticated call that proves the company is the user's: GET /v4/me. */
  async me(): Promise<{ email: string; companyIds: string[] }> {
    const r = (await this.call<{ data: PsResource }>("GET", "/v4/me")) as { data: PsResource };
    const companies = (r.data.relationships?.companies?.data ?? []) as Array<{ id: string }>;
    return { email: String(r.data.attributes.email ?? ""), companyIds: companies.map((c) => String(c.id)) };
  }

  async list(resource: string, query: Record<string, string | number | undefined>): Promise<PsList> {
    return (await this.call<PsList>("GET", this.company(`/${resource}`), { query })) as PsList;
  }

  async get(resource: string, id: string, include?: string): Promise<{ data: PsResource; included?: PsResource[] }> {
    return (await this.call<{ data: PsResource; included?: PsResource[] }>("GET", this.company(`/${resource}/${encodeURIComponent(id)}`), {
      query: include ? { include } : undefined,
    })) as { data: PsResource; included?: PsResource[] };
  }

  async create(resource: string, body: unknown): Promise<{ data: PsResource; included?: PsResource[] }> {
    return (await this.call<{ data: PsResource; included?: PsResource[] }>("POST", this.company(`/${resource}`), { json: body })) as { data: PsResource; included?: PsResource[] };
  }

  async cancelInvoice(id: string): Promise<void> {
    await this.call("DELETE", this.company(`/sales_invoices/${encodeURIComponent(id)}/cancel`));
  }

  /** An e-document's PDF: null while Paraşüt has not made it (204). */
  async pdf(kind: string, id: string): Promise<{ url: string; expiresAt: string } | null> {
    const r = await this.call<{ data: PsResource }>("GET", this.company(`/${kind}/${encodeURIComponent(id)}/pdf`));
    return r ? { url: String(r.data.attributes.url), expiresAt: String(r.data.attributes.expires_at) } : null;
  }

  async close(): Promise<void> {
    await this.rest.close();
  }
}
