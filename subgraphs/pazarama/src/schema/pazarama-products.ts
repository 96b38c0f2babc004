// Pazarama's product, question and finance fields: reads under `pazarama { … }` and writes under
// `mutation { pazarama { … } }`, next to the order writes.

import { pageWindow } from "@pazargraph/runtime";
import { createConnection, DateTimeScalar, Money, Product, UpdatePriceAndStockInput } from "@pazargraph/schema";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, ObjectType, Resolver, Root, registerEnumType } from "type-graphql";
import type { PazaramaContext } from "../context.ts";
import { PazaramaAPI } from "./pazarama-api.ts";
import { PazaramaMutations } from "./pazarama-mutations.ts";

export enum PazaramaBatchStatus {
  IN_PROGRESS = "IN_PROGRESS",
  DONE = "DONE",
  ERROR = "ERROR",
}
export enum PazaramaListingStatus {
  SUCCEEDED = "SUCCEEDED",
  FAILED = "FAILED",
  PROCESSING = "PROCESSING",
}
export enum PazaramaQuestionStatus {
  WAITING_FOR_ANSWER = 0,
  ANSWERED = 1,
  WAITING_FOR_APPROVAL = 2,
  REJECTED = 3,
}
registerEnumType(PazaramaBatchStatus, { name: "PazaramaBatchStatus" });
registerEnumType(PazaramaListingStatus, { name: "PazaramaListingStatus" });
registerEnumType(PazaramaQuestionStatus, { name: "PazaramaQuestionStatus" });

@ObjectType()
export class PazaramaBatchFailure {
  @Field(() => String, { nullable: true })
  code?: string | null;
  @Field(() => String)
  message!: string;
}

@ObjectType({ description: "A product create request; Pazarama answers about it for 4 hours." })
export class PazaramaProductBatch {
  @Field(() => ID)
  id!: string;
  @Field(() => PazaramaBatchStatus)
  status!: PazaramaBatchStatus;
  @Field(() => Int)
  totalCount!: number;
  @Field(() => Int)
  failedCount!: number;
  @Field(() => [PazaramaBatchFailure])
  failures!: PazaramaBatchFailure[];
  @Field(() => DateTimeScalar, { nullable: true })
  createdAt?: string | null;
}

@ObjectType()
export class PazaramaListingResult {
  @Field(() => String)
  code!: string;
  @Field(() => PazaramaListingStatus)
  status!: PazaramaListingStatus;
  @Field(() => String, { description: "Pazarama's own text, e.g. why a code failed." })
  message!: string;
  @Field(() => Money, { nullable: true })
  listPrice?: Money | null;
  @Field(() => Money, { nullable: true })
  salePrice?: Money | null;
  @Field(() => Int, { nullable: true })
  stock?: number | null;
}

@ObjectType({ description: "A price or stock update (v2) and its per-code results." })
export class PazaramaListingUpdate {
  @Field(() => ID)
  dataId!: string;
  @Field(() => Boolean)
  done!: boolean;
  @Field(() => Int)
  successCount!: number;
  @Field(() => Int)
  failedCount!: number;
  @Field(() => Int)
  processingCount!: number;
  @Field(() => Int)
  totalCount!: number;
  @Field(() => [PazaramaListingResult])
  results!: PazaramaListingResult[];
}

@ObjectType({ description: "A product in Pazarama's catalogue that a seller can start selling at once." })
export class PazaramaCatalogProduct {
  @Field(() => ID)
  productId!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String)
  code!: string;
  @Field(() => String, { nullable: true })
  categoryName?: string | null;
  @Field(() => String, { nullable: true })
  brandName?: string | null;
  @Field(() => Int, { nullable: true })
  vatRate?: number | null;
  @Field(() => String, { nullable: true })
  imageUrl?: string | null;
}
export const PazaramaCatalogProductConnection = createConnection(PazaramaCatalogProduct, "PazaramaCatalogProduct");

@ObjectType({ description: "Supplier (commercial) information template (3.30)." })
export class PazaramaCommercial {
  @Field(() => ID)
  commercialId!: string;
  @Field(() => Boolean)
  isImported!: boolean;
  @Field(() => Int, { description: "Imported: 1 importer, 2 authorised representative, 3 fulfilment provider; domestic: 0 manufacturer, 3 fulfilment provider." })
  type!: number;
  @Field(() => String)
  name!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  brand!: string;
  @Field(() => String)
  email!: string;
  @Field(() => String)
  address!: string;
}

