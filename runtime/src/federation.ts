// Federation v1 for mercurius: builds a subgraph schema from type-graphql resolvers with
// @apollo/subgraph (for _entities and __resolveReference) and serves CLASSIC v1 SDL from
// `_service { sdl }`: root types as `extend type Query/Mutation/Subscription`, no federation directive
// definitions, no _service/_entities. @apollo/subgraph's own printer emits `type Query`, and mercurius
// then keeps only the last subgraph's Query (ARCHITECTURE.md, "Gateway").
import { buildSubgraphSchema } from "@apollo/subgraph";
import { ExtendsDirective, ExternalDirective, KeyDirective, ProvidesDirective, RequiresDirective } from "@apollo/subgraph/dist/directives.js";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type DefinitionNode, type DocumentNode, type GraphQLFieldResolver, type GraphQLSchema, isObjectType, Kind, parse, print, specifiedDirectives } from "graphql";
import { buildSchema, createResolversMap } from "type-graphql";

const ROOTS = new Set(["Query", "Mutation", "Subscription"]);
const FEDERATION_NAMES = new Set(["key", "extends", "external", "requires", "provides", "tag", "link", "shareable", "inaccessible", "override"]);

/** Rewrites a printed schema into Federation v1 classic SDL (see the module header). */
export function toFederationV1Sdl(sdl: string): string {
  const doc = parse(sdl);
  const definitions: DefinitionNode[] = [];
  for (const def of doc.definitions) {
    if (def.kind === Kind.SCHEMA_DEFINITION) continue;
    if (def.kind === Kind.DIRECTIVE_DEFINITION && FEDERATION_NAMES.has(def.name.value)) continue;
    if (def.kind === Kind.SCALAR_TYPE_DEFINITION && def.name.value === "_Any") continue;
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION && ROOTS.has(def.name.value)) {
      const fields = def.fields?.filter((f) => f.name.value !== "_service" && f.name.value !== "_entities");
      if (!fields?.length) continue;
      const { description: _description, ...rest } = def;
      definitions.push({ ...rest, kind: Kind.OBJECT_TYPE_EXTENSION, fields });
      continue;
    }
    if (def.kind === Kind.OBJECT_TYPE_DEFINITION && (def.name.value === "_Service" || def.name.value === "_Entity")) continue;
    if (def.kind === Kind.UNION_TYPE_DEFINITION && def.name.value === "_Entity") continue;
    definitions.push(def);
  }
  return `${print({ kind: Kind.DOCUMENT, definitions } as DocumentNode)}\n`;
}

export type ReferenceResolvers = Record<string, { __resolveReference: (reference: Record<string, unknown>, context: unknown) => unknown }>;

export interface BuildSubgraphOptions {
  resolvers: [Function, ...Function[]];
  orphanedTypes?: Function[];
  /** `__resolveReference` per entity this subgraph owns. */
  referenceResolvers?: ReferenceResolvers;
}

export interface Subgraph {
  schema: GraphQLSchema;
  /** The classic v1 SDL served from `_service { sdl }` and committed under schema/generated. */
  sdl: string;
}

/**
 * An argument given as an explicit null means "not given", as if left out: resolvers then see
 * undefined and their defaults apply (`brands(search: null)` used to reach `.length` on null). Only
 * top-level arguments (inside input objects null can mean "clear this value"), and only the fields
 * that take arguments are wrapped, so plain fields cost nothing more.
 */
function nullArgumentsAreLeftOut(schema: GraphQLSchema) {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!field.args.length || !resolve) continue;
      field.resolve = (source, args, context, info) => {
        let clean = args;
        for (const k in args) {
          if (args[k] === null) {
            if (clean === args) clean = { ...args };
            delete clean[k];
          }
        }
        return resolve(source, clean, context, info);
      };
    }
  }
}

export async function buildFederatedSubgraph(options: BuildSubgraphOptions): Promise<Subgraph> {
  const typeSchema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    directives: [...specifiedDirectives, KeyDirective, ExtendsDirective, ExternalDirective, RequiresDirective, ProvidesDirective],
    validate: false,
    skipCheck: true,
    // Subscriptions here read the event-bus port through their own `subscribe`; topics are not used.
    pubSub: {
      publish: () => {
        throw new Error("topic pub/sub is not used: subscriptions read the event-bus port");
      },
      subscribe: () => {
        throw new Error("topic pub/sub is not used: subscriptions read the event-bus port");
      },
    },
  });
  const printed = printSchemaWithDirectives(typeSchema);
  const resolvers = createResolversMap(typeSchema) as Record<string, Record<string, unknown>>;
  for (const [typeName, ref] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], __resolveReference: ref.__resolveReference };
  }
  const schema = buildSubgraphSchema({ typeDefs: parse(printed), resolvers: resolvers as never });
  nullArgumentsAreLeftOut(schema);
  const sdl = toFederationV1Sdl(printed);
  const serviceField = schema.getQueryType()?.getFields()._service;
  if (!serviceField) throw new Error("@apollo/subgraph did not add _service");
  serviceField.resolve = (() => ({ sdl })) as GraphQLFieldResolver<unknown, unknown>;
  return { schema, sdl };
}
