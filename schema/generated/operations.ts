// generated — do not edit. `npm run generate` writes it from schema/operations.
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 date-time with an offset, e.g. "2023-01-25T15:22:00+03:00" (marketplace local times are Istanbul, +03:00). */
  DateTime: { input: string; output: string; }
  /** An exact decimal number as a string, e.g. "1037.61". Never a float. */
  Decimal: { input: string; output: string; }
  _Any: { input: any; output: any; }
  _FieldSet: { input: any; output: any; }
};

export type AcceptOrderInput = {
  orderNumber: Scalars['String']['input'];
  /** Package.code; every new package of the order when left out. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
};

/** The tenant's Paraşüt connection. Credentials are never returned. */
export type AccountingConnection = {
  __typename?: 'AccountingConnection';
  companyId: Scalars['String']['output'];
  hasCredentials: Scalars['Boolean']['output'];
  lastProductPullAt?: Maybe<Scalars['DateTime']['output']>;
  lastProductPullError?: Maybe<Scalars['String']['output']>;
  provider: Scalars['String']['output'];
  /** Orders created before this are pushed only on demand (pushOrderToAccounting). */
  pushFrom: Scalars['DateTime']['output'];
  settings: AccountingSettingsView;
  status: AccountingConnectionStatus;
  statusCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Paraşüt's message from the last test. */
  statusMessage?: Maybe<Scalars['String']['output']>;
  testMode: Scalars['Boolean']['output'];
};

/** Paraşüt's Client ID and Secret (from Paraşüt support), the company id, and the user's e-mail and password. Leave the secrets out to keep the stored ones. */
export type AccountingConnectionInput = {
  clientId?: InputMaybe<Scalars['String']['input']>;
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  companyId: Scalars['String']['input'];
  password?: InputMaybe<Scalars['String']['input']>;
  /** Use the Paraşüt sandbox. */
  testMode?: Scalars['Boolean']['input'];
  /** The Paraşüt user's e-mail. */
  username?: InputMaybe<Scalars['String']['input']>;
};

export type AccountingConnectionStatus =
  | 'INVALID'
  | 'UNKNOWN'
  | 'VALID';

/** An order's accounting status changed (pushed to Paraşüt, failed, cancelled, left for the accountant). */
export type AccountingEvent = {
  __typename?: 'AccountingEvent';
  at: Scalars['DateTime']['output'];
  error?: Maybe<Scalars['String']['output']>;
  orderId: Scalars['ID']['output'];
  /** The AccountingStatus it reached: PUSHED, FAILED, CANCELLED or NEEDS_ACCOUNTANT. */
  status: Scalars['String']['output'];
};

/** The order status at which it is pushed (awaiting approval, preparing, shipped); later statuses count too. */
export type AccountingPushAt =
  | 'CREATED'
  | 'PREPARING'
  | 'SHIPPED';

export type AccountingSettingsInput = {
  contactCategoryId?: InputMaybe<Scalars['ID']['input']>;
  formalize?: InputMaybe<Scalars['Boolean']['input']>;
  invoiceCategoryId?: InputMaybe<Scalars['ID']['input']>;
  /** 0 to 1000, at most 2 decimals. */
  marginPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** An empty list: all. */
  marketplaces?: InputMaybe<Array<Marketplace>>;
  matchContactsBy?: InputMaybe<Array<ContactMatch>>;
  productCategoryId?: InputMaybe<Scalars['ID']['input']>;
  pullProducts?: InputMaybe<Scalars['Boolean']['input']>;
  pushAt?: InputMaybe<AccountingPushAt>;
  /** An empty list: all. */
  storeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** How orders go to accounting, and how products come back. */
export type AccountingSettingsView = {
  __typename?: 'AccountingSettingsView';
  /** Paraşüt item category (Contact) for new contacts. */
  contactCategoryId?: Maybe<Scalars['ID']['output']>;
  /** Formalise each invoice: e-Fatura to a registered VKN, else e-Arşiv. */
  formalize: Scalars['Boolean']['output'];
  /** Paraşüt item category (SalesInvoice) for invoices. */
  invoiceCategoryId?: Maybe<Scalars['ID']['output']>;
  /** Percent on the buying price for pulled products' price. */
  marginPercent: Scalars['Decimal']['output'];
  /** Only these marketplaces; null: all. */
  marketplaces?: Maybe<Array<Marketplace>>;
  matchContactsBy: Array<ContactMatch>;
  productCategoryId?: Maybe<Scalars['ID']['output']>;
  /** Pull Paraşüt's products into the catalogue on a schedule. */
  pullProducts: Scalars['Boolean']['output'];
  pushAt: AccountingPushAt;
  /** Only these stores; null: all. */
  storeIds?: Maybe<Array<Scalars['ID']['output']>>;
};

/** PENDING: waiting to be pushed (or for the connection to be fixed: see error). IN_PROGRESS: part-way (contact, invoice, e-document). PUSHED: the invoice (and, with formalisation, its e-document) is in Paraşüt. FAILED: Paraşüt refused it (see error; retryAccounting tries again). CANCELLED: the order was cancelled and its invoice cancelled, or none was made. NEEDS_ACCOUNTANT: cancelled after formalisation; left for the accountant. */
export type AccountingStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'NEEDS_ACCOUNTANT'
  | 'PENDING'
  | 'PUSHED';

export type AddStoreInput = {
  active?: Scalars['Boolean']['input'];
  marketplace: Marketplace;
  /** true for a sandbox (test) account. */
  testMode?: Scalars['Boolean']['input'];
  title: Scalars['String']['input'];
};

export type Address = {
  __typename?: 'Address';
  city?: Maybe<Scalars['String']['output']>;
  district?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  /** The whole address as one line. */
  fullText?: Maybe<Scalars['String']['output']>;
  /** Street, building, door. */
  line?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  neighborhood?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

/** An API key of the tenant. Its secret is shown once, when created, and never stored. */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** The key stops working at this time; null: until revoked. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The key's first characters, to recognise it. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiKeyScope>;
};

/** read: queries and subscriptions; write: also mutations; admin: also API keys. */
export type ApiKeyScope =
  | 'ADMIN'
  | 'READ'
  | 'WRITE';

/** Whether a store's marketplace credentials work. */
export type ApiStatus =
  | 'INVALID'
  | 'UNKNOWN'
  | 'VALID';

export type ApproveRefundInput = {
  /** Units to approve; all of the line when left out. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Refund.id */
  refundId: Scalars['ID']['input'];
};

export type AttachInvoiceInput = {
  invoiceNumber: Scalars['String']['input'];
  /** Public URL of the invoice (pdf, jpeg, jpg or png). */
  invoiceUrl: Scalars['String']['input'];
  /** OrderLine.id, to attach the invoice to one line only (where the marketplace allows it). */
  lineId?: InputMaybe<Scalars['ID']['input']>;
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several packages. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
};

/** What autoMatch did to a store's listings. */
export type AutoMatchReport = {
  __typename?: 'AutoMatchReport';
  /** Listings that were matched before. */
  alreadyMatched: Scalars['Int']['output'];
  /** Listings matched now. */
  matched: Scalars['Int']['output'];
  /** Listings still unmatched. */
  unmatched: Scalars['Int']['output'];
};

/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApi = {
  __typename?: 'BeymenAPI';
  /** A batch product create or update, by the process id its mutation returned. */
  batch?: Maybe<BeymenBatch>;
  /** Brands; search is case-insensitive and Turkish-aware. */
  brands?: Maybe<BrandConnection>;
  /** Cancelled lines (by Beymen, the seller or the customer), by cancellation time. */
  cancellations?: Maybe<RefundConnection>;
  /** Cargo company codes for shipping and alternative delivery. */
  cargoCompanies: Array<BeymenCargoCompany>;
  /** Attributes of a leaf category; `required` ones must be given when creating a product there. */
  categoryAttributes?: Maybe<Array<CategoryAttribute>>;
  /** The complete category tree (root categories with their children). */
  categoryTree?: Maybe<Array<Category>>;
  /** Beymen's platform colours. */
  colors?: Maybe<Array<BeymenAttributeValue>>;
  futurePayments?: Maybe<BeymenFuturePayments>;
  genders?: Maybe<Array<BeymenAttributeValue>>;
  /** The lines of one invoice (by BeymenInvoice.number). */
  invoiceDetail?: Maybe<Array<BeymenInvoiceLine>>;
  /** Invoices Beymen issued to the seller. */
  invoices?: Maybe<BeymenInvoiceConnection>;
  /** One order by its number, e.g. "BEY-20220913-000000", with all its packages. */
  order?: Maybe<Order>;
  /** Orders placed in a window (the last 30 days when open); each groups the packages that share an order number. */
  orders?: Maybe<OrderConnection>;
  /** One product by Product.id or by code (barcode). */
  product?: Maybe<Product>;
  products?: Maybe<ProductConnection>;
  /** Returns (Beymen claims), one per claim line; the last 30 days when open. */
  refunds?: Maybe<RefundConnection>;
  sizes?: Maybe<Array<BeymenAttributeValue>>;
  /** Account statement between two dates (YYYY-MM-DD) 30 to 90 days apart. */
  statements?: Maybe<Array<BeymenStatementLine>>;
  storeId: Scalars['ID']['output'];
  /** Daily financial records, one per order line. */
  transactions?: Maybe<BeymenTransactionConnection>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiBatchArgs = {
  processId: Scalars['ID']['input'];
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiBrandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiCancellationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiCategoryAttributesArgs = {
  categoryId: Scalars['ID']['input'];
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiInvoiceDetailArgs = {
  invoiceNumber: Scalars['String']['input'];
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  types?: InputMaybe<Array<BeymenInvoiceType>>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiOrderArgs = {
  number: Scalars['String']['input'];
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  packages?: InputMaybe<BeymenPackageFilter>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiProductArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  brandId?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<BeymenProductStatus>;
  subStatus?: InputMaybe<BeymenProductSubStatus>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiStatementsArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};


/** One Beymen store's data. Fields that fail return null with a typed error; the others still answer. */
export type BeymenApiTransactionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  orderedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  orderedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

export type BeymenAlternativeDeliveryInput = {
  /** A cargo company code; required for ALTERNATIVE_CARGO_COMPANY. */
  cargoCompany?: InputMaybe<Scalars['String']['input']>;
  deliveryType: BeymenDeliveryType;
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several packages the act could apply to. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
  trackingNumber: Scalars['String']['input'];
  trackingUrl?: InputMaybe<Scalars['String']['input']>;
};

export type BeymenAttributeInput = {
  attributeId: Scalars['ID']['input'];
  /** The value's id, or free text for free-text attributes. */
  value: Scalars['String']['input'];
};

/** A value of one of Beymen's attribute lists (gender, size, colour). */
export type BeymenAttributeValue = {
  __typename?: 'BeymenAttributeValue';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A batch product create or update. Beymen processes it later: read `results` until `done`. */
export type BeymenBatch = {
  __typename?: 'BeymenBatch';
  /** Whether Beymen has finished; null until asked (after a create or update). */
  done?: Maybe<Scalars['Boolean']['output']>;
  processId: Scalars['ID']['output'];
  /** Per-product results; empty while Beymen is still working. */
  results?: Maybe<Array<BeymenBatchItemResult>>;
  storeId: Scalars['ID']['output'];
};

export type BeymenBatchItemResult = {
  __typename?: 'BeymenBatchItemResult';
  barcode?: Maybe<Scalars['String']['output']>;
  /** Beymen's message for this product. */
  message: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
  /** Product.id of the created or updated product. */
  productId?: Maybe<Scalars['ID']['output']>;
  success: Scalars['Boolean']['output'];
};

export type BeymenCargoCompany = {
  __typename?: 'BeymenCargoCompany';
  /** The code Beymen's calls take. */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** How an alternative delivery travels. */
export type BeymenDeliveryType =
  | 'ALTERNATIVE_CARGO_COMPANY'
  | 'AUTHORIZED_SERVICE';

/** Why the seller disputes a return. Every reason but PACKAGE_IS_EMPTY needs images. */
export type BeymenDisputeReason =
  | 'EXCESS_PRODUCT_RECEIVED'
  | 'PACKAGE_IS_EMPTY'
  | 'PACKAGE_NOT_FOUND'
  | 'PRODUCT_IS_DEFECTIVE_OR_DAMAGED'
  | 'PRODUCT_IS_FAKE'
  | 'PRODUCT_IS_NOT_DEFECTIVE'
  | 'PRODUCT_IS_NOT_WRONG'
  | 'PRODUCT_IS_WRONG'
  | 'PRODUCT_PART_IS_MISSING'
  | 'PRODUCT_QUANTITY_IS_MISSING'
  | 'PRODUCT_USED_OR_OPENED_PACKING'
  | 'RECEIVED_PRODUCT_NOT_MINE';

export type BeymenDisputeRefundInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  /** Image URLs; required for every reason but PACKAGE_IS_EMPTY. */
  images?: InputMaybe<Array<Scalars['String']['input']>>;
  /** All of the line when left out. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  reason: BeymenDisputeReason;
  /** Refund.id */
  refundId: Scalars['ID']['input'];
};

export type BeymenDivideByLinesInput = {
  /** Each group of OrderLine ids becomes one package; lines in no group form one more. */
  groups: Array<Array<Scalars['ID']['input']>>;
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several packages the act could apply to. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
};

export type BeymenDividePackageInput = {
  /** The units that form the new package; the rest form another. */
  lines: Array<LineQuantityInput>;
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several packages the act could apply to. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
};

/** This week's settlement and the weeks around it. */
export type BeymenFuturePayments = {
  __typename?: 'BeymenFuturePayments';
  advertisingCut: Money;
  commissionCut: Money;
  futureTotal: Money;
  pastWeeks: Array<BeymenWeeklyAmount>;
  penaltyCut: Money;
  shipmentCut: Money;
  /** What the seller gets this week. */
  thisWeek: Money;
  totalSales: Money;
  upcomingWeeks: Array<BeymenWeeklyAmount>;
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** An invoice Beymen issued to the seller. */
export type BeymenInvoice = {
  __typename?: 'BeymenInvoice';
  amount: Money;
  couponAmount?: Maybe<Money>;
  eInvoiceNumber?: Maybe<Scalars['String']['output']>;
  eInvoiceUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  issuedAt?: Maybe<Scalars['DateTime']['output']>;
  number: Scalars['String']['output'];
  payableAt?: Maybe<Scalars['DateTime']['output']>;
  type?: Maybe<Scalars['String']['output']>;
  typeLabel: Scalars['String']['output'];
};

export type BeymenInvoiceConnection = {
  __typename?: 'BeymenInvoiceConnection';
  edges: Array<BeymenInvoiceEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type BeymenInvoiceEdge = {
  __typename?: 'BeymenInvoiceEdge';
  cursor: Scalars['String']['output'];
  node: BeymenInvoice;
};

/** One line of a Beymen invoice: a sale or return on a commission invoice, a shipment on a cargo invoice. */
export type BeymenInvoiceLine = {
  __typename?: 'BeymenInvoiceLine';
  amount: Money;
  barcode?: Maybe<Scalars['String']['output']>;
  /** Commission rate in percent. */
  commissionRate?: Maybe<Scalars['Int']['output']>;
  couponAmount?: Maybe<Money>;
  desi?: Maybe<Scalars['Float']['output']>;
  mpOrderId?: Maybe<Scalars['String']['output']>;
  orderNumber: Scalars['String']['output'];
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The package (shipmentNumber) a cargo invoice line charges for. */
  packageNumber?: Maybe<Scalars['String']['output']>;
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  paymentPeriodDays?: Maybe<Scalars['Int']['output']>;
  platformPayment?: Maybe<Money>;
  productName?: Maybe<Scalars['String']['output']>;
  /** Units in that package. */
  quantity?: Maybe<Scalars['Int']['output']>;
  sellerPayment?: Maybe<Money>;
  /** What the shipment cost. */
  shipmentCost?: Maybe<Money>;
  transactedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A commission invoice's transaction; null on a cargo invoice. */
  transactionNumber?: Maybe<Scalars['String']['output']>;
  /** Satış / İade on a commission invoice; the shipment type on a cargo invoice. */
  type?: Maybe<Scalars['String']['output']>;
};

export type BeymenInvoiceType =
  | 'ADVERTISING'
  | 'COMMISSION'
  | 'DELAY'
  | 'INSUFFICIENT_SUPPLY'
  | 'MISSING_PRODUCT'
  | 'SHIPMENT';

/** A Beymen shipment line status (the orders' subStatus). */
export type BeymenLineStatus =
  | 'CANCELLED_BY_BEYMEN'
  | 'CANCELLED_BY_CUSTOMER'
  | 'CANCELLED_BY_SELLER'
  | 'DELIVERED_TO_CUSTOMER'
  | 'NEW_ORDER'
  | 'READY_TO_SHIP'
  | 'REORDER'
  | 'SHIPPED';

/** Writes to one Beymen store. */
export type BeymenMutations = {
  __typename?: 'BeymenMutations';
  /** Takes new packages into picking (Beymen: NewOrder → ReadyToShip). */
  acceptOrder: Order;
  /** Ships a new or ready package outside Beymen's contracted cargo. */
  alternativeDelivery: Order;
  /** An alternatively delivered package reached the customer. */
  alternativeDeliveryDelivered: Order;
  /** An alternatively delivered package came back undelivered (Beymen treats it as a customer cancel). */
  alternativeDeliveryUndeliverable: Order;
  /** Approves a return (the claim must be ACTION_NEEDED). */
  approveRefund: Refund;
  /** Uploads the invoice of a package (a pdf, jpeg, jpg or png URL). */
  attachInvoice: Order;
  /** Seller cancel. A partial cancel moves the remaining lines to a new package of the same order. */
  cancelLines: Order;
  /** Creates products in one batch; read the results with beymen { batch(processId) }. */
  createProducts: BeymenBatch;
  /** Removes a wrongly uploaded invoice so that another can be attached. */
  deleteInvoice: Order;
  /** Disputes a return (İhtilaflı İade). */
  disputeRefund: Refund;
  /** Splits a package by units; the divided package stays with status SPLIT. */
  dividePackage: Order;
  /** Splits a package by groups of lines. */
  dividePackageByLines: Order;
  /** Marks a return as received when the cargo did not ("Teslim Aldım"): NEW → ACTION_NEEDED. */
  receiveRefund: Refund;
  /** Rejects a return: on Beymen, a dispute (İhtilaflı İade) with the reason and image URLs. */
  rejectRefund: Refund;
  /** Opens (true) or closes (false) a product for sale. */
  setProductOnSale: Product;
  /** Adds or changes a product's texts in another language (English on beymen.com). */
  setProductTranslation: Product;
  /** Hands a package to the cargo company with its tracking number. */
  shipPackage: Order;
  storeId: Scalars['ID']['output'];
  updatePriceAndStock: Product;
  /** Updates products in one batch (by Product.id). */
  updateProducts: BeymenBatch;
  /** Moves a package's cargo status by hand: SHIPPED, then DELIVERED or UNDELIVERABLE. */
  updateShipmentStatus: Order;
};


/** Writes to one Beymen store. */
export type BeymenMutationsAcceptOrderArgs = {
  input: AcceptOrderInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsAlternativeDeliveryArgs = {
  input: BeymenAlternativeDeliveryInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsAlternativeDeliveryDeliveredArgs = {
  input: BeymenPackageInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsAlternativeDeliveryUndeliverableArgs = {
  input: BeymenPackageInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsApproveRefundArgs = {
  input: ApproveRefundInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsAttachInvoiceArgs = {
  input: AttachInvoiceInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsCancelLinesArgs = {
  input: CancelLinesInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsCreateProductsArgs = {
  products: Array<BeymenProductInput>;
};


/** Writes to one Beymen store. */
export type BeymenMutationsDeleteInvoiceArgs = {
  input: BeymenPackageInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsDisputeRefundArgs = {
  input: BeymenDisputeRefundInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsDividePackageArgs = {
  input: BeymenDividePackageInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsDividePackageByLinesArgs = {
  input: BeymenDivideByLinesInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsReceiveRefundArgs = {
  refundId: Scalars['ID']['input'];
};


/** Writes to one Beymen store. */
export type BeymenMutationsRejectRefundArgs = {
  input: RejectRefundInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsSetProductOnSaleArgs = {
  onSale: Scalars['Boolean']['input'];
  productId: Scalars['ID']['input'];
};


/** Writes to one Beymen store. */
export type BeymenMutationsSetProductTranslationArgs = {
  input: BeymenTranslationInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsShipPackageArgs = {
  input: ShipPackageInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsUpdatePriceAndStockArgs = {
  input: UpdatePriceAndStockInput;
};


/** Writes to one Beymen store. */
export type BeymenMutationsUpdateProductsArgs = {
  products: Array<BeymenProductInput>;
};


/** Writes to one Beymen store. */
export type BeymenMutationsUpdateShipmentStatusArgs = {
  input: BeymenShipmentStatusInput;
};

/** Beymen-only filters, sent to Beymen: an order matches when one of its packages does, and comes back whole. */
export type BeymenPackageFilter = {
  /** true: packages under Beymen's fraud check (payment awaited; they cannot be picked yet); false: cleared. */
  fraudCheck?: InputMaybe<Scalars['Boolean']['input']>;
  /** Packages with a line in this status. */
  lineStatus?: InputMaybe<BeymenLineStatus>;
  /** One package by its number (shipmentNumber), e.g. "MP000001002433". */
  packageNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Which package of an order. */
export type BeymenPackageInput = {
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several packages the act could apply to. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
};

/** A product for Beymen. On create, every field but id, salePrice, desi, attributes, merchantColor and stockCode is required. */
export type BeymenProductInput = {
  attributes?: InputMaybe<Array<BeymenAttributeInput>>;
  barcode?: InputMaybe<Scalars['String']['input']>;
  /** The store's default brand (store settings) when left out. */
  brandId?: InputMaybe<Scalars['ID']['input']>;
  /** A leaf category; the store's default category when left out. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  desi?: InputMaybe<Scalars['Float']['input']>;
  /** A Beymen gender id (beymen { genders }). */
  gender?: InputMaybe<Scalars['ID']['input']>;
  /** Product.id; only for updates. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Image URLs; on update, ids of existing images keep them. */
  images?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Price before discount (Beymen's salesPrice), TRY. */
  listPrice?: InputMaybe<Scalars['String']['input']>;
  /** The seller's colour name, at most 30 characters. */
  merchantColor?: InputMaybe<Scalars['String']['input']>;
  modelCode?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** A Beymen colour id (beymen { colors }). */
  platformColor?: InputMaybe<Scalars['ID']['input']>;
  /** Price on Beymen (platformPrice); listPrice when left out. */
  salePrice?: InputMaybe<Scalars['String']['input']>;
  /** A Beymen size id (beymen { sizes }). */
  size?: InputMaybe<Scalars['ID']['input']>;
  stock?: InputMaybe<Scalars['Int']['input']>;
  stockCode?: InputMaybe<Scalars['String']['input']>;
  /** 0, 1, 10 or 20. */
  vatRate?: InputMaybe<Scalars['Int']['input']>;
};

export type BeymenProductStatus =
  | 'NOT_ON_SALE'
  | 'NOT_SELECTED_BEYMEN'
  | 'ON_SALE'
  | 'OUT_OF_STOCK'
  | 'WAITING_BEYMEN_APPROVAL'
  | 'WAITING_REVISED';

export type BeymenProductSubStatus =
  | 'DEACTIVATED_BY_BEYMEN'
  | 'DEACTIVATED_BY_CRITICAL_PRICE_CHANGE'
  | 'DEACTIVATED_BY_SELLER'
  | 'DEACTIVATED_BY_STORE_CLOSED'
  | 'PRICE_MISSING'
  | 'SELLER_ACTION_NEEDED'
  | 'STOCK_OUT'
  | 'WAITING_FOR_IMAGE_REVISED'
  | 'WAITING_FOR_PRODUCT_CONTROL'
  | 'WAITING_FOR_SELECTION';

export type BeymenShipmentStatusInput = {
  /** Defaults to the package's cargo company. */
  cargoCompany?: InputMaybe<Scalars['String']['input']>;
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several packages the act could apply to. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
  status: BeymenShipmentUpdate;
  /** Defaults to the package's tracking number (required for SHIPPED). */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
  trackingUrl?: InputMaybe<Scalars['String']['input']>;
};

export type BeymenShipmentUpdate =
  | 'DELIVERED'
  | 'SHIPPED'
  | 'UNDELIVERABLE';

/** A line of the seller's account statement with Beymen. */
export type BeymenStatementLine = {
  __typename?: 'BeymenStatementLine';
  /** Negative for sales owed to the seller, as Beymen writes them. */
  amount: Money;
  description: Scalars['String']['output'];
  documentDate?: Maybe<Scalars['DateTime']['output']>;
  dueDate?: Maybe<Scalars['DateTime']['output']>;
  orderNumber?: Maybe<Scalars['String']['output']>;
  sellerCode: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

/** One line of Beymen's daily financial records. */
export type BeymenTransaction = {
  __typename?: 'BeymenTransaction';
  amount: Money;
  id: Scalars['ID']['output'];
  number: Scalars['String']['output'];
  orderNumber: Scalars['String']['output'];
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  paymentPeriodDays: Scalars['Int']['output'];
  transactedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Beymen's label, e.g. "Satış", "İade". */
  type: Scalars['String']['output'];
};

export type BeymenTransactionConnection = {
  __typename?: 'BeymenTransactionConnection';
  edges: Array<BeymenTransactionEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type BeymenTransactionEdge = {
  __typename?: 'BeymenTransactionEdge';
  cursor: Scalars['String']['output'];
  node: BeymenTransaction;
};

export type BeymenTranslationInput = {
  description: Scalars['String']['input'];
  /** Two-letter language code, e.g. "en". */
  language: Scalars['String']['input'];
  merchantColor: Scalars['String']['input'];
  name: Scalars['String']['input'];
  productId: Scalars['ID']['input'];
};

export type BeymenWeeklyAmount = {
  __typename?: 'BeymenWeeklyAmount';
  amount: Money;
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
};

export type BillingInfo = {
  __typename?: 'BillingInfo';
  address: Address;
  companyName?: Maybe<Scalars['String']['output']>;
  /** Whether the buyer must get an e-invoice. */
  eInvoiceObliged?: Maybe<Scalars['Boolean']['output']>;
  /** National identity number (TCKN) for individual invoices. */
  identityNumber?: Maybe<Scalars['String']['output']>;
  invoiceType?: Maybe<InvoiceType>;
  taxNumber?: Maybe<Scalars['String']['output']>;
  taxOffice?: Maybe<Scalars['String']['output']>;
};

export type Brand = {
  __typename?: 'Brand';
  id: Scalars['ID']['output'];
  logoUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type BrandConnection = {
  __typename?: 'BrandConnection';
  edges: Array<BrandEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type BrandEdge = {
  __typename?: 'BrandEdge';
  cursor: Scalars['String']['output'];
  node: Brand;
};

export type CancelLinesInput = {
  lines: Array<LineQuantityInput>;
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several open packages. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
  reason: CancelReason;
};

/** Why the seller cancels order lines. */
export type CancelReason =
  | 'DEFECTIVE_PRODUCT'
  | 'FORCE_MAJEURE'
  | 'INTEGRATION_FAILED'
  | 'OUT_OF_STOCK'
  | 'WRONG_IMAGE_OR_BARCODE'
  | 'WRONG_PRICE';

/** The seller's own product. Its code is unique within the tenant. */
export type CatalogueProduct = {
  __typename?: 'CatalogueProduct';
  barcode?: Maybe<Scalars['String']['output']>;
  brand?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  cost?: Maybe<Money>;
  id: Scalars['ID']['output'];
  /** The product's listings on every store. */
  listings: Array<Listing>;
  name: Scalars['String']['output'];
  prices: Array<PriceListPrice>;
  /** Stock over every warehouse. */
  stock: Scalars['Int']['output'];
  stocks: Array<WarehouseStock>;
  /** The distributor's code for this product (what supplier orders ask for). */
  supplierCode?: Maybe<Scalars['String']['output']>;
  /** The supplier account whose feed keeps this product's supplier stocks and prices. */
  supplierId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** VAT rate in percent. */
  vatRate?: Maybe<Scalars['Int']['output']>;
};

export type CatalogueProductConnection = {
  __typename?: 'CatalogueProductConnection';
  edges: Array<CatalogueProductEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CatalogueProductEdge = {
  __typename?: 'CatalogueProductEdge';
  cursor: Scalars['String']['output'];
  node: CatalogueProduct;
};

/** A product to create or update, by code. Stocks and prices, when given, replace the product's. */
export type CatalogueProductInput = {
  barcode?: InputMaybe<Scalars['String']['input']>;
  brand?: InputMaybe<Scalars['String']['input']>;
  code: Scalars['String']['input'];
  cost?: InputMaybe<Scalars['Decimal']['input']>;
  name: Scalars['String']['input'];
  prices?: InputMaybe<Array<PriceListPriceInput>>;
  stocks?: InputMaybe<Array<WarehouseStockInput>>;
  vatRate?: InputMaybe<Scalars['Int']['input']>;
};

/** A node of a marketplace's category tree. */
export type Category = {
  __typename?: 'Category';
  children: Array<Category>;
  /** 0 for a root. */
  depth: Scalars['Int']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Products can only be created in leaf categories. */
  leaf: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  parentId?: Maybe<Scalars['ID']['output']>;
  /** Names from the root down to this node. */
  path: Array<Scalars['String']['output']>;
};

/** An attribute a product in a category has or must have. */
export type CategoryAttribute = {
  __typename?: 'CategoryAttribute';
  /** Whether a free value is allowed instead of one of `values`. */
  allowCustom: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  required: Scalars['Boolean']['output'];
  values: Array<CategoryAttributeValue>;
  /** Whether products vary by this attribute. */
  variant: Scalars['Boolean']['output'];
};

export type CategoryAttributeValue = {
  __typename?: 'CategoryAttributeValue';
  id: Scalars['ID']['output'];
  value: Scalars['String']['output'];
};

/** How an existing Paraşüt contact is found before one is made. */
export type ContactMatch =
  | 'EMAIL'
  | 'TAX_NUMBER';

export type CreateApiKeyInput = {
  /** Days until the key expires (1 to 3650); left out: until revoked. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<ApiKeyScope>;
};

export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /** The whole key: keep it now, it cannot be shown again. */
  key: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  email?: Maybe<Scalars['String']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

/** Who decided a refund's current status. */
export type DecidedBy =
  | 'CUSTOMER'
  | 'MARKETPLACE'
  | 'SELLER'
  | 'SYSTEM';

/** The invoice's e-document in Paraşüt. */
export type EDocument = {
  __typename?: 'EDocument';
  id?: Maybe<Scalars['ID']['output']>;
  kind: EDocumentKind;
  /** The order whose invoice it formalises. */
  orderId: Scalars['ID']['output'];
  /** A link to the PDF, valid one hour; null while Paraşüt is still making it. Kept while it works, so it costs one Paraşüt request per document per hour. */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** Paraşüt's status of the document (e.g. sent, successful). */
  status?: Maybe<Scalars['String']['output']>;
};

/** E_INVOICE: e-Fatura (the buyer's VKN is a registered e-invoice user). E_ARCHIVE: e-Arşiv. */
export type EDocumentKind =
  | 'E_ARCHIVE'
  | 'E_INVOICE';

export type InvoiceType =
  | 'CORPORATE'
  | 'INDIVIDUAL';

/** A quantity of one order line. */
export type LineQuantityInput = {
  /** OrderLine.id */
  lineId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

/** A store's product at its marketplace, as the last listing sync read it, and its match. */
export type Listing = {
  __typename?: 'Listing';
  /** The marketplace's product code (barcode). */
  code: Scalars['String']['output'];
  /** The marketplace Product.id. */
  id: Scalars['ID']['output'];
  /** The last price publishPrices sent here. */
  lastPricePush?: Maybe<PricePush>;
  /** Multi-channel stock sync: the last stock pushed here when the product's stock changed. */
  lastStockPush?: Maybe<StockPush>;
  marketplace: Marketplace;
  matchedAt?: Maybe<Scalars['DateTime']['output']>;
  matchedBy?: Maybe<MatchReason>;
  name: Scalars['String']['output'];
  /** The matched catalogue product; null while unmatched. */
  product?: Maybe<CatalogueProduct>;
  salePrice?: Maybe<Money>;
  stock?: Maybe<Scalars['Int']['output']>;
  stockCode?: Maybe<Scalars['String']['output']>;
  store: Store;
  syncedAt: Scalars['DateTime']['output'];
};

export type ListingConnection = {
  __typename?: 'ListingConnection';
  edges: Array<ListingEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ListingEdge = {
  __typename?: 'ListingEdge';
  cursor: Scalars['String']['output'];
  node: Listing;
};

/** One listing and the catalogue product to match it to. */
export type ListingMatchInput = {
  listingId: Scalars['ID']['input'];
  productCode: Scalars['String']['input'];
};

/** What publishPrices did with one matched listing. */
export type ListingPriceResult = {
  __typename?: 'ListingPriceResult';
  error?: Maybe<Scalars['String']['output']>;
  listing: Listing;
  /** The price list's price plus the markup; null with NO_PRICE. */
  price?: Maybe<Money>;
  status: PricePublishStatus;
};

/** A marketplace PazarGraph connects to. */
export type Marketplace =
  | 'BEYMEN'
  | 'PAZARAMA'
  | 'TRENDYOL';

/** The status exactly as the marketplace sent it. */
export type MarketplaceStatus = {
  __typename?: 'MarketplaceStatus';
  code: Scalars['String']['output'];
  label?: Maybe<Scalars['String']['output']>;
};

/** How a listing was matched to a catalogue product: same barcode, the listing's stock code or barcode as the product code, the same Turkish-folded name, or by hand. */
export type MatchReason =
  | 'BARCODE'
  | 'CODE'
  | 'MANUAL'
  | 'NAME';

/** A catalogue product proposed for an unmatched listing, with why. */
export type MatchSuggestion = {
  __typename?: 'MatchSuggestion';
  listing: Listing;
  product: CatalogueProduct;
  reason: MatchReason;
};

export type MatchSuggestionConnection = {
  __typename?: 'MatchSuggestionConnection';
  edges: Array<MatchSuggestionEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type MatchSuggestionEdge = {
  __typename?: 'MatchSuggestionEdge';
  cursor: Scalars['String']['output'];
  node: MatchSuggestion;
};

/** An exact amount of money. */
export type Money = {
  __typename?: 'Money';
  /** Exact amount, e.g. "1037.61". */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 code, e.g. "TRY". */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a store; set its credentials next, then test the connection. */
  addStore: Store;
  /** Matches every unmatched listing of a store whose suggestion has this reason (BARCODE by default). */
  autoMatch: AutoMatchReport;
  /** Writes to a Beymen store. storeId may be left out when exactly one Beymen store is connected. */
  beymen?: Maybe<BeymenMutations>;
  /** Connects Paraşüt (or changes the connection). The status is UNKNOWN until testAccountingConnection. */
  connectAccounting: AccountingConnection;
  /** Adds or changes a distributor account (its token sealed, never returned). Its feed is read at the next round, or now with syncSupplier. */
  connectSupplier: Supplier;
  /** Creates an API key for the tenant (admin). */
  createApiKey: CreatedApiKey;
  /** Matches a listing to a catalogue product by its code (replacing any earlier match). */
  matchListing: Listing;
  /** Matches up to 1,000 of a store's listings at once (accepting suggestions, say). Every row is checked first — a listing of another store, an unknown listing or product code, a listing twice: with any error nothing is matched, and the error (BAD_USER_INPUT) lists each row's problems in extensions.rows. */
  matchListings: Array<Listing>;
  /** Matches an order line's product to a catalogue product by its code, right from the order (the store's listing of that product is matched, and made when not synced yet). */
  matchOrderLine: Order;
  /** Writes to a Pazarama store. storeId may be left out when exactly one Pazarama store is connected. */
  pazarama?: Maybe<PazaramaMutations>;
  /** Orders the goods of a marketplace order from a distributor's storage place (warehouse, e.g. "2011"). Every line must be matched to a catalogue product from that supplier's feed: with any line unmatched, nothing is ordered (BAD_USER_INPUT). Placing it again returns the same supplier order; a refused one may be placed again. */
  placeSupplierOrder: SupplierOrder;
  /** Sends each matched listing of the store its product's price from the store's default price list, plus the store's markup (or markupPercent, 0 to 1000), through its marketplace's own price write, as both list and sale price. A listing that already has that price is not sent again. */
  publishPrices: PricePublishReport;
  /** Pulls Paraşüt's products into the catalogue now (code, name, VAT, buying price as cost, stock in the Paraşüt warehouse, price = cost × (1 + margin %) in the Paraşüt price list). */
  pullAccountingProducts: ProductPullReport;
  /** Pushes an order to Paraşüt now, whatever its status or age (the settings' status and stores say which orders go by themselves). Returns where it got to; the rest (an e-document being made) goes on in the background. */
  pushOrderToAccounting: OrderAccounting;
  /** Removes a store and its credentials; its poller stops. */
  removeStore: Scalars['Boolean']['output'];
  /** Tries a FAILED (or waiting) order's push again now, from where it stopped. */
  retryAccounting: OrderAccounting;
  /** Revokes an API key of the tenant (admin); it stops working at once. */
  revokeApiKey: ApiKey;
  /** Sets the store's marketplace credentials. They are encrypted at rest and never returned. */
  setStoreCredentials: Store;
  /** Reads the supplier's feed into the catalogue now: what changed since the last read's day, or everything with full: true. Products are linked by the supplier's code, else the same code, else the same barcode; their supplier stocks and price lists are replaced, the seller's own are not touched. */
  syncSupplier: Supplier;
  /** Logs in to Paraşüt and reads /me: VALID when the user belongs to the company, else INVALID with Paraşüt's message. */
  testAccountingConnection: AccountingConnection;
  /** Makes the cheapest authenticated call to the marketplace and keeps the result as the store's API status. */
  testStoreConnection: Store;
  /** Writes to a Trendyol store. storeId may be left out when exactly one Trendyol store is connected. */
  trendyol?: Maybe<TrendyolMutations>;
  /** Removes a listing's match. */
  unmatchListing: Listing;
  updateAccountingSettings: AccountingConnection;
  updateStore: Store;
  updateStoreSettings: Store;
  /** Creates or updates up to 1,000 products by code. Every row is checked first: with any error nothing is written, and the error (BAD_USER_INPUT) lists each row's problems in extensions.rows. */
  upsertCatalogueProducts: Array<CatalogueProduct>;
};


export type MutationAddStoreArgs = {
  input: AddStoreInput;
};


export type MutationAutoMatchArgs = {
  by?: MatchReason;
  storeId: Scalars['ID']['input'];
};


export type MutationBeymenArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationConnectAccountingArgs = {
  input: AccountingConnectionInput;
};


export type MutationConnectSupplierArgs = {
  input: SupplierInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationMatchListingArgs = {
  listingId: Scalars['ID']['input'];
  productCode: Scalars['String']['input'];
};


export type MutationMatchListingsArgs = {
  matches: Array<ListingMatchInput>;
  storeId: Scalars['ID']['input'];
};


export type MutationMatchOrderLineArgs = {
  lineId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
  productCode: Scalars['String']['input'];
};


export type MutationPazaramaArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationPlaceSupplierOrderArgs = {
  orderId: Scalars['ID']['input'];
  supplierId?: InputMaybe<Scalars['ID']['input']>;
  warehouse: Scalars['String']['input'];
};


export type MutationPublishPricesArgs = {
  markupPercent?: InputMaybe<Scalars['Decimal']['input']>;
  storeId: Scalars['ID']['input'];
};


export type MutationPushOrderToAccountingArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationRemoveStoreArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRetryAccountingArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetStoreCredentialsArgs = {
  input: StoreCredentialsInput;
  storeId: Scalars['ID']['input'];
};


export type MutationSyncSupplierArgs = {
  full?: Scalars['Boolean']['input'];
  supplierId: Scalars['ID']['input'];
};


export type MutationTestStoreConnectionArgs = {
  storeId: Scalars['ID']['input'];
};


export type MutationTrendyolArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationUnmatchListingArgs = {
  listingId: Scalars['ID']['input'];
};


export type MutationUpdateAccountingSettingsArgs = {
  input: AccountingSettingsInput;
};


export type MutationUpdateStoreArgs = {
  id: Scalars['ID']['input'];
  input: UpdateStoreInput;
};


export type MutationUpdateStoreSettingsArgs = {
  input: StoreSettingsInput;
  storeId: Scalars['ID']['input'];
};


export type MutationUpsertCatalogueProductsArgs = {
  products: Array<CatalogueProductInput>;
};

/** A customer's order on one marketplace store. */
export type Order = {
  __typename?: 'Order';
  /** The order's invoice in accounting (Paraşüt) and its e-document; null: not pushed. */
  accounting?: Maybe<OrderAccounting>;
  billing?: Maybe<BillingInfo>;
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  /** Whether a line of the order has no catalogue product matched (the seed's warning before a supplier order). */
  hasUnmatchedLines: Scalars['Boolean']['output'];
  /** `<marketplace>:<storeId>:<marketplace order id>` */
  id: Scalars['ID']['output'];
  /** Each line's match: the store's listing of its product code and that listing's catalogue product. */
  lineMatches: Array<OrderLineMatch>;
  lines: Array<OrderLine>;
  marketplace: Marketplace;
  marketplaceStatus: MarketplaceStatus;
  /** The order number the customer sees. */
  number: Scalars['String']['output'];
  packages: Array<Package>;
  paymentMethod?: Maybe<Scalars['String']['output']>;
  /** Pazarama only: the order's lines one per unit, each with its own id, from Pazarama's v2 listing (3.25), to act on units one by one. Null for other marketplaces. Kept from a recent `pazarama { orders(splitItems: true) }`, else read for this order. */
  pazaramaUnitLines?: Maybe<Array<OrderLine>>;
  shippingAddress?: Maybe<Address>;
  status: OrderStatus;
  store: Store;
  /** The purchase order placed with a distributor for this order (placeSupplierOrder), with its status there as the tracker last read it (every minute while it moves). */
  supplierOrder?: Maybe<SupplierOrder>;
  /** When the order hub last saw the order at the marketplace (to within 5 minutes). */
  syncedAt?: Maybe<Scalars['DateTime']['output']>;
  totals: OrderTotals;
};

/** Where an order is in accounting. */
export type OrderAccounting = {
  __typename?: 'OrderAccounting';
  attempts: Scalars['Int']['output'];
  /** The Paraşüt contact id. */
  contactId?: Maybe<Scalars['ID']['output']>;
  eDocument?: Maybe<EDocument>;
  error?: Maybe<Scalars['String']['output']>;
  /** The Paraşüt sales invoice id. */
  invoiceId?: Maybe<Scalars['ID']['output']>;
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  pushedAt?: Maybe<Scalars['DateTime']['output']>;
  status: AccountingStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

/** A change to an order, seen by the store's poller. */
export type OrderEvent = {
  __typename?: 'OrderEvent';
  /** Cursor in the event stream; pass it as `after` to resume after this event. */
  id: Scalars['ID']['output'];
  kind: OrderEventKind;
  marketplace: Marketplace;
  occurredAt: Scalars['DateTime']['output'];
  order: Order;
  previousStatus?: Maybe<OrderStatus>;
  status: OrderStatus;
};

export type OrderEventFilter = {
  kinds?: InputMaybe<Array<OrderEventKind>>;
  marketplaces?: InputMaybe<Array<Marketplace>>;
  /** Only events whose new status is one of these. */
  statuses?: InputMaybe<Array<OrderStatus>>;
  storeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** What happened to an order. */
export type OrderEventKind =
  | 'CREATED'
  /** A line changed (shipped, cancelled, split, returned) while the order's own status stayed. */
  | 'LINES_CHANGED'
  | 'STATUS_CHANGED';

/** Which orders of the feed to list. Ranges are inclusive at the start and exclusive at the end. */
export type OrderFeedFilter = {
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** true: orders with a line not matched to a catalogue product (catalogue { unmatchedListings }); false: fully matched ones. */
  hasUnmatchedLines?: InputMaybe<Scalars['Boolean']['input']>;
  marketplaces?: InputMaybe<Array<Marketplace>>;
  /** Order number, customer name or product name; Turkish-aware (ışık finds IŞIK). At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<OrderStatus>>;
  storeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When the hub last recorded a change of the order. */
  updatedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  updatedTo?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Which orders to list. Dates are inclusive at the start and exclusive at the end. */
export type OrderFilter = {
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  statuses?: InputMaybe<Array<OrderStatus>>;
};

/** One line of an order: a product, a quantity and its prices. */
export type OrderLine = {
  __typename?: 'OrderLine';
  discount?: Maybe<Money>;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  /** List price of one unit. */
  listPrice: Money;
  marketplaceStatus: MarketplaceStatus;
  /** Code of the package (shipment) this line travels in. */
  packageCode?: Maybe<Scalars['String']['output']>;
  /** The marketplace's product code (barcode). */
  productCode?: Maybe<Scalars['String']['output']>;
  productName: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** Sale price of one unit. */
  salePrice: Money;
  status: OrderStatus;
  stockCode?: Maybe<Scalars['String']['output']>;
  tax?: Maybe<Money>;
  /** What the customer pays for this line. */
  total: Money;
  /** Variant as the marketplace shows it, e.g. "Gece Mavisi - Ekru/S". */
  variant?: Maybe<Scalars['String']['output']>;
  /** VAT rate in percent. */
  vatRate?: Maybe<Scalars['Int']['output']>;
};

/** How one order line matches the catalogue: the store's listing of the line's product code and its catalogue product. */
export type OrderLineMatch = {
  __typename?: 'OrderLineMatch';
  /** OrderLine.id */
  lineId: Scalars['ID']['output'];
  /** The store's listing of that code; null until synced or matched from the line. */
  listing?: Maybe<Listing>;
  /** The catalogue product; null: the line is unmatched. */
  product?: Maybe<CatalogueProduct>;
  /** The line's product code (barcode) at the marketplace. */
  productCode?: Maybe<Scalars['String']['output']>;
};

/** The feed's order: newest or oldest first. */
export type OrderOrder =
  | 'CREATED_AT_ASC'
  | 'CREATED_AT_DESC';

/** Unified status of an order or an order line; the raw one is in `marketplaceStatus`. */
export type OrderStatus =
  | 'AT_PICKUP_POINT'
  | 'CANCELLATION_REQUESTED'
  | 'CANCELLED'
  | 'CREATED'
  | 'DELIVERED'
  | 'PREPARING'
  | 'RETURNED'
  | 'RETURN_APPROVED'
  | 'RETURN_REJECTED'
  | 'RETURN_REQUESTED'
  | 'SHIPPED'
  | 'SPLIT'
  | 'UNDELIVERED'
  | 'UNKNOWN'
  | 'UNSUPPLIED';

/** How many orders of the feed are in a status. */
export type OrderStatusCount = {
  __typename?: 'OrderStatusCount';
  count: Scalars['Int']['output'];
  status: OrderStatus;
};

export type OrderTotals = {
  __typename?: 'OrderTotals';
  discount: Money;
  /** Sum of line list prices times quantities. */
  gross: Money;
  shipping: Money;
  /** What the customer paid for the order. */
  total: Money;
};

/** One shipment of an order. */
export type Package = {
  __typename?: 'Package';
  cargoCompany?: Maybe<Scalars['String']['output']>;
  /** The marketplace's shipment code; null while none is assigned. */
  code?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  status: OrderStatus;
  trackingNumber?: Maybe<Scalars['String']['output']>;
  trackingUrl?: Maybe<Scalars['String']['output']>;
};

/** Relay-style page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApi = {
  __typename?: 'PazaramaAPI';
  /** Brands; search is case-insensitive and Turkish-aware. */
  brands?: Maybe<BrandConnection>;
  /** Cancellation requests. */
  cancellations?: Maybe<RefundConnection>;
  cargoCompanies?: Maybe<Array<PazaramaCargoCompany>>;
  /** Pazarama's catalogue by barcode or name (3.21). */
  catalogSearch?: Maybe<PazaramaCatalogProductConnection>;
  /** Attributes of a (leaf) category. */
  categoryAttributes?: Maybe<Array<CategoryAttribute>>;
  /** The root categories, each with its children. */
  categoryTree?: Maybe<Array<Category>>;
  cities?: Maybe<Array<PazaramaCity>>;
  commercials?: Maybe<Array<PazaramaCommercial>>;
  /** A price or stock update's per-code results. */
  listingUpdate?: Maybe<PazaramaListingUpdate>;
  /** One order by its number; looks in the last three months unless placedAt is given. */
  order?: Maybe<Order>;
  /** Orders created in a window of at most one month (Pazarama's limit); the last month when open. */
  orders?: Maybe<OrderConnection>;
  /** Payment agreement between two dates (3.20). */
  payments?: Maybe<PazaramaPaymentAgreement>;
  /** One product by its code (barcode). */
  product?: Maybe<Product>;
  /** A product create request's result (queryable for 4 hours). */
  productBatch?: Maybe<PazaramaProductBatch>;
  products?: Maybe<ProductConnection>;
  question?: Maybe<PazaramaQuestion>;
  questionTopics?: Maybe<Array<PazaramaQuestionTopic>>;
  /** Customers' questions, newest first. */
  questions?: Maybe<PazaramaQuestionConnection>;
  /** Return requests. */
  refunds?: Maybe<RefundConnection>;
  sellerAddresses?: Maybe<Array<PazaramaSellerAddress>>;
  storeId: Scalars['ID']['output'];
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiBrandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiCancellationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiCatalogSearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiCategoryAttributesArgs = {
  categoryId: Scalars['ID']['input'];
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiListingUpdateArgs = {
  dataId: Scalars['ID']['input'];
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiOrderArgs = {
  number: Scalars['String']['input'];
  placedAt?: InputMaybe<Scalars['DateTime']['input']>;
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  splitItems?: InputMaybe<Scalars['Boolean']['input']>;
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiPaymentsArgs = {
  from: Scalars['DateTime']['input'];
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['DateTime']['input'];
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiProductArgs = {
  code: Scalars['String']['input'];
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiProductBatchArgs = {
  id: Scalars['ID']['input'];
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  approved?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiQuestionArgs = {
  id: Scalars['ID']['input'];
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  askedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  askedTo?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  productCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PazaramaQuestionStatus>;
  topicId?: InputMaybe<Scalars['ID']['input']>;
};


/** One Pazarama store's data. Fields that fail return null with a typed error; the others still answer. */
export type PazaramaApiRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  splitItems?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PazaramaAttributeInput = {
  attributeId: Scalars['ID']['input'];
  valueId: Scalars['ID']['input'];
};

export type PazaramaBatchFailure = {
  __typename?: 'PazaramaBatchFailure';
  code?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
};

export type PazaramaBatchStatus =
  | 'DONE'
  | 'ERROR'
  | 'IN_PROGRESS';

/** A cargo company the store ships with on Pazarama. */
export type PazaramaCargoCompany = {
  __typename?: 'PazaramaCargoCompany';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A product in Pazarama's catalogue that a seller can start selling at once. */
export type PazaramaCatalogProduct = {
  __typename?: 'PazaramaCatalogProduct';
  brandName?: Maybe<Scalars['String']['output']>;
  categoryName?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  productId: Scalars['ID']['output'];
  vatRate?: Maybe<Scalars['Int']['output']>;
};

export type PazaramaCatalogProductConnection = {
  __typename?: 'PazaramaCatalogProductConnection';
  edges: Array<PazaramaCatalogProductEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type PazaramaCatalogProductEdge = {
  __typename?: 'PazaramaCatalogProductEdge';
  cursor: Scalars['String']['output'];
  node: PazaramaCatalogProduct;
};

/** A Turkish province as Pazarama lists it (for delivery settings). */
export type PazaramaCity = {
  __typename?: 'PazaramaCity';
  /** Plate code, e.g. "34". */
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Supplier (commercial) information template (3.30). */
export type PazaramaCommercial = {
  __typename?: 'PazaramaCommercial';
  address: Scalars['String']['output'];
  brand: Scalars['String']['output'];
  commercialId: Scalars['ID']['output'];
  email: Scalars['String']['output'];
  isImported: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  title: Scalars['String']['output'];
  /** Imported: 1 importer, 2 authorised representative, 3 fulfilment provider; domestic: 0 manufacturer, 3 fulfilment provider. */
  type: Scalars['Int']['output'];
};

export type PazaramaCommercialInput = {
  address: Scalars['String']['input'];
  brand: Scalars['String']['input'];
  email: Scalars['String']['input'];
  isImported: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  title: Scalars['String']['input'];
  type: Scalars['Int']['input'];
};

export type PazaramaItemStatusInput = {
  /** For SHIPPED: a cargo company's name or Pazarama id; the line's own when left out. */
  cargoCompany?: InputMaybe<Scalars['String']['input']>;
  /** OrderLine.id */
  lineId: Scalars['ID']['input'];
  orderNumber: Scalars['String']['input'];
  status: PazaramaItemStatusUpdate;
  /** Required for SHIPPED. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
  trackingUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Statuses a seller may set: 3 → PREPARING first, then SHIPPED, then DELIVERED or UNDELIVERED; UNSUPPLIED before shipping. */
export type PazaramaItemStatusUpdate =
  | 'DELIVERED'
  | 'PREPARING'
  | 'SHIPPED'
  | 'UNDELIVERED'
  | 'UNSUPPLIED';

export type PazaramaItemsStatusInput = {
  cargoCompany?: InputMaybe<Scalars['String']['input']>;
  /** OrderLine ids that share the shipment data. */
  lineIds: Array<Scalars['ID']['input']>;
  orderNumber: Scalars['String']['input'];
  packageCode?: InputMaybe<Scalars['String']['input']>;
  status: PazaramaItemStatusUpdate;
  /** Required for SHIPPED. */
  trackingNumber?: InputMaybe<Scalars['String']['input']>;
  trackingUrl?: InputMaybe<Scalars['String']['input']>;
};

export type PazaramaLaborCostInput = {
  /** Labour cost (whole lira). */
  laborCost: Scalars['Int']['input'];
  lineId: Scalars['ID']['input'];
  /** How many of the line's units it applies to. @default 0 */
  processCount?: InputMaybe<Scalars['Int']['input']>;
};

export type PazaramaLaborCostsInput = {
  items: Array<PazaramaLaborCostInput>;
  orderNumber: Scalars['String']['input'];
};

export type PazaramaListingResult = {
  __typename?: 'PazaramaListingResult';
  code: Scalars['String']['output'];
  listPrice?: Maybe<Money>;
  /** Pazarama's own text, e.g. why a code failed. */
  message: Scalars['String']['output'];
  salePrice?: Maybe<Money>;
  status: PazaramaListingStatus;
  stock?: Maybe<Scalars['Int']['output']>;
};

export type PazaramaListingStatus =
  | 'FAILED'
  | 'PROCESSING'
  | 'SUCCEEDED';

/** A price or stock update (v2) and its per-code results. */
export type PazaramaListingUpdate = {
  __typename?: 'PazaramaListingUpdate';
  dataId: Scalars['ID']['output'];
  done: Scalars['Boolean']['output'];
  failedCount: Scalars['Int']['output'];
  processingCount: Scalars['Int']['output'];
  results: Array<PazaramaListingResult>;
  successCount: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

/** Writes to one Pazarama store. */
export type PazaramaMutations = {
  __typename?: 'PazaramaMutations';
  /** Received → preparing (3 → 12) for the order or one package. */
  acceptOrder: Order;
  /** Answers a customer's question (10 to 2000 characters); Pazarama approves answers. */
  answerQuestion: PazaramaQuestion;
  /** Answers Pazarama's request for more information on a return (3.31). */
  answerRefundRevision: Refund;
  /** Approves a return or a cancellation request waiting for the seller. */
  approveRefund: Refund;
  /** Invoice link for the order, one package (after shipping) or one line. invoiceNumber is not sent: Pazarama takes the link only. */
  attachInvoice: Order;
  /** Marks whole lines unsupplied (13); Pazarama refunds the customer. */
  cancelLines: Order;
  createCommercial: PazaramaCommercial;
  /** Creates products; read the result with pazarama { productBatch(id) }. */
  createProducts: PazaramaProductBatch;
  deleteCommercial: Scalars['Boolean']['output'];
  /** Starts selling a catalogue product by barcode (3.21). */
  quickAddProduct: Product;
  /** Rejects a return (reason, description and, but for an empty or missing package, photos) or a cancellation request. */
  rejectRefund: Refund;
  /** Sends a return to review (3.29). */
  sendRefundToReview: Refund;
  /** Labour cost of gold items, while received, preparing or shipped (3.28). */
  setLaborCosts: Order;
  /** Attaches supplier templates to a product; the lists given replace the current ones. */
  setProductCommercials: Scalars['Boolean']['output'];
  /** Opens or closes a catalogue product for sale (3.32). */
  setProductOnSale: PazaramaOnSaleResult;
  /** Most units a customer may buy in one order (3.24). */
  setSaleLimit: Product;
  /** VAT rates of up to 50 products (3.27). */
  setVatRates: Array<Product>;
  /** Preparing → shipped (12 → 5) with cargo tracking, for one package's lines in one call. */
  shipPackage: Order;
  /** Moves units to a new package sent from another address (3.26). */
  splitPackage: Order;
  storeId: Scalars['ID']['output'];
  /** Puts a split-off package back into the package it came from (3.26). */
  undoPackageSplit: Order;
  updateCommercial: PazaramaCommercial;
  /** One line's status (3.14/3.15). */
  updateItemStatus: Order;
  /** Several lines with the same shipment data in one call (3.33). */
  updateItemsStatus: Order;
  /** Every line of the order to one status (3.16). */
  updateOrderStatus: Order;
  /** Price v2 and/or stock v2, waiting (bounded) for Pazarama's per-code result. */
  updatePriceAndStock: Product;
  /** Bulk price update (v2); results by dataId. */
  updatePrices: PazaramaListingUpdate;
  /** Bulk stock update (v2); results by dataId. */
  updateStocks: PazaramaListingUpdate;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsAcceptOrderArgs = {
  input: AcceptOrderInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsAnswerQuestionArgs = {
  questionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsAnswerRefundRevisionArgs = {
  input: PazaramaRefundRevisionInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsApproveRefundArgs = {
  input: ApproveRefundInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsAttachInvoiceArgs = {
  input: AttachInvoiceInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsCancelLinesArgs = {
  input: CancelLinesInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsCreateCommercialArgs = {
  input: PazaramaCommercialInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsCreateProductsArgs = {
  products: Array<PazaramaProductInput>;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsDeleteCommercialArgs = {
  id: Scalars['ID']['input'];
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsQuickAddProductArgs = {
  input: PazaramaQuickAddInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsRejectRefundArgs = {
  input: RejectRefundInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsSendRefundToReviewArgs = {
  input: PazaramaRefundReviewInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsSetLaborCostsArgs = {
  input: PazaramaLaborCostsInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsSetProductCommercialsArgs = {
  code: Scalars['String']['input'];
  commercialIds: Array<Scalars['ID']['input']>;
  securityDescription?: InputMaybe<Scalars['String']['input']>;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsSetProductOnSaleArgs = {
  code: Scalars['String']['input'];
  onSale: Scalars['Boolean']['input'];
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsSetSaleLimitArgs = {
  code: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsSetVatRatesArgs = {
  items: Array<PazaramaVatRateInput>;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsShipPackageArgs = {
  input: ShipPackageInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsSplitPackageArgs = {
  input: PazaramaSplitPackageInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUndoPackageSplitArgs = {
  input: PazaramaPackageInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUpdateCommercialArgs = {
  id: Scalars['ID']['input'];
  input: PazaramaCommercialInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUpdateItemStatusArgs = {
  input: PazaramaItemStatusInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUpdateItemsStatusArgs = {
  input: PazaramaItemsStatusInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUpdateOrderStatusArgs = {
  input: PazaramaOrderStatusInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUpdatePriceAndStockArgs = {
  input: UpdatePriceAndStockInput;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUpdatePricesArgs = {
  items: Array<PazaramaPriceInput>;
};


/** Writes to one Pazarama store. */
export type PazaramaMutationsUpdateStocksArgs = {
  items: Array<PazaramaStockInput>;
};

export type PazaramaOnSaleResult = {
  __typename?: 'PazaramaOnSaleResult';
  code: Scalars['String']['output'];
  onSale: Scalars['Boolean']['output'];
};

export type PazaramaOrderStatusInput = {
  orderNumber: Scalars['String']['input'];
  /** Every line goes to this status (not SHIPPED: use shipPackage). */
  status: PazaramaItemStatusUpdate;
};

export type PazaramaPackageInput = {
  orderNumber: Scalars['String']['input'];
  packageCode: Scalars['String']['input'];
};

/** Sales, returns and what the seller is paid, in a date range. */
export type PazaramaPaymentAgreement = {
  __typename?: 'PazaramaPaymentAgreement';
  totalAllowance: Money;
  totalAmount: Money;
  totalCommission: Money;
  transactions: Array<PazaramaPaymentTransaction>;
};

export type PazaramaPaymentTransaction = {
  __typename?: 'PazaramaPaymentTransaction';
  /** What the seller is paid. */
  allowance: Money;
  amount: Money;
  code: Scalars['String']['output'];
  commission: Money;
  couponDiscount: Money;
  id: Scalars['ID']['output'];
  installment: Scalars['Int']['output'];
  orderNumber: Scalars['String']['output'];
  transactedAt?: Maybe<Scalars['DateTime']['output']>;
  transferredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Pazarama's label, e.g. "Satış". */
  type: Scalars['String']['output'];
};

export type PazaramaPriceInput = {
  code: Scalars['String']['input'];
  listPrice: Scalars['String']['input'];
  salePrice: Scalars['String']['input'];
};

/** A product create request; Pazarama answers about it for 4 hours. */
export type PazaramaProductBatch = {
  __typename?: 'PazaramaProductBatch';
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  failedCount: Scalars['Int']['output'];
  failures: Array<PazaramaBatchFailure>;
  id: Scalars['ID']['output'];
  status: PazaramaBatchStatus;
  totalCount: Scalars['Int']['output'];
};

/** A new Pazarama product; lengths as the document gives them. */
export type PazaramaProductInput = {
  attributes?: InputMaybe<Array<PazaramaAttributeInput>>;
  /** The store's default brand (store settings) when left out. */
  brandId?: InputMaybe<Scalars['ID']['input']>;
  /** A leaf category; the store's default category when left out. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Barcode, at most 500 characters. */
  code: Scalars['String']['input'];
  /** Supplier templates (pazarama { commercials }). */
  commercialIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description: Scalars['String']['input'];
  desi: Scalars['Int']['input'];
  /** At most 250 characters. */
  displayName: Scalars['String']['input'];
  groupCode: Scalars['String']['input'];
  /** Image URLs (at most 500 characters each). */
  images: Array<Scalars['String']['input']>;
  listPrice: Scalars['String']['input'];
  /** At most 100 characters. */
  name: Scalars['String']['input'];
  /** Most units per order (0: no limit). */
  saleLimitQuantity?: InputMaybe<Scalars['Int']['input']>;
  salePrice: Scalars['String']['input'];
  securityDescription?: InputMaybe<Scalars['String']['input']>;
  stock: Scalars['Int']['input'];
  /** At most 100 characters. */
  stockCode: Scalars['String']['input'];
  /** 0, 1, 10 or 20. */
  vatRate: Scalars['Int']['input'];
};

export type PazaramaQuestion = {
  __typename?: 'PazaramaQuestion';
  answer?: Maybe<Scalars['String']['output']>;
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  askedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Masked, e.g. "M**** S****". */
  askedBy?: Maybe<Scalars['String']['output']>;
  brand?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  imageUrl?: Maybe<Scalars['String']['output']>;
  productCode?: Maybe<Scalars['String']['output']>;
  productName: Scalars['String']['output'];
  question?: Maybe<Scalars['String']['output']>;
  status: PazaramaQuestionStatus;
  topicId?: Maybe<Scalars['ID']['output']>;
};

export type PazaramaQuestionConnection = {
  __typename?: 'PazaramaQuestionConnection';
  edges: Array<PazaramaQuestionEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type PazaramaQuestionEdge = {
  __typename?: 'PazaramaQuestionEdge';
  cursor: Scalars['String']['output'];
  node: PazaramaQuestion;
};

export type PazaramaQuestionStatus =
  | 'ANSWERED'
  | 'REJECTED'
  | 'WAITING_FOR_ANSWER'
  | 'WAITING_FOR_APPROVAL';

export type PazaramaQuestionTopic = {
  __typename?: 'PazaramaQuestionTopic';
  id: Scalars['ID']['output'];
  topic: Scalars['String']['output'];
};

export type PazaramaQuickAddInput = {
  /** PazaramaCatalogProduct.productId */
  catalogProductId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
  installmentCount?: InputMaybe<Scalars['Int']['input']>;
  listPrice: Scalars['String']['input'];
  salePrice: Scalars['String']['input'];
  stock: Scalars['Int']['input'];
  stockCode?: InputMaybe<Scalars['String']['input']>;
};

export type PazaramaRefundReviewInput = {
  /** Required for OTHER. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At most 3 files of 5 MB. */
  documents?: InputMaybe<Array<RefundDocumentInput>>;
  refundId: Scalars['ID']['input'];
  reviewType: PazaramaRefundReviewType;
};

export type PazaramaRefundReviewType =
  | 'AUTHORIZED_SERVICE_REVIEW'
  | 'MANUFACTURER_REVIEW'
  | 'OTHER';

export type PazaramaRefundRevisionInput = {
  description: Scalars['String']['input'];
  documents?: InputMaybe<Array<RefundDocumentInput>>;
  refundId: Scalars['ID']['input'];
};

/** A place the seller ships from (sellerShipmentAddresses), for splitting packages. */
export type PazaramaSellerAddress = {
  __typename?: 'PazaramaSellerAddress';
  cityName?: Maybe<Scalars['String']['output']>;
  districtName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
};

export type PazaramaSplitPackageInput = {
  cargoCompany?: InputMaybe<Scalars['String']['input']>;
  /** The units that move to the new package. */
  lines: Array<LineQuantityInput>;
  orderNumber: Scalars['String']['input'];
  /** Package.code (PZ…) */
  packageCode: Scalars['String']['input'];
  /** One of pazarama { sellerAddresses }. */
  sellerAddressId: Scalars['ID']['input'];
};

export type PazaramaStockInput = {
  code: Scalars['String']['input'];
  stock: Scalars['Int']['input'];
};

export type PazaramaVatRateInput = {
  code: Scalars['String']['input'];
  vatRate: Scalars['Int']['input'];
};

/** A product's price in one named price list. */
export type PriceListPrice = {
  __typename?: 'PriceListPrice';
  amount: Money;
  /** e.g. "Trendyol Fiyatı". */
  priceList: Scalars['String']['output'];
};

export type PriceListPriceInput = {
  /** At most 2 decimals. */
  amount: Scalars['Decimal']['input'];
  priceList: Scalars['String']['input'];
};

/** What publishPrices did with a store's matched listings. */
export type PricePublishReport = {
  __typename?: 'PricePublishReport';
  failed: Scalars['Int']['output'];
  /** The markup in percent that was added. */
  markupPercent: Scalars['Decimal']['output'];
  noPrice: Scalars['Int']['output'];
  pending: Scalars['Int']['output'];
  priceList: Scalars['String']['output'];
  results: Array<ListingPriceResult>;
  sent: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

/** SENT: the marketplace took the price. UNCHANGED: the listing already has it; nothing was sent. FAILED: the marketplace refused it (see error). NO_PRICE: the product has no price in the store's price list. PENDING: sent, but the marketplace had not answered when publishPrices returned; Listing.lastPricePush shows the outcome. */
export type PricePublishStatus =
  | 'FAILED'
  | 'NO_PRICE'
  | 'PENDING'
  | 'SENT'
  | 'UNCHANGED';

/** The last price publishPrices sent a listing, and whether its marketplace took it. */
export type PricePush = {
  __typename?: 'PricePush';
  amount: Money;
  at: Scalars['DateTime']['output'];
  /** The marketplace's refusal; null when it took the price. */
  error?: Maybe<Scalars['String']['output']>;
};

/** A product the seller lists on a marketplace. */
export type Product = {
  __typename?: 'Product';
  /** Approved and on sale as far as the marketplace says. */
  approved: Scalars['Boolean']['output'];
  attributes: Array<ProductAttribute>;
  brandId?: Maybe<Scalars['String']['output']>;
  brandName?: Maybe<Scalars['String']['output']>;
  categoryId?: Maybe<Scalars['String']['output']>;
  categoryName?: Maybe<Scalars['String']['output']>;
  /** The seller's product code (barcode). */
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  displayName?: Maybe<Scalars['String']['output']>;
  groupCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  images: Array<Scalars['String']['output']>;
  listPrice: Money;
  marketplace: Marketplace;
  /** The marketplace's approval state. */
  marketplaceStatus: MarketplaceStatus;
  name: Scalars['String']['output'];
  salePrice: Money;
  stock: Scalars['Int']['output'];
  stockCode?: Maybe<Scalars['String']['output']>;
  vatRate?: Maybe<Scalars['Int']['output']>;
};

export type ProductAttribute = {
  __typename?: 'ProductAttribute';
  id?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
  valueId?: Maybe<Scalars['String']['output']>;
};

export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

/** What a product pull did. */
export type ProductPullReport = {
  __typename?: 'ProductPullReport';
  read: Scalars['Int']['output'];
  /** Products without a usable code, or archived. */
  skipped: Scalars['Int']['output'];
  written: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The tenant's Paraşüt connection; null until connected. */
  accountingConnection?: Maybe<AccountingConnection>;
  /** The tenant's API keys (admin). */
  apiKeys: Array<ApiKey>;
  /** A Beymen store. storeId may be left out when exactly one Beymen store is connected. Null (with a coded error) when the Beymen service cannot answer, so the rest of a query still does. */
  beymen?: Maybe<BeymenApi>;
  catalogueProduct?: Maybe<CatalogueProduct>;
  /** The seller's products by code, searched by code, barcode or name (Turkish-aware). */
  catalogueProducts: CatalogueProductConnection;
  /** A store's listings matched to a catalogue product. */
  matchedListings: ListingConnection;
  /** One order of the caller's tenant by its id; null when there is none. */
  order?: Maybe<Order>;
  /** How many orders are in each status (for dashboard tiles), with the feed's filter. */
  orderCounts: Array<OrderStatusCount>;
  /** Order events after a cursor, oldest first: catch up over HTTP, then subscribe with the last id. */
  orderEventHistory: Array<OrderEvent>;
  /** Every store's orders, across marketplaces, newest first by default. `first` is 1 to 200 (20 by default). */
  orders: OrderConnection;
  /** A Pazarama store. storeId may be left out when exactly one Pazarama store is connected. Null (with a coded error) when the Pazarama service cannot answer, so the rest of a query still does. */
  pazarama?: Maybe<PazaramaApi>;
  store?: Maybe<Store>;
  /** The caller's stores. */
  stores: Array<Store>;
  /** For a store's unmatched listings, the catalogue product that fits each: by barcode, then code, then name. */
  suggestedMatches: MatchSuggestionConnection;
  /** The tenant's distributor accounts and their feeds' state. */
  suppliers: Array<Supplier>;
  /** A Trendyol store. storeId may be left out when exactly one Trendyol store is connected. Null (with a coded error) when it cannot be served, so the rest of a query still answers. */
  trendyol?: Maybe<TrendyolApi>;
  /** A store's listings no catalogue product is matched to yet. */
  unmatchedListings: ListingConnection;
};


export type QueryBeymenArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryCatalogueProductArgs = {
  code: Scalars['String']['input'];
};


export type QueryCatalogueProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMatchedListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  storeId: Scalars['ID']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrderCountsArgs = {
  filter?: InputMaybe<OrderFeedFilter>;
};


export type QueryOrderEventHistoryArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<OrderEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFeedFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<OrderOrder>;
};


export type QueryPazaramaArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryStoreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoresArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QuerySuggestedMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  storeId: Scalars['ID']['input'];
};


export type QueryTrendyolArgs = {
  storeId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUnmatchedListingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  storeId: Scalars['ID']['input'];
};

/** A return or cancellation request on an order. */
export type Refund = {
  __typename?: 'Refund';
  amount?: Maybe<Money>;
  cargoCompany?: Maybe<Scalars['String']['output']>;
  customer: Customer;
  decidedBy?: Maybe<DecidedBy>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Images attached to the request or to the seller's answer. */
  images?: Maybe<Array<Scalars['String']['output']>>;
  kind: RefundKind;
  marketplace: Marketplace;
  marketplaceStatus: MarketplaceStatus;
  /** The marketplace's refund number. */
  number?: Maybe<Scalars['String']['output']>;
  orderNumber: Scalars['String']['output'];
  /** Total of the order the refund belongs to. */
  orderTotal?: Maybe<Money>;
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  productCode?: Maybe<Scalars['String']['output']>;
  productName?: Maybe<Scalars['String']['output']>;
  quantity?: Maybe<Scalars['Int']['output']>;
  /** The customer's reason. */
  reason?: Maybe<Scalars['String']['output']>;
  requestedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The seller's reason, when the seller disputed or rejected the request. */
  sellerReason?: Maybe<Scalars['String']['output']>;
  /** Return shipment code, where the marketplace issues one. */
  shipmentCode?: Maybe<Scalars['String']['output']>;
  status: RefundStatus;
};

export type RefundConnection = {
  __typename?: 'RefundConnection';
  edges: Array<RefundEdge>;
  pageInfo: PageInfo;
  /** Total matching items, where the marketplace reports it. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

/** A photo or document sent with a refund answer: a URL (Beymen) or the file itself (Pazarama). */
export type RefundDocumentInput = {
  /** The file's bytes, base64-encoded. */
  contentBase64?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Public http(s) URL of the file. */
  url?: InputMaybe<Scalars['String']['input']>;
};

export type RefundEdge = {
  __typename?: 'RefundEdge';
  cursor: Scalars['String']['output'];
  node: Refund;
};

/** Which refunds to list. Dates are inclusive at the start and exclusive at the end. */
export type RefundFilter = {
  orderNumber?: InputMaybe<Scalars['String']['input']>;
  requestedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  requestedTo?: InputMaybe<Scalars['DateTime']['input']>;
  statuses?: InputMaybe<Array<RefundStatus>>;
};

/** Whether a refund is a return or a cancellation request. */
export type RefundKind =
  | 'CANCELLATION'
  | 'RETURN';

/** Why the seller rejects (disputes) a return. Every reason but PACKAGE_EMPTY and PACKAGE_NOT_RECEIVED needs photos. */
export type RefundRejectReason =
  | 'EXCESS_PRODUCT_RECEIVED'
  | 'OTHER'
  | 'PACKAGE_EMPTY'
  | 'PACKAGE_NOT_RECEIVED'
  | 'PART_MISSING'
  | 'PRODUCT_DEFECTIVE_OR_DAMAGED'
  | 'PRODUCT_FAKE'
  | 'PRODUCT_NOT_DEFECTIVE'
  | 'PRODUCT_NOT_WRONG'
  | 'PRODUCT_USED'
  | 'QUANTITY_MISSING'
  | 'RECEIVED_PRODUCT_NOT_MINE'
  | 'WRONG_PRODUCT';

/** Unified status of a return or cancellation request. */
export type RefundStatus =
  | 'ACTION_NEEDED'
  | 'APPROVED'
  | 'CANCELLED'
  | 'IN_DISPUTE'
  | 'PENDING'
  | 'REJECTED'
  | 'UNDER_REVIEW'
  | 'UNKNOWN';

export type RejectRefundInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  documents?: InputMaybe<Array<RefundDocumentInput>>;
  /** Units; all of the refund when left out. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Required for returns; cancellation requests are rejected without one. */
  reason?: InputMaybe<RefundRejectReason>;
  /** Refund.id */
  refundId: Scalars['ID']['input'];
};

export type ShipPackageInput = {
  /** The marketplace's cargo company code; the store's default when left out. */
  cargoCompany?: InputMaybe<Scalars['String']['input']>;
  orderNumber: Scalars['String']['input'];
  /** Package.code; required when the order has several open packages. */
  packageCode?: InputMaybe<Scalars['String']['input']>;
  trackingNumber: Scalars['String']['input'];
  trackingUrl?: InputMaybe<Scalars['String']['input']>;
};

/** The last stock the catalogue pushed to a listing, and whether its marketplace took it. */
export type StockPush = {
  __typename?: 'StockPush';
  at: Scalars['DateTime']['output'];
  /** The marketplace's refusal; null when it took the stock. */
  error?: Maybe<Scalars['String']['output']>;
  quantity: Scalars['Int']['output'];
};

/** A seller's connection to one marketplace store. */
export type Store = {
  __typename?: 'Store';
  /** Passive stores are not polled. */
  active: Scalars['Boolean']['output'];
  /** Whether the store's credentials were last seen to work; UNKNOWN until tested. */
  apiStatus: ApiStatus;
  apiStatusCheckedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The marketplace's message when the credentials were refused. */
  apiStatusMessage?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Whether credentials are set (they are never returned). */
  hasCredentials: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  marketplace: Marketplace;
  /** The title the seller gave the store. */
  name: Scalars['String']['output'];
  /** The seller id at the marketplace, where it uses one. */
  sellerId?: Maybe<Scalars['String']['output']>;
  settings: StoreSettings;
  /** The store's order sync; null until its poller first ran. */
  sync?: Maybe<StoreSync>;
  /** Test mode points the store at the marketplace's test host (our sandbox locally). */
  testMode: Scalars['Boolean']['output'];
};

/** The fields a store's marketplace needs: Pazarama: clientId, clientSecret. Beymen: apiKey, apiPassword. Trendyol: sellerId, apiKey, apiSecret. sellerId where the marketplace uses one. */
export type StoreCredentialsInput = {
  /** Beymen: the API key (Basic auth user name). Trendyol: the API key (Basic auth user name). */
  apiKey?: InputMaybe<Scalars['String']['input']>;
  /** Beymen: the API password. */
  apiPassword?: InputMaybe<Scalars['String']['input']>;
  /** Trendyol: the API secret. */
  apiSecret?: InputMaybe<Scalars['String']['input']>;
  /** Pazarama: the API client id (İş Ortağım › Hesap Bilgileri › Entegrasyon). */
  clientId?: InputMaybe<Scalars['String']['input']>;
  /** Pazarama: the API client secret. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** Trendyol: the seller (supplier) id, digits (Hesap Bilgilerim › Entegrasyon Bilgileri). */
  sellerId?: InputMaybe<Scalars['String']['input']>;
};

/** How a store works (the store-management document's settings). */
export type StoreSettings = {
  __typename?: 'StoreSettings';
  /** Deduct stock automatically when an order arrives. */
  autoDeductStock: Scalars['Boolean']['output'];
  /** Brand for new products when none is given. */
  defaultBrandId?: Maybe<Scalars['ID']['output']>;
  /** Cargo company used when shipping without naming one. */
  defaultCargoCompany?: Maybe<Scalars['String']['output']>;
  /** Category for new products when none is given. */
  defaultCategoryId?: Maybe<Scalars['ID']['output']>;
  /** The price list products are sent with (publishPrices). */
  defaultPriceList?: Maybe<Scalars['String']['output']>;
  /** Warehouse the store's orders are taken from. */
  defaultWarehouse?: Maybe<Scalars['String']['output']>;
  /** Percent added to the price list's prices for this store (0 to 1000, at most 2 decimals); null: none. */
  priceMarkupPercent?: Maybe<Scalars['Decimal']['output']>;
};

export type StoreSettingsInput = {
  autoDeductStock?: InputMaybe<Scalars['Boolean']['input']>;
  defaultBrandId?: InputMaybe<Scalars['ID']['input']>;
  defaultCargoCompany?: InputMaybe<Scalars['String']['input']>;
  defaultCategoryId?: InputMaybe<Scalars['ID']['input']>;
  defaultPriceList?: InputMaybe<Scalars['String']['input']>;
  defaultWarehouse?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 1000, at most 2 decimals. */
  priceMarkupPercent?: InputMaybe<Scalars['Decimal']['input']>;
};

/** How the store's orders are kept in step with the marketplace (its poller). */
export type StoreSync = {
  __typename?: 'StoreSync';
  /** When a poll was last attempted. */
  lastAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the latest poll failed (code and message); null when it succeeded. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** When a poll last failed. */
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** When a poll of the store last succeeded. */
  lastSuccessAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many of the store's orders the order hub holds. */
  ordersKnown: Scalars['Int']['output'];
  /** Requests made to the marketplace by the poller over the last hour. */
  restCallsLastHour: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Orders' accounting status changes as the push worker makes them (live only; Order.accounting has the state). */
  accountingEvents: AccountingEvent;
  /** New orders and status changes as the pollers see them. Pass `after` (the last id you got) to resume without gaps. */
  orderEvents: OrderEvent;
};


export type SubscriptionAccountingEventsArgs = {
  auth?: InputMaybe<Scalars['String']['input']>;
};


export type SubscriptionOrderEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  auth?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderEventFilter>;
};

/** An account at a distributor: its feed keeps the catalogue's supplier prices and stocks; supplier orders go to it. */
export type Supplier = {
  __typename?: 'Supplier';
  active: Scalars['Boolean']['output'];
  /** Whether a dealer token is stored (it is never returned). */
  hasToken: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: SupplierKind;
  name: Scalars['String']['output'];
  /** The catalogue price lists the feed keeps (dealer, end user, special). */
  priceLists: Array<Scalars['String']['output']>;
  sync: SupplierSyncState;
  /** Talks to the distributor's sandbox. */
  testMode: Scalars['Boolean']['output'];
  warehouses: Array<SupplierWarehouse>;
};

/** A distributor account. The token is sealed and never returned; leave it out to keep the stored one. */
export type SupplierInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** Lowercase letters, digits and '-', up to 63. */
  id: Scalars['ID']['input'];
  kind?: SupplierKind;
  name: Scalars['String']['input'];
  /** Use the distributor's sandbox. */
  testMode?: Scalars['Boolean']['input'];
  /** The dealer token. */
  token?: InputMaybe<Scalars['String']['input']>;
};

/** The distributor's API. PENTA: Penta Teknoloji's dealer API (see the README for what is not verified). */
export type SupplierKind =
  | 'PENTA';

/** A purchase order to a distributor for a marketplace order, and where it is. */
export type SupplierOrder = {
  __typename?: 'SupplierOrder';
  cargoCompany?: Maybe<Scalars['String']['output']>;
  /** When the distributor was last asked. */
  checkedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The distributor's refusal, or why the last send or read failed. */
  error?: Maybe<Scalars['String']['output']>;
  /** Also the reference the distributor keeps (the same reference is never a second order). */
  id: Scalars['ID']['output'];
  lines: Array<SupplierOrderLineView>;
  placedAt: Scalars['DateTime']['output'];
  status: SupplierOrderStatus;
  supplierId: Scalars['ID']['output'];
  /** The distributor's order number. */
  supplierOrderId?: Maybe<Scalars['String']['output']>;
  trackingNumber?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** The storage place the goods come from. */
  warehouse: Scalars['String']['output'];
};

/** What a supplier order asks for one catalogue product. */
export type SupplierOrderLineView = {
  __typename?: 'SupplierOrderLineView';
  /** The order lines it covers (OrderLine.id). */
  lineIds: Array<Scalars['ID']['output']>;
  /** The catalogue product's code. */
  productCode: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** The distributor's code for it. */
  supplierCode: Scalars['String']['output'];
};

/** PLACING: written, not yet confirmed by the distributor (it is sent again, as the same order, until it is). REFUSED: the distributor said no (see error); placing it again is allowed. UNKNOWN: a status the distributor sent that is not known here (see error). */
export type SupplierOrderStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'PLACING'
  | 'PREPARING'
  | 'RECEIVED'
  | 'REFUSED'
  | 'SHIPPED'
  | 'UNKNOWN';

export type SupplierRowProblem = {
  __typename?: 'SupplierRowProblem';
  code?: Maybe<Scalars['String']['output']>;
  problem: Scalars['String']['output'];
};

/** The supplier feed's last read into the catalogue. */
export type SupplierSyncState = {
  __typename?: 'SupplierSyncState';
  created?: Maybe<Scalars['Int']['output']>;
  /** Whether the last good read was the whole feed. */
  full?: Maybe<Scalars['Boolean']['output']>;
  lastAt?: Maybe<Scalars['DateTime']['output']>;
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the last good read started: the next reads what changed since that day. */
  lastStartedAt?: Maybe<Scalars['DateTime']['output']>;
  problems: Array<SupplierRowProblem>;
  read?: Maybe<Scalars['Int']['output']>;
  /** Rows that could not be read or applied. */
  skipped?: Maybe<Scalars['Int']['output']>;
  updated?: Maybe<Scalars['Int']['output']>;
};

/** A distributor storage place supplier orders can come from, and the catalogue warehouse its stock is kept under. */
export type SupplierWarehouse = {
  __typename?: 'SupplierWarehouse';
  /** The distributor's code, e.g. "2011" (Penta's external warehouse). */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** The catalogue warehouse, e.g. "Penta 2011". */
  warehouse: Scalars['String']['output'];
};

/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApi = {
  __typename?: 'TrendyolAPI';
  /** A batch request's result (product create, price and stock update). */
  batch?: Maybe<TrendyolBatch>;
  /** Trendyol's brands, searched Turkish-aware by name. */
  brands?: Maybe<BrandConnection>;
  /** Cargo providers a package can be moved to. */
  cargoProviders: Array<TrendyolCargoProvider>;
  /** A leaf category's attributes. */
  categoryAttributes?: Maybe<Array<CategoryAttribute>>;
  /** Trendyol's category tree; products go in leaves only. */
  categoryTree?: Maybe<Array<Category>>;
  /** Reasons the seller can object to a return with. */
  claimIssueReasons?: Maybe<Array<TrendyolReason>>;
  /** The newest package of a customer's order number. */
  order?: Maybe<Order>;
  /** Shipment packages created in a window (the last 30 days when open, at most three months back), newest first; each is one Order. */
  orders?: Maybe<OrderConnection>;
  /** One product by barcode. */
  product?: Maybe<Product>;
  products?: Maybe<ProductConnection>;
  /** Returns (Trendyol claims): one Refund per returned unit (claim item), newest first. */
  refunds?: Maybe<RefundConnection>;
  storeId: Scalars['ID']['output'];
  /** Reasons for lines the seller cannot supply. */
  unsuppliedReasons: Array<TrendyolReason>;
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiBatchArgs = {
  batchRequestId: Scalars['ID']['input'];
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiBrandsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiCategoryAttributesArgs = {
  categoryId: Scalars['ID']['input'];
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiOrderArgs = {
  number: Scalars['String']['input'];
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiProductArgs = {
  code: Scalars['String']['input'];
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  approved?: InputMaybe<Scalars['Boolean']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One Trendyol store's data. Fields that fail return null with a typed error; the others still answer. */
export type TrendyolApiRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RefundFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TrendyolAttributeInput = {
  /** CategoryAttribute.id */
  attributeId: Scalars['ID']['input'];
  /** A free value, where the attribute allows one. */
  customValue?: InputMaybe<Scalars['String']['input']>;
  /** One of the attribute's values. */
  valueId?: InputMaybe<Scalars['ID']['input']>;
};

/** A Trendyol batch request (product create, price and stock update): IN_PROGRESS until it has run. */
export type TrendyolBatch = {
  __typename?: 'TrendyolBatch';
  batchRequestId: Scalars['ID']['output'];
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  failedItemCount?: Maybe<Scalars['Int']['output']>;
  itemCount?: Maybe<Scalars['Int']['output']>;
  items: Array<TrendyolBatchItem>;
  /** IN_PROGRESS or COMPLETED; null right after the request. */
  status?: Maybe<Scalars['String']['output']>;
  type?: Maybe<Scalars['String']['output']>;
};

/** One item of a Trendyol batch request. */
export type TrendyolBatchItem = {
  __typename?: 'TrendyolBatchItem';
  /** The item's barcode. */
  barcode?: Maybe<Scalars['String']['output']>;
  failureReasons: Array<Scalars['String']['output']>;
  /** SUCCESS or FAILED. */
  status: Scalars['String']['output'];
};

/** A cargo provider a Trendyol package can be moved to. */
export type TrendyolCargoProvider = {
  __typename?: 'TrendyolCargoProvider';
  /** Trendyol's code, e.g. YKMP. */
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Writes to one Trendyol store. */
export type TrendyolMutations = {
  __typename?: 'TrendyolMutations';
  /** Approves a returned unit (the return must be ACTION_NEEDED). */
  approveRefund: Refund;
  /** Moves an open package to another cargo provider (a code of trendyol { cargoProviders }). */
  changeCargoProvider: Order;
  /** Creates up to 1,000 products in one batch; read its result with trendyol { batch(batchRequestId) }. */
  createProducts: TrendyolBatch;
  /** Created or Picking → Invoiced, with the invoice number. */
  invoice: Order;
  /** Lines the seller cannot supply (all or some units), with a reason of trendyol { unsuppliedReasons }. */
  markUnsupplied: Order;
  /** Objects to a return (Trendyol's claim issue), with a reason of trendyol { claimIssueReasons }: it goes to Trendyol's review. */
  objectToRefund: Refund;
  /** Starts preparing a package: Created → Picking (every line, whole). */
  pick: Order;
  storeId: Scalars['ID']['output'];
  /** Updates stock and prices of up to 1,000 barcodes; Trendyol refuses an identical request within 15 minutes. */
  updatePriceAndInventory: TrendyolBatch;
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsApproveRefundArgs = {
  refundId: Scalars['ID']['input'];
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsChangeCargoProviderArgs = {
  orderId: Scalars['ID']['input'];
  provider: Scalars['String']['input'];
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsCreateProductsArgs = {
  products: Array<TrendyolProductInput>;
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsInvoiceArgs = {
  invoiceNumber: Scalars['String']['input'];
  orderId: Scalars['ID']['input'];
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsMarkUnsuppliedArgs = {
  lines: Array<LineQuantityInput>;
  orderId: Scalars['ID']['input'];
  reasonId: Scalars['Int']['input'];
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsObjectToRefundArgs = {
  description: Scalars['String']['input'];
  reasonId: Scalars['Int']['input'];
  refundId: Scalars['ID']['input'];
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsPickArgs = {
  orderId: Scalars['ID']['input'];
};


/** Writes to one Trendyol store. */
export type TrendyolMutationsUpdatePriceAndInventoryArgs = {
  items: Array<TrendyolPriceInventoryInput>;
};

/** New stock and/or prices for one barcode. */
export type TrendyolPriceInventoryInput = {
  barcode: Scalars['String']['input'];
  /** With salePrice; at least salePrice. */
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** 0 to 20,000. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  salePrice?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A product to create on Trendyol (createProducts v2). */
export type TrendyolProductInput = {
  attributes?: InputMaybe<Array<TrendyolAttributeInput>>;
  barcode: Scalars['String']['input'];
  brandId: Scalars['ID']['input'];
  /** A leaf of trendyol { categoryTree }. */
  categoryId: Scalars['ID']['input'];
  description: Scalars['String']['input'];
  /** Desi. @default 1 */
  dimensionalWeight?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 8 https image URLs. */
  images: Array<Scalars['String']['input']>;
  listPrice: Scalars['Decimal']['input'];
  /** Groups the variants of one product. */
  productMainId: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
  salePrice: Scalars['Decimal']['input'];
  stockCode: Scalars['String']['input'];
  title: Scalars['String']['input'];
  /** 0, 1, 10 or 20. */
  vatRate: Scalars['Int']['input'];
};

/** A reason code: unsupplied lines, or the seller's objection to a return. */
export type TrendyolReason = {
  __typename?: 'TrendyolReason';
  id: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** New price and/or stock of one product. Amounts are in the product's currency. */
export type UpdatePriceAndStockInput = {
  /** Price before discount. */
  listPrice?: InputMaybe<Scalars['Decimal']['input']>;
  /** Product.id */
  productId: Scalars['ID']['input'];
  /** Price the customer pays. */
  salePrice?: InputMaybe<Scalars['Decimal']['input']>;
  stock?: InputMaybe<Scalars['Int']['input']>;
};

export type UpdateStoreInput = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  testMode?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A product's stock in one warehouse. */
export type WarehouseStock = {
  __typename?: 'WarehouseStock';
  quantity: Scalars['Int']['output'];
  warehouse: Scalars['String']['output'];
};

export type WarehouseStockInput = {
  quantity: Scalars['Int']['input'];
  warehouse: Scalars['String']['input'];
};

export type PazaramaCategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type PazaramaCategoryTreeQuery = { __typename?: 'Query', pazarama?: { __typename?: 'PazaramaAPI', categoryTree?: Array<{ __typename?: 'Category', id: string, name: string, leaf: boolean, depth: number, children: Array<{ __typename?: 'Category', id: string, name: string, leaf: boolean, depth: number, children: Array<{ __typename?: 'Category', id: string, name: string, leaf: boolean, depth: number, children: Array<{ __typename?: 'Category', id: string, name: string, leaf: boolean, depth: number }> }> }> }> | null } | null };

export type CategoryNodeFragment = { __typename?: 'Category', id: string, name: string, leaf: boolean, depth: number };

export type PazaramaCategoryAttributesQueryVariables = Exact<{
  categoryId: Scalars['ID']['input'];
}>;


export type PazaramaCategoryAttributesQuery = { __typename?: 'Query', pazarama?: { __typename?: 'PazaramaAPI', categoryAttributes?: Array<{ __typename?: 'CategoryAttribute', id: string, name: string, required: boolean, variant: boolean, values: Array<{ __typename?: 'CategoryAttributeValue', id: string, value: string }> }> | null } | null };

export type PazaramaBrandsQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PazaramaBrandsQuery = { __typename?: 'Query', pazarama?: { __typename?: 'PazaramaAPI', brands?: { __typename?: 'BrandConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'BrandEdge', node: { __typename?: 'Brand', id: string, name: string } }> } | null } | null };

export type OrderEventsSubscriptionVariables = Exact<{
  filter?: InputMaybe<OrderEventFilter>;
  after?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OrderEventsSubscription = { __typename?: 'Subscription', orderEvents: { __typename?: 'OrderEvent', id: string, kind: OrderEventKind, occurredAt: string, marketplace: Marketplace, previousStatus?: OrderStatus | null, status: OrderStatus, order: { __typename?: 'Order', id: string, number: string, status: OrderStatus, store: { __typename?: 'Store', id: string, name: string }, totals: { __typename?: 'OrderTotals', total: { __typename?: 'Money', amount: string, currency: string } } } } };

export type OrderEventHistoryQueryVariables = Exact<{
  filter?: InputMaybe<OrderEventFilter>;
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OrderEventHistoryQuery = { __typename?: 'Query', orderEventHistory: Array<{ __typename?: 'OrderEvent', id: string, kind: OrderEventKind, status: OrderStatus, order: { __typename?: 'Order', number: string } }> };

export type PazaramaOrdersQueryVariables = Exact<{
  storeId?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PazaramaOrdersQuery = { __typename?: 'Query', pazarama?: { __typename?: 'PazaramaAPI', storeId: string, orders?: { __typename?: 'OrderConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', cursor: string, node: { __typename?: 'Order', id: string, number: string, marketplace: Marketplace, createdAt: string, status: OrderStatus, paymentMethod?: string | null, marketplaceStatus: { __typename?: 'MarketplaceStatus', code: string, label?: string | null }, store: { __typename?: 'Store', id: string, name: string }, customer: { __typename?: 'Customer', name?: string | null, email?: string | null }, shippingAddress?: { __typename?: 'Address', city?: string | null, district?: string | null, fullText?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', id: string, status: OrderStatus, quantity: number, productName: string, productCode?: string | null, salePrice: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string } }>, packages: Array<{ __typename?: 'Package', code?: string | null, status: OrderStatus, cargoCompany?: string | null, trackingNumber?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string }> }>, totals: { __typename?: 'OrderTotals', gross: { __typename?: 'Money', amount: string, currency: string }, discount: { __typename?: 'Money', amount: string }, shipping: { __typename?: 'Money', amount: string }, total: { __typename?: 'Money', amount: string, currency: string } } } }> } | null } | null };

export type PazaramaOrderQueryVariables = Exact<{
  number: Scalars['String']['input'];
  placedAt?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type PazaramaOrderQuery = { __typename?: 'Query', pazarama?: { __typename?: 'PazaramaAPI', order?: { __typename?: 'Order', id: string, number: string, marketplace: Marketplace, createdAt: string, status: OrderStatus, paymentMethod?: string | null, marketplaceStatus: { __typename?: 'MarketplaceStatus', code: string, label?: string | null }, store: { __typename?: 'Store', id: string, name: string }, customer: { __typename?: 'Customer', name?: string | null, email?: string | null }, shippingAddress?: { __typename?: 'Address', city?: string | null, district?: string | null, fullText?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', id: string, status: OrderStatus, quantity: number, productName: string, productCode?: string | null, salePrice: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string } }>, packages: Array<{ __typename?: 'Package', code?: string | null, status: OrderStatus, cargoCompany?: string | null, trackingNumber?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string }> }>, totals: { __typename?: 'OrderTotals', gross: { __typename?: 'Money', amount: string, currency: string }, discount: { __typename?: 'Money', amount: string }, shipping: { __typename?: 'Money', amount: string }, total: { __typename?: 'Money', amount: string, currency: string } } } | null } | null };

export type OrderDetailFragment = { __typename?: 'Order', id: string, number: string, marketplace: Marketplace, createdAt: string, status: OrderStatus, paymentMethod?: string | null, marketplaceStatus: { __typename?: 'MarketplaceStatus', code: string, label?: string | null }, store: { __typename?: 'Store', id: string, name: string }, customer: { __typename?: 'Customer', name?: string | null, email?: string | null }, shippingAddress?: { __typename?: 'Address', city?: string | null, district?: string | null, fullText?: string | null } | null, lines: Array<{ __typename?: 'OrderLine', id: string, status: OrderStatus, quantity: number, productName: string, productCode?: string | null, salePrice: { __typename?: 'Money', amount: string, currency: string }, total: { __typename?: 'Money', amount: string, currency: string } }>, packages: Array<{ __typename?: 'Package', code?: string | null, status: OrderStatus, cargoCompany?: string | null, trackingNumber?: string | null, lines: Array<{ __typename?: 'OrderLine', id: string }> }>, totals: { __typename?: 'OrderTotals', gross: { __typename?: 'Money', amount: string, currency: string }, discount: { __typename?: 'Money', amount: string }, shipping: { __typename?: 'Money', amount: string }, total: { __typename?: 'Money', amount: string, currency: string } } };

export type StoresQueryVariables = Exact<{ [key: string]: never; }>;


export type StoresQuery = { __typename?: 'Query', stores: Array<{ __typename?: 'Store', id: string, name: string, marketplace: Marketplace, active: boolean, testMode: boolean, apiStatus: ApiStatus }> };

export const CategoryNodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaf"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]} as unknown as DocumentNode<CategoryNodeFragment, unknown>;
export const OrderDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"marketplace"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"fullText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cargoCompany"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDetailFragment, unknown>;
export const PazaramaCategoryTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PazaramaCategoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pazarama"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryNode"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryNode"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryNode"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaf"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}}]} as unknown as DocumentNode<PazaramaCategoryTreeQuery, PazaramaCategoryTreeQueryVariables>;
export const PazaramaCategoryAttributesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PazaramaCategoryAttributes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pazarama"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryAttributes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"categoryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"categoryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PazaramaCategoryAttributesQuery, PazaramaCategoryAttributesQueryVariables>;
export const PazaramaBrandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PazaramaBrands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pazarama"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"brands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PazaramaBrandsQuery, PazaramaBrandsQueryVariables>;
export const OrderEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"marketplace"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderEventsSubscription, OrderEventsSubscriptionVariables>;
export const OrderEventHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderEventHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderEventHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<OrderEventHistoryQuery, OrderEventHistoryQueryVariables>;
export const PazaramaOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PazaramaOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pazarama"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"storeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"storeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"storeId"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"marketplace"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"fullText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cargoCompany"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PazaramaOrdersQuery, PazaramaOrdersQueryVariables>;
export const PazaramaOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PazaramaOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"placedAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pazarama"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}},{"kind":"Argument","name":{"kind":"Name","value":"placedAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"placedAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"marketplace"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"marketplaceStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"store"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"fullText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"productCode"}},{"kind":"Field","name":{"kind":"Name","value":"salePrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cargoCompany"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gross"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<PazaramaOrderQuery, PazaramaOrderQueryVariables>;
export const StoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"marketplace"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"testMode"}},{"kind":"Field","name":{"kind":"Name","value":"apiStatus"}}]}}]}}]} as unknown as DocumentNode<StoresQuery, StoresQueryVariables>;