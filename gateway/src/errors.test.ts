import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maskGatewayError } from "./errors.ts";

describe("gateway error masking", () => {
  it("codes graphql-armor's limit errors QUERY_TOO_COMPLEX", () => {
    const e = maskGatewayError({ message: "Syntax Error: Query depth limit of 12 exceeded, found 13." });
    assert.deepEqual(e.extensions, { code: "QUERY_TOO_COMPLEX" });
    assert.equal(e.message, "Query depth limit of 12 exceeded, found 13.");
  });
  it("treats a code-less error without a path as the caller's input", () => {
    assert.equal(maskGatewayError({ message: 'Variable "$first" got invalid value "x"' }).extensions?.code, "BAD_USER_INPUT");
  });
  it("passes subgraph codes through and hides an uncoded execution error", () => {
    assert.equal(maskGatewayError({ message: "no store", path: ["pazarama"], extensions: { code: "NOT_FOUND" } }).extensions?.code, "NOT_FOUND");
    assert.deepEqual(maskGatewayError({ message: "fetch failed http://127.0.0.1:4003/graphql", path: ["pazarama"] }).extensions, { code: "INTERNAL" });
  });
});