@ObjectType()
export class PazaramaQuestion {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  productName!: string;
  @Field(() => String, { nullable: true })
  productCode?: string | null;
  @Field(() => String, { nullable: true })
  imageUrl?: string | null;
  @Field(() => String, { nullable: true })
  brand?: string | null;
  @Field(() => String, { nullable: true, description: 'Masked, e.g. "M**** S****".' })
  askedBy?: string | null;
  @Field(() => String, { nullable: true })
  question?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  askedAt?: string | null;
  @Field(() => PazaramaQuestionStatus)
  status!: PazaramaQuestionStatus;
  @Field(() => String, { nullable: true })
  answer?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  answeredAt?: string | null;
  @Field(() => ID, { nullable: true })
  topicId?: string | null;
}
export const PazaramaQuestionConnection = createConnection(PazaramaQuestion, "PazaramaQuestion");

@ObjectType()
export class PazaramaQuestionTopic {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  topic!: string;
}

@ObjectType()
export class PazaramaPaymentTransaction {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  code!: string;
  @Field(() => String)
  orderNumber!: string;
  @Field(() => String, { description: 'Pazarama\'s label, e.g. "Satış".' })
  type!: string;
  @Field(() => Money)
  amount!: Money;
  @Field(() => Money)
  commission!: Money;
  @Field(() => Money)
  couponDiscount!: Money;
  @Field(() => Money, { description: "What the seller is paid." })
  allowance!: Money;
  @Field(() => Int)
  installment!: number;
  @Field(() => DateTimeScalar, { nullable: true })
  transactedAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  transferredAt?: string | null;
}

@ObjectType({ description: "Sales, returns and what the seller is paid, in a date range." })
export class PazaramaPaymentAgreement {
  @Field(() => Money)
  totalAmount!: Money;
  @Field(() => Money)
  totalCommission!: Money;
  @Field(() => Money)
  totalAllowance!: Money;
  @Field(() => [PazaramaPaymentTransaction])
  transactions!: PazaramaPaymentTransaction[];
}

@ObjectType()
export class PazaramaOnSaleResult {
  @Field(() => String)
  code!: string;
  @Field(() => Boolean)
  onSale!: boolean;
}

@InputType({ description: "A new Pazarama product; lengths as the document gives them." })
export class PazaramaProductInput {
  @Field(() => String, { description: "At most 100 characters." })
  name!: string;
  @Field(() => String, { description: "At most 250 characters." })
  displayName!: string;
  @Field(() => String)
  description!: string;
  @Field(() => ID, { nullable: true, description: "The store's default brand (store settings) when left out." })
  brandId?: string;
  @Field(() => ID, { nullable: true, description: "A leaf category; the store's default category when left out." })
  categoryId?: string;
  @Field(() => String, { description: "Barcode, at most 500 characters." })
  code!: string;
  @Field(() => String)
  groupCode!: string;
  @Field(() => String, { description: "At most 100 characters." })
  stockCode!: string;
  @Field(() => Int)
  stock!: number;
  @Field(() => String)
  listPrice!: string;
  @Field(() => String)
  salePrice!: string;
  @Field(() => Int, { description: "0, 1, 10 or 20." })
  vatRate!: number;
  @Field(() => Int)
  desi!: number;
  @Field(() => [String], { description: "Image URLs (at most 500 characters each)." })
  images!: string[];
  @Field(() => [PazaramaAttributeInput], { nullable: true })
  attributes?: PazaramaAttributeInput[];
  @Field(() => Int, { nullable: true, description: "Most units per order (0: no limit)." })
  saleLimitQuantity?: number;
  @Field(() => [ID], { nullable: true, description: "Supplier templates (pazarama { commercials })." })
  commercialIds?: string[];
  @Field(() => String, { nullable: true })
  securityDescription?: string;
}

@InputType()
export class PazaramaAttributeInput {
  @Field(() => ID)
  attributeId!: string;
  @Field(() => ID)
  valueId!: string;
}

