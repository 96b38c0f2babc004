// The side-by-side figures as bench/RESULTS.md (a table per scenario, the ratios and the targets) and
// bench/results.svg (PazarGraph's throughput over each other party's, per scenario).

export interface Row {
  scenario: string;
  party: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuSeconds: number;
  rssMb: number;
}

const ours = (rows: Row[], scenario: string) => rows.find((r) => r.scenario === scenario && r.party === "PazarGraph");

export function markdown(
  rows: Row[],
  run: { machine: string; date: string; seconds: number; runs: number; connections: number },
  subscribers: Record<string, number | null> | null = null,
): string {
  const scenarios = [...new Set(rows.map((r) => r.scenario))];
  const out = [
    "# Side by side: PazarGraph, Apollo Gateway 2, Hive Gateway",
    "",
    "Written by `npm run bench` (bench/side-by-side/run.ts); do not edit by hand.",
    "",
    `- Machine: ${run.machine}`,
    `- Date: ${run.date}`,
    `- Each party in its own process in front of the same subgraph processes (stores, orders, pazarama from dist/) and the same Pazarama sandbox process; the load generator (autocannon, ${run.connections} connections, ${run.seconds} s) a process of its own. ${run.runs} runs per party, the median by req/s shown.`,
    "- CPU is the party's CPU seconds during the median run, RSS its peak resident memory.",
    "- Command: `npm run bench` (BENCH_SECONDS, BENCH_RUNS, BENCH_CONNECTIONS to change the run).",
    "",
    "- Scenarios F1, F2, F5 run the same queries against fixture subgraphs: each subgraph's own SDL served by the subgraph server the deployables run, answering from a recording of its answers (bench/side-by-side/fixture.ts), so that what is measured is the gateways, not the marketplace and the hub.",
    "",
    "![PazarGraph's throughput over each party's](results.svg)",
    "",
    ...targets(rows, subscribers),
  ];
  for (const s of scenarios) {
    const base = ours(rows, s);
    out.push(`## ${s}`, "", "| party | req/s | p50 ms | p99 ms | errors | CPU s | RSS MB | PazarGraph ÷ party |", "|---|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of rows.filter((x) => x.scenario === s))
      out.push(
        `| ${r.party} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.cpuSeconds.toFixed(1)} | ${r.rssMb.toFixed(0)} | ${base && r.party !== "PazarGraph" ? (base.rps / r.rps).toFixed(2) : "—"} |`,
      );
    out.push("");
  }
  if (subscribers) {
    const f = (v: number | null | undefined, d = 1) => (v == null ? "—" : v.toFixed(d));
    out.push(
      "## 6 orderEvents subscribers (PazarGraph only)",
      "",
      "Apollo Gateway 2 serves no subscriptions; Hive Gateway was not set up for them here. Delays are measured from the first subscriber's receipt of each event (its `occurredAt` has second precision): the fan-out the gateway adds, the subscriber process's own parsing included.",
      "",
      "| subscribers | events | deliveries | errors | fan-out p50 ms | p99 ms | max ms | RSS idle MB | RSS with subscribers MB | KiB per idle subscriber | peak RSS MB |",
      "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      `| ${subscribers.subscribers} | ${subscribers.events} | ${subscribers.received} | ${subscribers.errors} | ${f(subscribers.p50)} | ${f(subscribers.p99)} | ${f(subscribers.max)} | ${f(subscribers.idleRssMb, 0)} | ${f(subscribers.connectedRssMb, 0)} | ${f(subscribers.kbPerSubscriber)} | ${f(subscribers.peakRssMb, 0)} |`,
      "",
    );
  }
  return out.join("\n");
}

/** The issue's targets, each with the figure that decides it. */
function targets(rows: Row[], subscribers: Record<string, number | null> | null): string[] {
  const rps = (scenario: string, party: string) => rows.find((r) => r.scenario.startsWith(scenario) && r.party.startsWith(party))?.rps;
  const ratio = (scenario: string, party: string) => {
    const a = rps(scenario, "PazarGraph");
    const b = rps(scenario, party);
    return a && b ? a / b : undefined;
  };
  const line = (what: string, value: number | undefined, holds: (v: number) => boolean, unit = "×") =>
    `| ${what} | ${value === undefined ? "not measured" : `${value.toFixed(unit === "×" ? 2 : 0)}${unit}`} | ${value === undefined ? "—" : holds(value) ? "holds" : "does not hold"} |`;
  const out = ["## Targets", "", "| target | measured | |", "|---|---:|---|"];
  for (const f of ["F1 ", "F2 ", "F5 "]) {
    out.push(line(`${f.trim()}: ≥ 2.5× Apollo Gateway`, ratio(f, "Apollo"), (v) => v >= 2.5));
    out.push(line(`${f.trim()}: ≥ 1.8× Hive Gateway`, ratio(f, "Hive"), (v) => v >= 1.8));
    const direct = rows.find((r) => r.scenario.startsWith(f) && r.party.includes("fixture direct"))?.party;
    out.push(line(`${f.trim()}: ≥ 0.6× the subgraph queried directly`, direct ? ratio(f, direct) : undefined, (v) => v >= 0.6));
  }
  out.push(line("3: ≥ 0.8× the bare route", ratio("3 ", "bare"), (v) => v >= 0.8));
  for (const n of ["1 ", "2 ", "3 ", "4 ", "5 "]) {
    const peers = [ratio(n, "Apollo"), ratio(n, "Hive")].filter((v) => v !== undefined);
    out.push(line(`${n.trim()} (real sandbox): no gateway faster (PazarGraph ÷ the fastest peer)`, peers.length ? Math.min(...peers) : undefined, (v) => v >= 1));
  }
  out.push(line("6: event-to-client p99 ≤ 250 ms", subscribers?.p99 ?? undefined, (v) => v <= 250, " ms"));
  out.push(line("6: gateway RSS ≤ 600 MB (peak)", subscribers?.peakRssMb ?? undefined, (v) => v <= 600, " MB"));
  out.push("");
  return out;
}

export function chart(rows: Row[]): string {
  const bars = rows
    .filter((r) => r.party !== "PazarGraph")
    .map((r) => ({ label: `${r.scenario.split(":")[0]} · ${r.party}`, ratio: (ours(rows, r.scenario)?.rps ?? 0) / (r.rps || 1) }));
  const max = Math.max(2, ...bars.map((b) => b.ratio));
  const width = 720;
  const rowH = 22;
  const left = 320;
  const scale = (width - left - 60) / max;
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const body = bars
    .map((b, i) => {
      const y = 30 + i * rowH;
      return `<text x="${left - 8}" y="${y + 14}" text-anchor="end" font-size="12">${esc(b.label)}</text><rect x="${left}" y="${y + 3}" width="${(b.ratio * scale).toFixed(1)}" height="${rowH - 6}" fill="${b.ratio >= 1 ? "#2b7a3d" : "#b3362c"}"/><text x="${left + b.ratio * scale + 4}" y="${y + 14}" font-size="12">${b.ratio.toFixed(2)}×</text>`;
    })
    .join("\n");
  const one = left + scale;
  const height = 40 + bars.length * rowH;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<text x="8" y="18" font-size="14">PazarGraph req/s ÷ party req/s (above 1: PazarGraph is faster)</text>
${body}
<line x1="${one}" y1="26" x2="${one}" y2="${height - 6}" stroke="#333" stroke-dasharray="4 3"/>
</svg>
`;
}
