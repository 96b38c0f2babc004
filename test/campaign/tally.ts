// The campaign's bookkeeping: every answer is classified the same way in every phase, and each phase
// leaves its figures in PAZARGRAPH_CAMPAIGN_DIR, which `npm test` prints as one table at the end.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ERROR_CODES } from "@pazargraph/runtime";

export interface Answer {
  status: number;
  body: unknown;
}

export class Tally {
  requests = 0;
  fiveXX = 0;
  internal = 0;
  uncoded = 0;
  leaks = 0;
  lost = 0;
  duplicated = 0;
  readonly notes: string[] = [];
  readonly extra: Record<string, number | string> = {};

  /** Counts one HTTP answer: 5xx, and errors without a registered code or with INTERNAL. */
  answer(a: Answer, label = ""): void {
    this.requests++;
    if (a.status >= 500) {
      this.fiveXX++;
      this.note(`5xx ${a.status} ${label}`);
    }
    const errors = (a.body as { errors?: Array<{ message?: string; extensions?: { code?: unknown } }> } | null)?.errors ?? [];
    if (a.status >= 400 && !errors.length) {
      this.uncoded++;
      this.note(`HTTP ${a.status} without a GraphQL error ${label}`);
    }
    for (const e of errors) {
      const code = e.extensions?.code;
      if (typeof code !== "string" || !ERROR_CODES.has(code)) {
        this.uncoded++;
        this.note(`uncoded error "${e.message}" ${label}`);
      } else if (code === "INTERNAL") {
        this.internal++;
        this.note(`INTERNAL ${label}`);
      }
    }
  }

  note(line: string): void {
    if (this.notes.length < 20) this.notes.push(line.slice(0, 300));
  }

  /** Writes the phase's figures for the end-of-run table. */
  report(phase: string): void {
    const dir = process.env.PAZARGRAPH_CAMPAIGN_DIR;
    const figures = {
      phase,
      requests: this.requests,
      "5xx": this.fiveXX,
      INTERNAL: this.internal,
      uncoded: this.uncoded,
      leaks: this.leaks,
      lost: this.lost,
      duplicated: this.duplicated,
      ...this.extra,
    };
    console.log(`campaign ${phase}: ${JSON.stringify(figures)}${this.notes.length ? `\n  ${this.notes.join("\n  ")}` : ""}`);
    if (dir) writeFileSync(join(dir, `${phase}.json`), JSON.stringify(figures));
  }
}

/** Runs `work` over `items` with at most `limit` in flight. */
export async function pool<T>(items: T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      for (let i = next++; i < items.length; i = next++) await work(items[i], i);
    }),
  );
}

/** The sandboxes' deterministic randomness (mulberry32), so every run sends the same hostile documents. */
export { createRandom as prng } from "@pazargraph/sandbox";

/** POSTs a raw body to the gateway; never throws for an HTTP status. */
export async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = { errors: [{ message: `not JSON: ${text.slice(0, 80)}` }] };
  }
  return { status: res.status, body: parsed };
}
