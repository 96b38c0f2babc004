// Test helper with no dependencies: wait for a condition (a signal the code under test gives), polling
// it with a deadline — never a fixed sleep that hopes the work is done. `intervalMs` spaces the checks
// when checking is itself costly (a whole event history through the gateway).
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000, intervalMs = 20): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
