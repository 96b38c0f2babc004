// The accounting subgraph's types: the tenant's Paraşüt connection and its settings, and each order's
// accounting state (Order.accounting through federation).
import { DateTimeScalar, DecimalScalar, Marketplace } from "@pazargraph/schema";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum AccountingStatus {
  PENDING = "PENDING",
  IN_PROGRESS = "IN_PROGRESS",
  PUSHED = "PUSHED",
  FAILED = "FAILED",
  CANCELLED = "CANCELLED",
  NEEDS_ACCOUNTANT = "NEEDS_ACCOUNTANT",
}
registerEnumType(AccountingStatus, {
  name: "AccountingStatus",
  description:
    "PENDING: waiting to be pushed (or for the connection to be fixed: see error). IN_PROGRESS: part-way (contact, invoice, e-document). PUSHED: the invoice (and, with formalisation, its e-document) is in Paraşüt. FAILED: Paraşüt refused it (see error; retryAccounting tries again). CANCELLED: the order was cancelled and its invoice cancelled, or none was made. NEEDS_ACCOUNTANT: cancelled after formalisation; left for the accountant.",
});

export enum AccountingPushAt {
  CREATED = "CREATED",
  PREPARING = "PREPARING",
  SHIPPED = "SHIPPED",
}
registerEnumType(AccountingPushAt, {
  name: "AccountingPushAt",
  description: "The order status at which it is pushed (awaiting approval, preparing, shipped); later statuses count too.",
});

export enum ContactMatch {
  TAX_NUMBER = "TAX_NUMBER",
  EMAIL = "EMAIL",
}
registerEnumType(ContactMatch, { name: "ContactMatch", description: "How an existing Paraşüt contact is found before one is made." });

export enum AccountingConnectionStatus {
  VALID = "VALID",
  INVALID = "INVALID",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(AccountingConnectionStatus, { name: "AccountingConnectionStatus" });

export enum EDocumentKind {
  E_INVOICE = "E_INVOICE",
  E_ARCHIVE = "E_ARCHIVE",
}
registerEnumType(EDocumentKind, { name: "EDocumentKind", description: "E_INVOICE: e-Fatura (the buyer's VKN is a registered e-invoice user). E_ARCHIVE: e-Arşiv." });

@ObjectType({ description: "How orders go to accounting, and how products come back." })
export class AccountingSettingsView {
  @Field(() => AccountingPushAt)
  pushAt!: AccountingPushAt;
  @Field(() => [Marketplace], { nullable: true, description: "Only these marketplaces; null: all." })
  marketplaces?: Marketplace[] | null;
  @Field(() => [ID], { nullable: true, description: "Only these stores; null: all." })
  storeIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: "Paraşüt item category (SalesInvoice) for invoices." })
  invoiceCategoryId?: string | null;
  @Field(() => ID, { nullable: true, description: "Paraşüt item category (Contact) for new contacts." })
  contactCategoryId?: string | null;
  @Field(() => ID, { nullable: true })
  productCategoryId?: string | null;
  @Field(() => Boolean, { description: "Formalise each invoice: e-Fatura to a registered VKN, else e-Arşiv." })
  formalize!: boolean;
  @Field(() => [ContactMatch])
  matchContactsBy!: ContactMatch[];
  @Field(() => DecimalScalar, { description: "Percent on the buying price for pulled products' price." })
  marginPercent!: string;
  @Field(() => Boolean, { description: "Pull Paraşüt's products into the catalogue on a schedule." })
  pullProducts!: boolean;
}

@ObjectType({ description: "The tenant's Paraşüt connection. Credentials are never returned." })
export class AccountingConnection {
  @Field(() => String)
  provider!: string;
  @Field(() => String)
  companyId!: string;
  @Field(() => Boolean)
  testMode!: boolean;
  @Field(() => Boolean)
  hasCredentials!: boolean;
  @Field(() => AccountingConnectionStatus)
  status!: AccountingConnectionStatus;
  @Field(() => String, { nullable: true, description: "Paraşüt's message from the last test." })
  statusMessage?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  statusCheckedAt?: string | null;
  @Field(() => DateTimeScalar, { description: "Orders created before this are pushed only on demand (pushOrderToAccounting)." })
  pushFrom!: string;
  @Field(() => AccountingSettingsView)
  settings!: AccountingSettingsView;
  @Field(() => DateTimeScalar, { nullable: true })
  lastProductPullAt?: string | null;
  @Field(() => String, { nullable: true })
  lastProductPullError?: string | null;
}

