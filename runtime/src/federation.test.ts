// The Federation v1 SDL a subgraph serves from `_service { sdl }`: root types as extensions, no
// federation directive definitions, no _service/_entities/_Any, entity directives kept.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { toFederationV1Sdl } from "./federation.ts";

describe("Federation v1 SDL", () => {
  it("turns @apollo/subgraph's printed schema into classic v1 SDL", () => {
    const printed = `
      directive @key(fields: String!) repeatable on OBJECT | INTERFACE
      directive @extends on OBJECT | INTERFACE
      scalar _Any
      type _Service { sdl: String }
      union _Entity = Store
      """The queries."""
      type Query { stores: [Store!]! _service: _Service! _entities(representations: [_Any!]!): [_Entity]! }
      type Mutation { addStore(title: String!): Store! }
      type Store @key(fields: "id") { id: ID! name: String! }
    `;
    const sdl = toFederationV1Sdl(printed);
    assert.match(sdl, /extend type Query \{\s+stores: \[Store!\]!\s+\}/);
    assert.match(sdl, /extend type Mutation/);
    assert.match(sdl, /type Store @key\(fields: "id"\)/);
    for (const gone of ["directive @key", "directive @extends", "_Service", "_entities", "_Any", "_Entity", "The queries"])
      assert.ok(!sdl.includes(gone), `${gone} is not in the SDL`);
  });

  it("drops a root type that had only federation fields", () => {
    const sdl = toFederationV1Sdl("scalar _Any\ntype _Service { sdl: String }\ntype Query { _service: _Service! }\ntype Thing { id: ID }");
    assert.ok(!sdl.includes("Query"));
    assert.match(sdl, /type Thing/);
  });
});
