// Pazarama's REST shapes as the document gives them (001_2030ddbdbe2ac23e.txt). Only what we read.
export interface PzEnvelope<T> {
  data: T;
  success: boolean;
  messageCode: string | null;
  message: string | null;
  userMessage: string | null;
  fromCache?: boolean;
}

export interface PzMoney {
  currency: string;
  value: number;
  valueInt: number;
  valueString?: string;
}

export interface PzToken {
  access_token: string;
  expires_in: number;
  token_type: string;
}

export interface PzBrand {
  id: string;
  name: string;
  logoUrl: string | null;
  website?: string | null;
  status?: boolean;
}

export interface PzCategory {
  id: string;
  parentId: string | null;
  parentCategories: string[] | null;
  name: string;
  displayName: string | null;
  displayOrder: number | null;
  leaf: boolean;
}

export interface PzCategoryWithAttributes {
  id: string;
  name: string;
  displayName: string | null;
  attributes: Array<{
    id: string;
    name: string;
    displayName: string | null;
    isVariantable: boolean;
    isRequired: boolean;
    attributeValues: Array<{ id: string; value: string }> | null;
  }>;
}

export interface PzCity {
  id: string;
  code: string;
  name: string;
}

export interface PzProductListItem {
  name: string;
  displayName: string | null;
  description: string | null;
  brandName: string | null;
  code: string;
  groupCode: string | null;
  stockCount: number;
  stockCode: string | null;
  listPrice: number;
  salePrice: number;
  vatRate: number;
  categoryName: string | null;
  state: number;
  status: string | null;
  attributes: Array<{ attributeName: string; attributeValue: string }> | null;
  images: Array<{ imageUrl: string }> | null;
}

export interface PzProductDetail {
  name: string;
  displayName: string | null;
  description: string | null;
  brandId: string | null;
  brandName: string | null;
  code: string;
  stockCount: number;
  stockCode: string | null;
  vatRate: number;
  listPrice: number;
  salePrice: number;
  categoryId: string | null;
  state: number;
  stateDescription: string | null;
  attributes: Array<{ attributeId: string; attributeValueId: string }> | null;
  images: Array<{ imageUrl: string }> | null;
  groupCode: string | null;
}

export interface PzAddress {
  addressId: string;
  nameSurname: string | null;
  customerEmail: string | null;
  cityName: string | null;
  districtName: string | null;
  neighborhoodName: string | null;
  addressDetail: string | null;
  displayAddressText: string | null;
  phoneNumber: string | null;
}

export interface PzBillingAddress extends PzAddress {
  identityNumber: string | null;
  invoiceType: number | null;
  companyName: string | null;
  taxNumber: string | null;
  taxOffice: string | null;
  isEInvoiceObliged: boolean | null;
}

export interface PzOrderItem {
  orderItemId: string;
  orderItemStatus: number;
  shipmentCode: string | null;
  /** 3.26: the seller address the item's package leaves from (getSellerDelivery's sellerShipmentAddresses). */
  sellerAddressId?: string | null;
  deliveryType: number;
  quantity: number;
  listPrice: PzMoney;
  salePrice: PzMoney;
  taxAmount: PzMoney | null;
  shipmentAmount: PzMoney | null;
  totalPrice: PzMoney;
  discountAmount: PzMoney | null;
  cargo: { companyName: string | null; trackingNumber: string | null; trackingUrl: string | null } | null;
  product: { productId: string; name: string; imageURL: string | null; variantOptionDisplay: string | null; stockCode: string | null; code: string | null; vatRate: number | null };
}

export interface PzOrder {
  orderId: string;
  orderNumber: number;
  orderDate: string;
  orderAmount: number;
  shipmentAmount: number;
  discountAmount: number;
  currency: string;
  paymentType: number;
  orderStatus: number | null;
  customerId: string | null;
  customerName: string | null;
  customerEmail: string | null;
  shipmentAddress: PzAddress | null;
  billingAddress: PzBillingAddress | null;
  items: PzOrderItem[];
}

