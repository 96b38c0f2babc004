// The fidelity suite: each sandbox against its marketplace's documents (Pazarama, Beymen) or the
// public facts about its API (Trendyol, Paraşüt). Prints, per sandbox, endpoints covered / documented,
// examples matched / examples and rules held / rules; fails on any difference not listed as deliberate.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { beymenFidelity } from "./beymen.ts";
import { type FidelityReport, runFidelity, type SandboxFidelity } from "./harness.ts";
import { parasutFidelity } from "./parasut.ts";
import { pazaramaFidelity } from "./pazarama.ts";
import { trendyolFidelity } from "./trendyol.ts";

const reports: FidelityReport[] = [];

describe("sandbox fidelity", () => {
  // biome-ignore lint/suspicious/noExplicitAny: each sandbox has its own context type
  const suites: Array<SandboxFidelity<any>> = [pazaramaFidelity, beymenFidelity, trendyolFidelity, parasutFidelity];
  for (const suite of suites) {
    it(`${suite.name}: every example, endpoint and rule of ${suite.source}`, async () => {
      const report = await runFidelity(suite);
      reports.push(report);
      if (report.uncovered.length) console.log(`${suite.name} endpoints never called: ${report.uncovered.join(", ")}`);
      assert.deepEqual(report.failures, [], `${suite.name}: ${report.failures.length} differences`);
      assert.deepEqual(report.uncovered, [], `${suite.name}: documented endpoints the suite never called`);
      assert.equal(report.examplesMatched + Object.keys(suite.unusable).length, report.examples, `${suite.name}: every example is matched or says why it cannot be`);
    });
  }

  after(() => {
    const rows = reports.map(
      (r) =>
        `${r.name.padEnd(9)} endpoints ${`${r.endpointsCovered}/${r.endpointsDocumented}`.padEnd(6)} examples ${`${r.examplesMatched}/${r.examples}`.padEnd(6)} rules ${`${r.rulesHeld}/${r.rules}`.padEnd(6)} deliberate differences ${String(r.deliberate).padEnd(3)}${r.endpointsNotSimulated ? ` endpoints not simulated ${r.endpointsNotSimulated} (never called by the product)` : ""}`,
    );
    console.log(["fidelity", ...rows].join("\n"));
    // Under `npm test`, the table is printed again at the end of the run, next to the campaign's.
    const dir = process.env.PAZARGRAPH_CAMPAIGN_DIR;
    if (dir) writeFileSync(join(dir, "fidelity.table"), rows.join("\n"));
  });
});
