// The code tables the Pazarama subgraph keeps in step with its sandbox: every item status, refund
// status and payment type the sandbox can send has a unified meaning here, and no more.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ITEM_STATUSES, PAYMENT_TYPES, REFUND_STATUS_NAMES } from "@pazargraph/sandbox/pazarama";
import { ITEM_STATUS, PAYMENT_TYPE, REFUND_STATUS } from "./status.ts";

describe("Pazarama tables agree with the sandbox", () => {
  it("item statuses", () => {
    assert.deepEqual(
      Object.keys(ITEM_STATUS)
        .map(Number)
        .sort((a, b) => a - b),
      [...ITEM_STATUSES].sort((a, b) => a - b),
    );
  });
  it("refund statuses, with the same labels", () => {
    assert.deepEqual(Object.fromEntries(Object.entries(REFUND_STATUS).map(([k, v]) => [k, v.label])), REFUND_STATUS_NAMES);
  });
  it("payment types", () => {
    assert.deepEqual(PAYMENT_TYPE, PAYMENT_TYPES);
  });
});
