// The set-up that `npm start` and `npm test` do for themselves (plain Node, no packages: it runs
// before anything is installed). It checks the Node version against package.json `engines`, then runs
// `npm ci` when node_modules is missing or older than package-lock.json. With `--browser` it also makes
// sure the browser tests have a Chromium (Debian's package) and says so instead of failing when it
// cannot install one.
//
//   node scripts/setup.mjs            # before npm start
//   node scripts/setup.mjs --browser  # before npm test
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const say = (line) => console.log(`[setup] ${line}`);
const stop = (line) => {
  console.error(`[setup] ${line}`);
  process.exit(1);
};

// 1. Node version: the lowest version `engines.node` (">=X.Y[.Z]") allows.
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const wanted = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(pkg.engines?.node ?? "") ?? [];
const need = [Number(wanted[1] ?? 0), Number(wanted[2] ?? 0), Number(wanted[3] ?? 0)];
const have = process.versions.node.split(".").map(Number);
const older = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
if (older(have, need) < 0)
  stop(`Node ${need.join(".")} or newer is needed (this is ${process.versions.node}); install it (e.g. from nodejs.org or with nvm) and run the command again.`);

// 2. Dependencies: npm ci when node_modules is missing or older than the lock file. npm writes
// node_modules/.package-lock.json at the end of every install, so its time is the install's time.
const lock = join(root, "package-lock.json");
const marker = join(root, "node_modules", ".package-lock.json");
const reason = !existsSync(marker) ? "node_modules is missing" : statSync(marker).mtimeMs < statSync(lock).mtimeMs ? "package-lock.json is newer than node_modules" : null;
if (reason) {
  say(`${reason}: installing the dependencies with npm ci (about a minute; progress below)…`);
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    stop(
      r.error
        ? `could not run npm (${r.error.message}); install Node with npm and run the command again.`
        : "npm ci failed (see above): check the network connection to the npm registry and the Node version, then run the command again.",
    );
  }
  say("dependencies installed.");
}

// 3. The browser tests' Chromium: Debian's package when missing, once.
if (process.argv.includes("--browser")) {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) {
    process.env.CHROMIUM_PATH = found;
  } else if (process.platform === "linux" && existsSync("/usr/bin/apt-get") && process.getuid?.() === 0) {
    say("the browser tests need Chromium and none is installed: installing Debian's chromium package (once; a minute or two)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env }) : update;
    if (install.status === 0 && existsSync("/usr/bin/chromium")) say("Chromium installed at /usr/bin/chromium.");
    else say("could not install Chromium: the browser tests will be skipped (install it with `apt-get install -y chromium` or set CHROMIUM_PATH).");
  } else {
    say("no Chromium found and this machine cannot install Debian's package here: the browser tests will be skipped (install Chromium or set CHROMIUM_PATH).");
  }
}
