// L1 of the design: mercurius-cache (memory, per replica, short TTL) on the reference-data fields of
// each marketplace namespace. The gateway fetches `pazarama { … }` from the subgraph in one hop, so
// the cache sits on the namespace root field and is used only when everything selected under it is
// reference data (category tree, attributes, brands, cities); any other field skips it.
// mercurius-cache's default key only uses top-level field names, so the key here is the whole
// selection set with fragments inlined, plus arguments and variables (ARCHITECTURE.md).
import { createHash } from "node:crypto";
import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, print, type SelectionNode, type SelectionSetNode } from "graphql";

/** Reference-data fields per namespace root field, from config (`gateway.l1Fields`). */
export type CacheableFields = Record<string, ReadonlySet<string>>;

export function cacheableFields(config: Record<string, readonly string[]>): CacheableFields {
  return Object.fromEntries(Object.entries(config).map(([ns, fields]) => [ns, new Set(fields)]));
}

function inline(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>): SelectionSetNode {
  const selections: SelectionNode[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FRAGMENT_SPREAD) {
      const f = fragments[s.name.value];
      if (f) selections.push({ kind: Kind.INLINE_FRAGMENT, typeCondition: f.typeCondition, selectionSet: inline(f.selectionSet, fragments) });
    } else if (s.selectionSet) selections.push({ ...s, selectionSet: inline(s.selectionSet, fragments) } as SelectionNode);
    else selections.push(s);
  }
  return { ...set, selections };
}

/** The top-level field names selected under the root field, looking through fragments. */
export function selectedFieldNames(info: GraphQLResolveInfo): string[] {
  const names: string[] = [];
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else walk(info.fragments[s.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet);
  return names;
}

export function isCacheable(info: GraphQLResolveInfo, cacheable: CacheableFields): boolean {
  const allowed = cacheable[info.fieldName];
  if (!allowed || info.operation.operation !== "query") return false;
  const names = selectedFieldNames(info);
  return names.length > 0 && names.every((n) => allowed.has(n));
}

/** A key over the full selection set (fragments inlined), the arguments and the variables. */
export function selectionKey(info: GraphQLResolveInfo, arg: unknown, scope = ""): string {
  const printed = info.fieldNodes.map((n: FieldNode) => print(n.selectionSet ? { ...n, selectionSet: inline(n.selectionSet, info.fragments) } : n)).join("|");
  return createHash("sha256")
    .update(`${scope}\n${info.parentType.name}.${info.fieldName}\n${printed}\n${JSON.stringify(arg)}\n${JSON.stringify(info.variableValues)}`)
    .digest("base64url");
}
