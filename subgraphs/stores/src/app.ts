// The stores subgraph: owns the Store entity (Federation v1 @key). For now stores come from config;
// the registry with credentials and settings is a later product area.
import { buildFederatedSubgraph, type Config, createSubgraphServer, type Logger, notFound } from "@pazargraph/runtime";
import { ApiStatus, DateTimeScalar, Marketplace } from "@pazargraph/schema";
import { Arg, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";

@ObjectType("Store", { description: "A seller's connection to one marketplace store." })
@Directive('@key(fields: "id")')
export class Store {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Marketplace)
  marketplace!: Marketplace;

  @Field(() => Boolean, { description: "Passive stores are not polled and not shown by default." })
  active!: boolean;

  @Field(() => Boolean, { description: "Test mode points the store at the marketplace's test host (our sandbox locally)." })
  testMode!: boolean;

  @Field(() => ApiStatus, { description: "Whether the store's credentials were last seen to work; UNKNOWN until checked." })
  apiStatus!: ApiStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  apiStatusCheckedAt?: string | null;

  @Field(() => String, { nullable: true, description: "The marketplace's message when the credentials were refused." })
  apiStatusMessage?: string | null;
}

export interface StoresContext {
  stores: ReadonlyMap<string, Store>;
}

@Resolver(() => Store)
export class StoreResolver {
  @Query(() => [Store], { description: "The connected stores." })
  stores(@Ctx() ctx: StoresContext, @Arg("includeInactive", () => Boolean, { defaultValue: true }) includeInactive: boolean): Store[] {
    return [...ctx.stores.values()].filter((s) => includeInactive || s.active);
  }

  @Query(() => Store, { nullable: true })
  store(@Ctx() ctx: StoresContext, @Arg("id", () => ID) id: string): Store | null {
    return ctx.stores.get(id) ?? null;
  }
}

export function storesFromConfig(config: Readonly<Config>): Map<string, Store> {
  return new Map(
    config.stores.map((s) => [
      s.id,
      {
        id: s.id,
        name: s.name,
        marketplace: s.marketplace.toUpperCase() as Marketplace,
        active: s.active,
        testMode: s.testMode,
        apiStatus: ApiStatus.UNKNOWN,
        apiStatusCheckedAt: null,
        apiStatusMessage: null,
      },
    ]),
  );
}

export async function buildStoresSchema(stores: ReadonlyMap<string, Store> = new Map()) {
  return buildFederatedSubgraph({
    resolvers: [StoreResolver],
    referenceResolvers: {
      Store: {
        __resolveReference: (ref) => {
          const s = stores.get(String(ref.id));
          if (!s) throw notFound(`no store with id "${String(ref.id)}"`);
          return s;
        },
      },
    },
  });
}

export async function buildStoresSubgraph(options: { config: Readonly<Config>; logger: Logger }) {
  const stores = storesFromConfig(options.config);
  const { schema, sdl } = await buildStoresSchema(stores);
  const server = createSubgraphServer<StoresContext>({ name: "stores", schema, logger: options.logger, context: () => ({ stores }) });
  return { server, sdl, close: () => server.close() };
}
