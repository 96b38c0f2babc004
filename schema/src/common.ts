// Small value types used across the contract: money, raw marketplace status, addresses, paging.
import { Field, ID, Int, ObjectType } from "type-graphql";
import { InvoiceType } from "./enums.ts";
import { DecimalScalar } from "./scalars.ts";

@ObjectType({ description: "An exact amount of money." })
export class Money {
  @Field(() => DecimalScalar, { description: 'Exact amount, e.g. "1037.61".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. "TRY".' })
  currency!: string;
}

@ObjectType({ description: "The status exactly as the marketplace sent it." })
export class MarketplaceStatus {
  @Field(() => String)
  code!: string;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@ObjectType()
export class Address {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  city?: string | null;

  @Field(() => String, { nullable: true })
  district?: string | null;

  @Field(() => String, { nullable: true })
  neighborhood?: string | null;

  @Field(() => String, { nullable: true, description: "Street, building, door." })
  line?: string | null;

  @Field(() => String, { nullable: true, description: "The whole address as one line." })
  fullText?: string | null;
}

@ObjectType()
export class BillingInfo {
  @Field(() => Address)
  address!: Address;

  @Field(() => InvoiceType, { nullable: true })
  invoiceType?: InvoiceType | null;

  @Field(() => String, { nullable: true })
  companyName?: string | null;

  @Field(() => String, { nullable: true })
  taxNumber?: string | null;

  @Field(() => String, { nullable: true })
  taxOffice?: string | null;

  @Field(() => String, { nullable: true, description: "National identity number (TCKN) for individual invoices." })
  identityNumber?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the buyer must get an e-invoice." })
  eInvoiceObliged?: boolean | null;
}

@ObjectType()
export class Customer {
  @Field(() => ID, { nullable: true })
  id?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@ObjectType({ description: "Relay-style page information." })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount?: number | null;
}

type Class<T> = new () => T;

/**
 * Builds a Relay connection type (`<Name>Connection`, `<Name>Edge`) for a node type. `totalCount`
 * is null when the marketplace does not report one.
 */
export function createConnection<T>(nodeType: Class<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { nullable: true, description: "Total matching items, where the marketplace reports it." })
    totalCount?: number | null;
  }
  return ConnectionType;
}
