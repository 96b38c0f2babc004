// The validation budget on its own: what passes, what is refused, and that refusing is cheap.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getIntrospectionQuery } from "graphql";
import { checkBudget } from "./budget.ts";

const budget = { maxQueryBytes: 32_768, maxTokens: 4000, maxSameField: 200 };
const code = (fn: () => void) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code ?? "thrown";
  }
};

describe("validation budget", () => {
  it("lets ordinary documents through: the explorer's introspection, fragments, variables, a product list literal", () => {
    assert.equal(
      code(() => checkBudget(getIntrospectionQuery(), budget)),
      null,
    );
    assert.equal(
      code(() => checkBudget("query($s: [OrderStatus!]) { pazarama { orders(filter: { statuses: $s }) { edges { node { ...O } } } } } fragment O on Order { id number }", budget)),
      null,
    );
    const products = `mutation { beymen { createProducts(products: [${Array.from({ length: 300 }, (_, i) => `{ barcode: "B${i}", name: "n", price: 1 }`).join(", ")}]) { processId } } }`;
    assert.equal(
      code(() => checkBudget(products, budget)),
      null,
      "names inside arguments (input literals) do not count as fields",
    );
  });
  it("refuses repeated fields, too many tokens and too many bytes with QUERY_TOO_COMPLEX", () => {
    assert.equal(
      code(() => checkBudget(`{ stores { ${"id ".repeat(201)} } }`, budget)),
      "QUERY_TOO_COMPLEX",
    );
    assert.equal(
      code(() => checkBudget(`{ ${"__typename ".repeat(20_000)} }`, budget)),
      "QUERY_TOO_COMPLEX",
    );
    assert.equal(
      code(() => checkBudget(`{ ${Array.from({ length: 5000 }, (_, i) => `f${i}`).join(" ")} }`, budget)),
      "QUERY_TOO_COMPLEX",
    );
    assert.equal(
      code(() => checkBudget(`{ stores { id } } # ${"ş".repeat(20_000)}`, budget)),
      "QUERY_TOO_COMPLEX",
      "bytes, not characters",
    );
  });
  it("leaves syntax errors to the parser", () => {
    assert.equal(
      code(() => checkBudget('{ stores { id "unterminated', budget)),
      null,
    );
    assert.equal(
      code(() => checkBudget(42, budget)),
      null,
    );
  });
  it("refuses a 20,000-field document in far less time than validating it would take", () => {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) code(() => checkBudget(`{ stores { ${"id ".repeat(20_000)} } }`, budget));
    // Not a speed assertion: a record of the work done, printed for the notes.
    console.log(`20 refusals of 20,000 repeated fields: ${Math.round(performance.now() - t0)} ms`);
  });
});