export interface PzRefund {
  refundId: string;
  orderNumber: number;
  orderDate: string | null;
  refundNumber?: number | null;
  refundType: string | null;
  refundStatus: number;
  refundStatusName: string | null;
  refundDate: string | null;
  totalAmount: PzMoney | null;
  refundAmount: PzMoney | null;
  customerId: string | null;
  customerName: string | null;
  customerEmail: string | null;
  customerPhoneNumber: string | null;
  productName: string | null;
  productCode: string | null;
  shipmentCompanyName: string | null;
  shipmentCode: string | number | null;
  description: string | null;
  quantity?: number | null;
}

export interface PzRefundPage {
  responsePage: { pageSize: number; pageIndex: number; totalCount: number; totalPages: number };
  refundList: PzRefund[];
}

/** sellerRegister/getSellerDelivery, the parts the writes use. */
export interface PzSellerDelivery {
  cargoCompany: { cargoCompanies: Array<{ cargoCompanyId: string; cargoCardType: number; cargoCompanyName: string }> } | null;
  sellerShipmentAddresses?: Array<{ id: string; title: string; cityName?: string; districtName?: string }> | null;
}

/** updateRefund / api/cancel answer. */
export interface PzRefundUpdate {
  orderNumber: number;
  requestNo: number;
  refundId: string;
  orderItemId: string;
  refundType: string | null;
  refundStatus: string;
}

export interface PzCreateProduct {
  name: string;
  displayName: string;
  description: string;
  brandId: string;
  desi: number;
  code: string;
  groupCode: string;
  stockCode: string;
  stockCount: number;
  listPrice: number;
  salePrice: number;
  productSaleLimitQuantity?: number;
  currencyType: "TRY";
  vatRate: number;
  images: Array<{ imageurl: string }>;
  categoryId: string;
  attributes: Array<{ attributeId: string; attributeValueId: string }>;
  productCommercialAdditionalInfo?: { securityDescription: string };
  productCommercials?: Array<{ productCommercialId: string }>;
}

/** getProductBatchResult: 1 InProgress, 2 Done, 3 Error. */
export interface PzProductBatchResult {
  status: number;
  batchRequestId: string;
  batchResult: Array<{ code?: string; message?: string } & Record<string, unknown>>;
  totalCount: number;
  failedCount: number;
  creationDate: string;
}

export interface PzListingRow {
  id: string;
  code: string;
  price: { status: number; operationDetail: string; listPrice: number; salePrice: number } | null;
  stock: { status: number; operationDetail: string; count: number } | null;
  operationStatusText: string;
}

export interface PzListingResult {
  data: PzListingRow[];
  successCount: number;
  notCompletedCount: number;
  failedCount: number;
  processingCount: number;
  totalCount: number;
}

export interface PzCatalogProduct {
  productId: string;
  name: string;
  displayName: string;
  code: string;
  categoryName: string;
  brandName: string;
  vatRate: number;
  imageUrl: string;
  isVariantable: string;
}

export interface PzCommercial {
  commercialId: string;
  isImported: boolean;
  type: number;
  name: string;
  title: string;
  brand: string;
  email: string;
  address: string;
}

export interface PzQuestion {
  questionId: string;
  productName: string;
  productImageUrl?: string | null;
  barcode?: string | null;
  brand?: string | null;
  maskedUserName?: string | null;
  question?: string | null;
  questionDate: string;
  questionStatus: number;
  answer?: string | null;
  answerDate?: string | null;
  topicId?: string | null;
}

export interface PzPaymentAgreement {
  transactionList: Array<{
    orderId: number;
    trxCode: string;
    trxId: string;
    amount: number;
    installmentNumber: number;
    commissionAmount: number;
    couponDiscount: number;
    allowanceAmount: number;
    status: string;
    transactionDate: string;
    transferredDate: string;
  }>;
  totalAmount: number;
  totalCommission: number;
  totalAllowance: number;
}