@InputType()
export class PazaramaPriceInput {
  @Field(() => String)
  code!: string;
  @Field(() => String)
  listPrice!: string;
  @Field(() => String)
  salePrice!: string;
}

@InputType()
export class PazaramaStockInput {
  @Field(() => String)
  code!: string;
  @Field(() => Int)
  stock!: number;
}

@InputType()
export class PazaramaVatRateInput {
  @Field(() => String)
  code!: string;
  @Field(() => Int)
  vatRate!: number;
}

@InputType()
export class PazaramaQuickAddInput {
  @Field(() => ID, { description: "PazaramaCatalogProduct.productId" })
  catalogProductId!: string;
  @Field(() => String)
  code!: string;
  @Field(() => String, { nullable: true })
  stockCode?: string;
  @Field(() => String)
  listPrice!: string;
  @Field(() => String)
  salePrice!: string;
  @Field(() => Int)
  stock!: number;
  @Field(() => Int, { nullable: true })
  installmentCount?: number;
}

@InputType()
export class PazaramaCommercialInput {
  @Field(() => Boolean)
  isImported!: boolean;
  @Field(() => Int)
  type!: number;
  @Field(() => String)
  name!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String)
  brand!: string;
  @Field(() => String)
  email!: string;
  @Field(() => String)
  address!: string;
}

@Resolver(() => PazaramaAPI)
export class PazaramaProductReadsResolver {
  @FieldResolver(() => PazaramaProductBatch, { nullable: true, description: "A product create request's result (queryable for 4 hours)." })
  productBatch(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext, @Arg("id", () => ID) id: string) {
    return ctx.products.batch(api.store, id);
  }

  @FieldResolver(() => PazaramaListingUpdate, { nullable: true, description: "A price or stock update's per-code results." })
  listingUpdate(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext, @Arg("dataId", () => ID) dataId: string) {
    return ctx.products.listing(api.store, dataId);
  }

  @FieldResolver(() => PazaramaCatalogProductConnection, { nullable: true, description: "Pazarama's catalogue by barcode or name (3.21)." })
  catalogSearch(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("code", () => String, { nullable: true }) code?: string,
    @Arg("name", () => String, { nullable: true }) name?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 10" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.products.searchCatalog(api.store, { code, name }, pageWindow(first, after, 100, 10));
  }

  @FieldResolver(() => [PazaramaCommercial], { nullable: true })
  commercials(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext) {
    return ctx.products.commercials(api.store);
  }

  @FieldResolver(() => PazaramaQuestionConnection, { nullable: true, description: "Customers' questions, newest first." })
  questions(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("status", () => PazaramaQuestionStatus, { nullable: true }) status?: PazaramaQuestionStatus,
    @Arg("productCode", () => String, { nullable: true }) productCode?: string,
    @Arg("topicId", () => ID, { nullable: true }) topicId?: string,
    @Arg("askedFrom", () => DateTimeScalar, { nullable: true }) askedFrom?: string,
    @Arg("askedTo", () => DateTimeScalar, { nullable: true }) askedTo?: string,
    @Arg("first", () => Int, { nullable: true, description: "At most 100. @default 10" }) first?: number,
    @Arg("after", () => String, { nullable: true }) after?: string,
  ) {
    return ctx.products.questions(api.store, { status, productCode, topicId, askedFrom, askedTo }, pageWindow(first, after, 100, 10));
  }

  @FieldResolver(() => PazaramaQuestion, { nullable: true })
  question(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext, @Arg("id", () => ID) id: string) {
    return ctx.products.question(api.store, id);
  }

  @FieldResolver(() => [PazaramaQuestionTopic], { nullable: true })
  questionTopics(@Root() api: PazaramaAPI, @Ctx() ctx: PazaramaContext) {
    return api.store.client.getQuestionTopics();
  }

  @FieldResolver(() => PazaramaPaymentAgreement, { nullable: true, description: "Payment agreement between two dates (3.20)." })
  payments(
    @Root() api: PazaramaAPI,
    @Ctx() ctx: PazaramaContext,
    @Arg("from", () => DateTimeScalar) from: string,
    @Arg("to", () => DateTimeScalar) to: string,
    @Arg("orderNumber", () => String, { nullable: true }) orderNumber?: string,
  ) {
    return ctx.products.payments(api.store, from, to, orderNumber);
  }
}

