// The catalogue's types: the seller's own products (stock per warehouse, prices per price list), the
// stores' marketplace listings, and the match between them.
import { createConnection, DateTimeScalar, DecimalScalar, Marketplace, Money, StoreRef } from "@pazargraph/schema";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

export enum MatchReason {
  BARCODE = "BARCODE",
  CODE = "CODE",
  NAME = "NAME",
  MANUAL = "MANUAL",
}
registerEnumType(MatchReason, {
  name: "MatchReason",
  description: "How a listing was matched to a catalogue product: same barcode, the listing's stock code or barcode as the product code, the same Turkish-folded name, or by hand.",
});

@ObjectType({ description: "A product's stock in one warehouse." })
export class WarehouseStock {
  @Field(() => String)
  warehouse!: string;
  @Field(() => Int)
  quantity!: number;
}

@ObjectType({ description: "A product's price in one named price list." })
export class PriceListPrice {
  @Field(() => String, { description: 'e.g. "Trendyol Fiyatı".' })
  priceList!: string;
  @Field(() => Money)
  amount!: Money;
}

@ObjectType({ description: "The seller's own product. Its code is unique within the tenant." })
export class CatalogueProduct {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  code!: string;
  @Field(() => String, { nullable: true })
  barcode?: string | null;
  @Field(() => String)
  name!: string;
  @Field(() => String, { nullable: true })
  brand?: string | null;
  @Field(() => Int, { nullable: true, description: "VAT rate in percent." })
  vatRate?: number | null;
  @Field(() => Money, { nullable: true })
  cost?: Money | null;
  @Field(() => [WarehouseStock])
  stocks!: WarehouseStock[];
  @Field(() => Int, { description: "Stock over every warehouse." })
  stock!: number;
  @Field(() => [PriceListPrice])
  prices!: PriceListPrice[];
  @Field(() => ID, { nullable: true, description: "The supplier account whose feed keeps this product's supplier stocks and prices." })
  supplierId?: string | null;
  @Field(() => String, { nullable: true, description: "The distributor's code for this product (what supplier orders ask for)." })
  supplierCode?: string | null;
  @Field(() => DateTimeScalar)
  updatedAt!: string;
}
export const CatalogueProductConnection = createConnection(CatalogueProduct, "CatalogueProduct");

@ObjectType({ description: "The last stock the catalogue pushed to a listing, and whether its marketplace took it." })
export class StockPush {
  @Field(() => DateTimeScalar)
  at!: string;
  @Field(() => Int)
  quantity!: number;
  @Field(() => String, { nullable: true, description: "The marketplace's refusal; null when it took the stock." })
  error?: string | null;
}

@ObjectType({ description: "The last price publishPrices sent a listing, and whether its marketplace took it." })
export class PricePush {
  @Field(() => DateTimeScalar)
  at!: string;
  @Field(() => Money)
  amount!: Money;
  @Field(() => String, { nullable: true, description: "The marketplace's refusal; null when it took the price." })
  error?: string | null;
}

@ObjectType({ description: "A store's product at its marketplace, as the last listing sync read it, and its match." })
export class Listing {
  @Field(() => ID, { description: "The marketplace Product.id." })
  id!: string;
  @Field(() => StoreRef)
  store!: StoreRef;
  @Field(() => Marketplace)
  marketplace!: Marketplace;
  @Field(() => String, { description: "The marketplace's product code (barcode)." })
  code!: string;
  @Field(() => String, { nullable: true })
  stockCode?: string | null;
  @Field(() => String)
  name!: string;
  @Field(() => Money, { nullable: true })
  salePrice?: Money | null;
  @Field(() => Int, { nullable: true })
  stock?: number | null;
  @Field(() => DateTimeScalar)
  syncedAt!: string;
  @Field(() => MatchReason, { nullable: true })
  matchedBy?: MatchReason | null;
  @Field(() => DateTimeScalar, { nullable: true })
  matchedAt?: string | null;
  @Field(() => StockPush, { nullable: true, description: "Multi-channel stock sync: the last stock pushed here when the product's stock changed." })
  lastStockPush?: StockPush | null;
  @Field(() => PricePush, { nullable: true, description: "The last price publishPrices sent here." })
  lastPricePush?: PricePush | null;
  /** The matched product's id (resolved by the field resolver). */
  productId!: string | null;
}
export const ListingConnection = createConnection(Listing, "Listing");