@InputType({
  description: "Paraşüt's Client ID and Secret (from Paraşüt support), the company id, and the user's e-mail and password. Leave the secrets out to keep the stored ones.",
})
export class AccountingConnectionInput {
  @Field(() => String)
  companyId!: string;
  @Field(() => String, { nullable: true })
  clientId?: string | null;
  @Field(() => String, { nullable: true })
  clientSecret?: string | null;
  @Field(() => String, { nullable: true, description: "The Paraşüt user's e-mail." })
  username?: string | null;
  @Field(() => String, { nullable: true })
  password?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: "Use the Paraşüt sandbox." })
  testMode!: boolean;
}

@InputType()
export class AccountingSettingsInput {
  @Field(() => AccountingPushAt, { nullable: true })
  pushAt?: AccountingPushAt | null;
  @Field(() => [Marketplace], { nullable: true, description: "An empty list: all." })
  marketplaces?: Marketplace[] | null;
  @Field(() => [ID], { nullable: true, description: "An empty list: all." })
  storeIds?: string[] | null;
  @Field(() => ID, { nullable: true })
  invoiceCategoryId?: string | null;
  @Field(() => ID, { nullable: true })
  contactCategoryId?: string | null;
  @Field(() => ID, { nullable: true })
  productCategoryId?: string | null;
  @Field(() => Boolean, { nullable: true })
  formalize?: boolean | null;
  @Field(() => [ContactMatch], { nullable: true })
  matchContactsBy?: ContactMatch[] | null;
  @Field(() => DecimalScalar, { nullable: true, description: "0 to 1000, at most 2 decimals." })
  marginPercent?: string | null;
  @Field(() => Boolean, { nullable: true })
  pullProducts?: boolean | null;
}

@ObjectType({ description: "The invoice's e-document in Paraşüt." })
export class EDocument {
  @Field(() => EDocumentKind)
  kind!: EDocumentKind;
  @Field(() => ID, { nullable: true })
  id?: string | null;
  @Field(() => String, { nullable: true, description: "Paraşüt's status of the document (e.g. sent, successful)." })
  status?: string | null;
  /** Resolved by the field resolver (the link is valid one hour). */
  pdfUrl?: string | null;
  @Field(() => ID, { description: "The order whose invoice it formalises." })
  orderId!: string;
}

@ObjectType({ description: "Where an order is in accounting." })
export class OrderAccounting {
  @Field(() => AccountingStatus)
  status!: AccountingStatus;
  @Field(() => ID, { nullable: true, description: "The Paraşüt sales invoice id." })
  invoiceId?: string | null;
  @Field(() => String, { nullable: true })
  invoiceNumber?: string | null;
  @Field(() => ID, { nullable: true, description: "The Paraşüt contact id." })
  contactId?: string | null;
  @Field(() => EDocument, { nullable: true })
  eDocument?: EDocument | null;
  @Field(() => String, { nullable: true })
  error?: string | null;
  @Field(() => Int)
  attempts!: number;
  @Field(() => DateTimeScalar, { nullable: true })
  pushedAt?: string | null;
  @Field(() => DateTimeScalar)
  updatedAt!: string;
  /** For the eDocument's PDF. */
  tenantId!: string;
}

@ObjectType({ description: "What a product pull did." })
export class ProductPullReport {
  @Field(() => Int)
  read!: number;
  @Field(() => Int)
  written!: number;
  @Field(() => Int, { description: "Products without a usable code, or archived." })
  skipped!: number;
}

/** Order as accounting sees it: the hub's entity, extended with its accounting state. */
@ObjectType("Order")
@Directive("@extends")
@Directive('@key(fields: "id")')
export class AccountingOrderRef {
  @Field(() => ID)
  @Directive("@external")
  id!: string;
}
