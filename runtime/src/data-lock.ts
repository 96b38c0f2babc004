// One writer for the embedded data folder. The process that runs the stack holds `pazargraph.lock`
// (its pid and where its stores service listens); another process that wants to write there (a second
// `npm start`, `npm run tenant`) either refuses with a clear message or, for what the running stack
// can do itself, asks it over its own API instead of writing the files behind its back.
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";

export interface DataLockInfo {
  pid: number;
  startedAt: string;
  /** The stores subgraph of the holder, for operator tasks done through it. */
  storesUrl?: string;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: DataLockInfo,
  ) {
    super(
      `the data folder ${dir} is in use by process ${holder.pid} (started ${holder.startedAt}); stop that process first, or point this one at another folder with PAZARGRAPH_DATA_DIR`,
    );
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
};

const lockFile = (dir: string) => join(dir, "pazargraph.lock");

/** The live holder of the folder's lock, or null (none, or left behind by a process that died). */
export function readDataLock(dir: string): DataLockInfo | null {
  try {
    const info = JSON.parse(readFileSync(lockFile(dir), "utf8")) as DataLockInfo;
    return typeof info.pid === "number" && info.pid !== process.pid && alive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export interface DataLock {
  update(patch: Partial<DataLockInfo>): void;
  release(): void;
}

/** Takes the folder's lock; throws DataDirInUseError when a live process holds it. A dead holder's lock is taken over. */
export function acquireDataLock(dir: string): DataLock {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = lockFile(dir);
  let info: DataLockInfo = { pid: process.pid, startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 2) throw err;
      const holder = readDataLock(dir);
      if (holder) throw new DataDirInUseError(dir, holder);
      try {
        unlinkSync(file);
      } catch {
        // Another process took it over first; the next attempt sees it.
      }
    }
  }
  let released = false;
  return {
    update(patch) {
      info = { ...info, ...patch };
      writeFileSync(file, JSON.stringify(info), { mode: 0o600 });
    },
    release() {
      if (released) return;
      released = true;
      try {
        const current = JSON.parse(readFileSync(file, "utf8")) as DataLockInfo;
        if (current.pid === process.pid) unlinkSync(file);
      } catch {
        // Already gone.
      }
    },
  };
}