@ObjectType({ description: "A catalogue product proposed for an unmatched listing, with why." })
export class MatchSuggestion {
  @Field(() => Listing)
  listing!: Listing;
  @Field(() => CatalogueProduct)
  product!: CatalogueProduct;
  @Field(() => MatchReason)
  reason!: MatchReason;
}
export const MatchSuggestionConnection = createConnection(MatchSuggestion, "MatchSuggestion");

@ObjectType({ description: "What autoMatch did to a store's listings." })
export class AutoMatchReport {
  @Field(() => Int, { description: "Listings matched now." })
  matched!: number;
  @Field(() => Int, { description: "Listings that were matched before." })
  alreadyMatched!: number;
  @Field(() => Int, { description: "Listings still unmatched." })
  unmatched!: number;
}

export enum PricePublishStatus {
  SENT = "SENT",
  UNCHANGED = "UNCHANGED",
  FAILED = "FAILED",
  NO_PRICE = "NO_PRICE",
  PENDING = "PENDING",
}
registerEnumType(PricePublishStatus, {
  name: "PricePublishStatus",
  description:
    "SENT: the marketplace took the price. UNCHANGED: the listing already has it; nothing was sent. FAILED: the marketplace refused it (see error). NO_PRICE: the product has no price in the store's price list. PENDING: sent, but the marketplace had not answered when publishPrices returned; Listing.lastPricePush shows the outcome.",
});

@ObjectType({ description: "What publishPrices did with one matched listing." })
export class ListingPriceResult {
  @Field(() => Listing)
  listing!: Listing;
  @Field(() => Money, { nullable: true, description: "The price list's price plus the markup; null with NO_PRICE." })
  price?: Money | null;
  @Field(() => PricePublishStatus)
  status!: PricePublishStatus;
  @Field(() => String, { nullable: true })
  error?: string | null;
}

@ObjectType({ description: "What publishPrices did with a store's matched listings." })
export class PricePublishReport {
  @Field(() => String)
  priceList!: string;
  @Field(() => DecimalScalar, { description: "The markup in percent that was added." })
  markupPercent!: string;
  @Field(() => Int)
  sent!: number;
  @Field(() => Int)
  unchanged!: number;
  @Field(() => Int)
  failed!: number;
  @Field(() => Int)
  noPrice!: number;
  @Field(() => Int)
  pending!: number;
  @Field(() => [ListingPriceResult])
  results!: ListingPriceResult[];
}

@InputType({ description: "One listing and the catalogue product to match it to." })
export class ListingMatchInput {
  @Field(() => ID)
  listingId!: string;
  @Field(() => String)
  productCode!: string;
}

@InputType()
export class WarehouseStockInput {
  @Field(() => String)
  warehouse!: string;
  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class PriceListPriceInput {
  @Field(() => String)
  priceList!: string;
  @Field(() => DecimalScalar, { description: "At most 2 decimals." })
  amount!: string;
}

@InputType({ description: "A product to create or update, by code. Stocks and prices, when given, replace the product's." })
export class CatalogueProductInput {
  @Field(() => String)
  code!: string;
  @Field(() => String, { nullable: true })
  barcode?: string | null;
  @Field(() => String)
  name!: string;
  @Field(() => String, { nullable: true })
  brand?: string | null;
  @Field(() => Int, { nullable: true })
  vatRate?: number | null;
  @Field(() => DecimalScalar, { nullable: true })
  cost?: string | null;
  @Field(() => [WarehouseStockInput], { nullable: true })
  stocks?: WarehouseStockInput[] | null;
  @Field(() => [PriceListPriceInput], { nullable: true })
  prices?: PriceListPriceInput[] | null;
}

/**
 * Order as the catalogue sees it: the order hub's entity, extended with how its lines match the
 * catalogue. (OrderLine is a value inside Order, not an entity, so the match is given per line id here.)
 */
@ObjectType("Order")
@Directive("@extends")
@Directive('@key(fields: "id")')
export class CatalogueOrderRef {
  @Field(() => ID)
  @Directive("@external")
  id!: string;
}

@ObjectType({ description: "How one order line matches the catalogue: the store's listing of the line's product code and its catalogue product." })
export class OrderLineMatch {
  @Field(() => ID, { description: "OrderLine.id" })
  lineId!: string;
  @Field(() => String, { nullable: true, description: "The line's product code (barcode) at the marketplace." })
  productCode?: string | null;
  @Field(() => Listing, { nullable: true, description: "The store's listing of that code; null until synced or matched from the line." })
  listing?: Listing | null;
  /** The matched product's id (the field resolver reads it). */
  productId!: string | null;
}
