// The supplier types of the catalogue's schema: accounts with their feed's state and storage places,
// and supplier orders with their status at the distributor.
import { DateTimeScalar } from "@pazargraph/schema";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum SupplierKindName {
  PENTA = "PENTA",
}
registerEnumType(SupplierKindName, { name: "SupplierKind", description: "The distributor's API. PENTA: Penta Teknoloji's dealer API (see the README for what is not verified)." });

export enum SupplierOrderStatus {
  PLACING = "PLACING",
  RECEIVED = "RECEIVED",
  PREPARING = "PREPARING",
  SHIPPED = "SHIPPED",
  DELIVERED = "DELIVERED",
  CANCELLED = "CANCELLED",
  REFUSED = "REFUSED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(SupplierOrderStatus, {
  name: "SupplierOrderStatus",
  description:
    "PLACING: written, not yet confirmed by the distributor (it is sent again, as the same order, until it is). REFUSED: the distributor said no (see error); placing it again is allowed. UNKNOWN: a status the distributor sent that is not known here (see error).",
});

@ObjectType({ description: "A distributor storage place supplier orders can come from, and the catalogue warehouse its stock is kept under." })
export class SupplierWarehouse {
  @Field(() => String, { description: "The distributor's code, e.g. \"2011\" (Penta's external warehouse)." })
  code!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, { description: 'The catalogue warehouse, e.g. "Penta 2011".' })
  warehouse!: string;
}

@ObjectType()
export class SupplierRowProblem {
  @Field(() => String, { nullable: true })
  code?: string | null;
  @Field(() => String)
  problem!: string;
}

@ObjectType({ description: "The supplier feed's last read into the catalogue." })
export class SupplierSyncState {
  @Field(() => DateTimeScalar, { nullable: true, description: "When the last good read started: the next reads what changed since that day." })
  lastStartedAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  lastAt?: string | null;
  @Field(() => String, { nullable: true })
  lastError?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the last good read was the whole feed." })
  full?: boolean | null;
  @Field(() => Int, { nullable: true })
  read?: number | null;
  @Field(() => Int, { nullable: true })
  created?: number | null;
  @Field(() => Int, { nullable: true })
  updated?: number | null;
  @Field(() => Int, { nullable: true, description: "Rows that could not be read or applied." })
  skipped?: number | null;
  @Field(() => [SupplierRowProblem])
  problems!: SupplierRowProblem[];
}

@ObjectType({ description: "An account at a distributor: its feed keeps the catalogue's supplier prices and stocks; supplier orders go to it." })
export class Supplier {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => SupplierKindName)
  kind!: SupplierKindName;
  @Field(() => Boolean, { description: "Talks to the distributor's sandbox." })
  testMode!: boolean;
  @Field(() => Boolean)
  active!: boolean;
  @Field(() => Boolean, { description: "Whether a dealer token is stored (it is never returned)." })
  hasToken!: boolean;
  @Field(() => [SupplierWarehouse])
  warehouses!: SupplierWarehouse[];
  @Field(() => [String], { description: "The catalogue price lists the feed keeps (dealer, end user, special)." })
  priceLists!: string[];
  @Field(() => SupplierSyncState)
  sync!: SupplierSyncState;
}

@InputType({ description: "A distributor account. The token is sealed and never returned; leave it out to keep the stored one." })
export class SupplierInput {
  @Field(() => ID, { description: "Lowercase letters, digits and '-', up to 63." })
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => SupplierKindName, { defaultValue: SupplierKindName.PENTA })
  kind!: SupplierKindName;
  @Field(() => String, { nullable: true, description: "The dealer token." })
  token?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: "Use the distributor's sandbox." })
  testMode!: boolean;
  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ObjectType({ description: "What a supplier order asks for one catalogue product." })
export class SupplierOrderLineView {
  @Field(() => String, { description: "The catalogue product's code." })
  productCode!: string;
  @Field(() => String, { description: "The distributor's code for it." })
  supplierCode!: string;
  @Field(() => Int)
  quantity!: number;
  @Field(() => [ID], { description: "The order lines it covers (OrderLine.id)." })
  lineIds!: string[];
}

@ObjectType({ description: "A purchase order to a distributor for a marketplace order, and where it is." })
export class SupplierOrder {
  @Field(() => ID, { description: "Also the reference the distributor keeps (the same reference is never a second order)." })
  id!: string;
  @Field(() => ID)
  supplierId!: string;
  @Field(() => String, { description: "The storage place the goods come from." })
  warehouse!: string;
  @Field(() => SupplierOrderStatus)
  status!: SupplierOrderStatus;
  @Field(() => String, { nullable: true, description: "The distributor's order number." })
  supplierOrderId?: string | null;
  @Field(() => [SupplierOrderLineView])
  lines!: SupplierOrderLineView[];
  @Field(() => String, { nullable: true })
  cargoCompany?: string | null;
  @Field(() => String, { nullable: true })
  trackingNumber?: string | null;
  @Field(() => String, { nullable: true, description: "The distributor's refusal, or why the last send or read failed." })
  error?: string | null;
  @Field(() => DateTimeScalar)
  placedAt!: string;
  @Field(() => DateTimeScalar)
  updatedAt!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: "When the distributor was last asked." })
  checkedAt?: string | null;
}
