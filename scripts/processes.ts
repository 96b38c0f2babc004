// Child processes as parties of a run (the benchmark harness, the deployables test): each started as
// its own OS process (node, or tsx for TypeScript), its output kept, waited on until it is healthy or
// has printed a marker, measured from /proc (CPU time, RSS), and stopped at the end — all of them, also
// when the run is interrupted.
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";

export interface Proc {
  name: string;
  child: ChildProcess;
  /** The last 20,000 characters it wrote (stdout and stderr). */
  out: string;
  /** Resolves with its exit code when it has exited. */
  exited: Promise<number | null>;
}

const owned: Proc[] = [];
let hooked = false;

function hookExit() {
  if (hooked) return;
  hooked = true;
  const killAll = () => {
    for (const p of owned) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill("SIGKILL");
  };
  process.on("exit", killAll);
  for (const sig of ["SIGINT", "SIGTERM"] as const)
    process.on(sig, () => {
      killAll();
      process.exit(130);
    });
}

/** Starts `node <args>` (or tsx when the script is TypeScript); stopAll() and the run's exit stop it. */
export function start(name: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Proc {
  hookExit();
  const ts = args[0].endsWith(".ts");
  const argv = ts ? ["--import", "tsx", ...args] : args;
  const child = spawn(process.execPath, argv, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const proc: Proc = { name, child, out: "", exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
  const keep = (d: Buffer) => {
    proc.out = (proc.out + d.toString()).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  owned.push(proc);
  return proc;
}

export async function stopAll(): Promise<void> {
  await Promise.all(
    owned.map(
      (p) =>
        new Promise<void>((resolve) => {
          if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
          p.child.once("exit", () => resolve());
          p.child.kill("SIGTERM");
          setTimeout(() => p.child.kill("SIGKILL"), 5000).unref();
        }),
    ),
  );
  owned.length = 0;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

/** Waits until `url` answers 2xx, or fails with the process's last output (also when it exits first). */
export async function healthy(url: string, proc: Proc, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.out.slice(-2000)}`);
    if ((await fetch(url, { signal: AbortSignal.timeout(1000) }).catch(() => null))?.ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${proc.name} did not become healthy at ${url}:\n${proc.out.slice(-2000)}`);
}

const TICKS = 100; // USER_HZ on Linux

/** A process's CPU seconds so far (user + system) and its resident memory in MB, from /proc. */
export function usage(pid: number): { cpuSeconds: number; rssMb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return { cpuSeconds, rssMb: rss ? Number(rss[1]) / 1024 : 0 };
}

/** Waits until the process has written `marker` (a peer gateway prints it once it is serving). */
export async function printed(proc: Proc, marker: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.out.includes(marker)) return;
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited (${proc.child.exitCode}):\n${proc.out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${proc.name} never printed "${marker}":\n${proc.out}`);
}
