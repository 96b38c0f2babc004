// The code tables the Beymen subgraph keeps in step with its sandbox: shipment, line and claim
// statuses, cancel reasons and cargo companies — every code the sandbox can send has a meaning here.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { beymenData } from "@pazargraph/sandbox/beymen";
import { CARGO_COMPANIES } from "../service.ts";
import { CANCEL_REASON_LABEL, CLAIM_STATUS, LINE_STATUS, SHIPMENT_STATUS } from "./status.ts";

const byCode = (t: Record<string, number>) => Object.fromEntries(Object.entries(t).map(([name, code]) => [code, name]));
const names = <T extends { name: string }>(t: Record<number, T>) => Object.fromEntries(Object.entries(t).map(([code, v]) => [code, v.name]));

describe("Beymen tables agree with the sandbox", () => {
  it("shipment, line and claim statuses: same codes, same names", () => {
    assert.deepEqual(names(SHIPMENT_STATUS), byCode(beymenData.SHIPMENT_STATUS));
    assert.deepEqual(names(LINE_STATUS), byCode(beymenData.LINE_STATUS));
    assert.deepEqual(names(CLAIM_STATUS), byCode(beymenData.CLAIM_STATUS));
  });
  it("line labels and cancel reasons", () => {
    assert.deepEqual(Object.fromEntries(Object.entries(LINE_STATUS).map(([k, v]) => [k, v.label])), beymenData.LINE_STATUS_LABEL);
    assert.deepEqual(
      Object.keys(CANCEL_REASON_LABEL)
        .map(Number)
        .sort((a, b) => a - b),
      Object.values(beymenData.CANCEL_REASONS).sort((a, b) => a - b),
    );
  });
  it("cargo companies", () => {
    assert.deepEqual(
      CARGO_COMPANIES.map((c) => [c.code, c.name]),
      beymenData.CARGO_COMPANIES.map(([code, name]) => [code, name]),
    );
  });
});