@Resolver(() => PazaramaMutations)
export class PazaramaProductWritesResolver {
  @FieldResolver(() => Product, { description: "Price v2 and/or stock v2, waiting (bounded) for Pazarama's per-code result." })
  updatePriceAndStock(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => UpdatePriceAndStockInput) input: UpdatePriceAndStockInput) {
    return ctx.products.updatePriceAndStock(m.store, input);
  }

  @FieldResolver(() => PazaramaProductBatch, { description: "Creates products; read the result with pazarama { productBatch(id) }." })
  createProducts(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("products", () => [PazaramaProductInput]) products: PazaramaProductInput[]) {
    return ctx.products.createProducts(m.store, products);
  }

  @FieldResolver(() => PazaramaListingUpdate, { description: "Bulk price update (v2); results by dataId." })
  updatePrices(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("items", () => [PazaramaPriceInput]) items: PazaramaPriceInput[]) {
    return ctx.products.updatePrices(m.store, items);
  }

  @FieldResolver(() => PazaramaListingUpdate, { description: "Bulk stock update (v2); results by dataId." })
  updateStocks(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("items", () => [PazaramaStockInput]) items: PazaramaStockInput[]) {
    return ctx.products.updateStocks(m.store, items);
  }

  @FieldResolver(() => [Product], { description: "VAT rates of up to 50 products (3.27)." })
  setVatRates(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("items", () => [PazaramaVatRateInput]) items: PazaramaVatRateInput[]) {
    return ctx.products.setVatRates(m.store, items);
  }

  @FieldResolver(() => Product, { description: "Most units a customer may buy in one order (3.24)." })
  setSaleLimit(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("code", () => String) code: string, @Arg("quantity", () => Int) quantity: number) {
    return ctx.products.setSaleLimit(m.store, code, quantity);
  }

  @FieldResolver(() => PazaramaOnSaleResult, { description: "Opens or closes a catalogue product for sale (3.32)." })
  setProductOnSale(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("code", () => String) code: string, @Arg("onSale", () => Boolean) onSale: boolean) {
    return ctx.products.setOnSale(m.store, code, onSale);
  }

  @FieldResolver(() => Product, { description: "Starts selling a catalogue product by barcode (3.21)." })
  quickAddProduct(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaQuickAddInput) input: PazaramaQuickAddInput) {
    return ctx.products.quickAdd(m.store, input);
  }

  @FieldResolver(() => PazaramaCommercial)
  createCommercial(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("input", () => PazaramaCommercialInput) input: PazaramaCommercialInput) {
    return ctx.products.createCommercial(m.store, input);
  }

  @FieldResolver(() => PazaramaCommercial)
  updateCommercial(
    @Root() m: PazaramaMutations,
    @Ctx() ctx: PazaramaContext,
    @Arg("id", () => ID) id: string,
    @Arg("input", () => PazaramaCommercialInput) input: PazaramaCommercialInput,
  ) {
    return ctx.products.updateCommercial(m.store, id, input);
  }

  @FieldResolver(() => Boolean)
  deleteCommercial(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("id", () => ID) id: string) {
    return ctx.products.deleteCommercial(m.store, id);
  }

  @FieldResolver(() => Boolean, { description: "Attaches supplier templates to a product; the lists given replace the current ones." })
  setProductCommercials(
    @Root() m: PazaramaMutations,
    @Ctx() ctx: PazaramaContext,
    @Arg("code", () => String) code: string,
    @Arg("commercialIds", () => [ID]) commercialIds: string[],
    @Arg("securityDescription", () => String, { nullable: true }) securityDescription?: string,
  ) {
    return ctx.products.setProductCommercials(m.store, code, securityDescription, commercialIds);
  }

  @FieldResolver(() => PazaramaQuestion, { description: "Answers a customer's question (10 to 2000 characters); Pazarama approves answers." })
  answerQuestion(@Root() m: PazaramaMutations, @Ctx() ctx: PazaramaContext, @Arg("questionId", () => ID) questionId: string, @Arg("text", () => String) text: string) {
    return ctx.products.answerQuestion(m.store, questionId, text);
  }
}
