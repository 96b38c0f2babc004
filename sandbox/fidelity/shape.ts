// The recursive shape comparison: the sandbox's answer must have the example's keys, no others, and
// the same JSON type under each (number, string, boolean, object, array). A null on either side says
// nothing about the type (the example shows an empty field, or the sandbox has no value there), so it
// matches anything; the key must still be there. Arrays: every element the example shows is compared
// with the answer's first element, so an answer with no elements where the example has some is a
// difference (the case must ask for data).

export interface ShapeDiff {
  /** JSON path, e.g. data.items[].cargo.trackingNumber */
  path: string;
  problem: string;
}

const typeOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

/** `partial`: the example names some keys (a fact, not a whole answer); the answer may have more. */
export function compareShape(example: unknown, actual: unknown, path = "$", partial = false): ShapeDiff[] {
  const e = typeOf(example);
  const a = typeOf(actual);
  if (e === "null" || a === "null") return [];
  if (e !== a) return [{ path, problem: `${a} where the example has ${e}` }];
  if (e === "array") {
    const ex = example as unknown[];
    const ac = actual as unknown[];
    if (!ex.length) return [];
    if (!ac.length) return [{ path, problem: "an empty array where the example has elements" }];
    return ex.flatMap((item) => compareShape(item, ac[0], `${path}[]`, partial)).filter(unique());
  }
  if (e === "object") {
    const ex = example as Record<string, unknown>;
    const ac = actual as Record<string, unknown>;
    const diffs: ShapeDiff[] = [];
    for (const k of Object.keys(ex)) {
      if (!(k in ac)) diffs.push({ path: `${path}.${k}`, problem: "missing" });
      else diffs.push(...compareShape(ex[k], ac[k], `${path}.${k}`, partial));
    }
    if (!partial) for (const k of Object.keys(ac)) if (!(k in ex)) diffs.push({ path: `${path}.${k}`, problem: "not in the example" });
    return diffs;
  }
  return [];
}

function unique() {
  const seen = new Set<string>();
  return (d: ShapeDiff) => {
    const key = `${d.path} ${d.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
