// Beymen partner API shapes (004_07be5bc20730d124.txt), as the client reads and writes them.
export interface BmPage<T> {
  items: T[];
  page: number;
  itemsPerPage: number;
  /** Not reliable for walking pages (see the sandbox header); use `total`. */
  pageCount: number;
  total: number;
}
export interface BmErrorBody {
  status: number;
  traceId: string;
  errors: Record<string, string[]>;
}
export interface BmIdName {
  id: string;
  name: string;
}
export interface BmAttributeValue {
  id: string;
  value: string;
  type: number;
}
export type BmAttributeType = "Brand" | "Gender" | "Color" | "Size";
export interface BmCategoryNode {
  id: string;
  name: string;
  hasChild: boolean;
}
export interface BmCategoryAttribute {
  id: string;
  name: string;
  isFreeText: boolean;
  required: boolean;
  items: Array<{ id: number; value: string }>;
}
export interface BmCategoryDetail {
  id: string;
  name: string;
  parentId: string | null;
  hasChild: boolean;
  canHaveProduct: boolean;
  level: number;
  attributes: BmCategoryAttribute[];
  hierarchy: number[];
}
export interface BmPrice {
  value: number;
  currency: string;
}
export interface BmProduct {
  id: string;
  externalId?: string;
  name: string;
  barcode: string;
  modelCode: string;
  stockCode: string | null;
  brand: BmIdName | null;
  category: BmIdName | null;
  description: string | null;
  merchantColorCode: string | null;
  size: BmIdName | null;
  gender: BmIdName | null;
  platformColor: BmIdName | null;
  commission: number | null;
  salesPrice: BmPrice | null;
  platformSalesPrice: BmPrice | null;
  vatRate: number | null;
  desi: number | null;
  stock: { count: number } | null;
  status: { status: string; localizedDescription: string } | null;
  subStatus: { status: string; localizedDescription: string } | null;
  images: Array<{ id: number; thumbnailPath: string; originalPath: string; isImageRevised: boolean }> | null;
  revisionText: string | null;
  selectedAttributes: Array<{ id: string; name: string; items: { id: number; value: string } }> | null;
  customAttributes: Array<{ id: string; name: string; value: string }> | null;
  version?: string;
}
export interface BmAddress {
  id: string | null;
  customerName: string | null;
  company: string | null;
  address: string | null;
  cityCode: string | null;
  city: string | null;
  district: string | null;
  neighborhood: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  tcIdentityNumber?: string | null;
  taxNumber?: string | null;
  taxHouse?: string | null;
}
export interface BmLineProduct {
  id: string;
  name: string;
  barcode: string;
  modelCode: string;
  stockCode: string | null;
  color: string | null;
  size: BmIdName | null;
  brand: BmIdName | null;
  category: BmIdName | null;
  merchantColorCode: string | null;
  gender: BmIdName | null;
  platformColor: BmIdName | null;
  images: string[] | null;
}
export interface BmShipmentLine {
  /** A label in order lists ("Yeni Sipariş"), a number in claim lists. */
  status: string | number;
  id: string | null;
  productId: string;
  quantity: number;
  orderLineId: string;
  currencyCode: string | null;
  price: number;
  couponPrice?: number | null;
  vatAmount: number;
  commission: number | null;
  desi: number | null;
  vatRate: number | null;
  gift: boolean | null;
  giftNote: string | null;
  product: BmLineProduct;
  cancelReasonStatus?: number | null;
}
export interface BmPackage {
  id: string;
  orderId: string;
  mpOrderId?: string;
  orderNumber: string;
  orderDate: string;
  customerDeliveryDate: string | null;
  shipmentNumber: string;
  shipmentProvider: string | null;
  shipmentTrackingNumber: string | null;
  shipmentTrackingUrl?: string | null;
  customerName: string;
  totalAmount: number;
  totalVatAmount: number;
  totalCouponAmount?: number | null;
  currencyCode: string | null;
  maxPermittedShippingTime: string | null;
  shipmentStatus: number;
  shipmentLines: BmShipmentLine[];
  shipmentAddress: BmAddress | null;
  invoiceAddress: BmAddress | null;
  canceledDateTime?: string | null;
  fraudCheck?: boolean | null;
  isAlternativeDelivery?: boolean | null;
  deliveryType?: number | null;
  isReturnedShipment?: boolean | null;
  customerPhoneNumber?: string | null;
}
export interface BmClaimLine extends BmShipmentLine {
  confirmType: number | null;
  customerReason: { code: string; description: string } | null;
  sellerReason: { type: number; description: string | null; images: string[] | null } | null;
  shipmentNumber: string | null;
}
export interface BmClaim {
  id: string;
  orderId: string;
  orderNumber: string;
  orderDate: string;
  customerDeliveryDate: string | null;
  shipmentNumber: string | null;
  shipmentProvider: string | null;
  shipmentTrackingNumber: string | null;
  customerName: string;
  totalAmount: number;
  totalVatAmount: number;
  currencyCode: string | null;
  shipmentLines: BmClaimLine[];
  shipmentTrackingUrl: string | null;
  claimDate: string;
}
export interface BmBatchResult {
  request: Record<string, unknown>;
  productId?: string | null;
  isSuccess: boolean;
  processResult: string;
}
export interface BmTransaction {
  id: string;
  transactionNumber: string;
  transactionType: string;
  orderNo: string;
  orderDate: string;
  transactionDate: string;
  amount: number;
  paymentPeriod: number;
}
export interface BmInvoice {
  id: string;
  invoiceNumber: string;
  invoiceTypeDescription: string;
  invoiceType: number;
  invoiceDate: string;
  paymentDate: string;
  amount: number;
  couponPrice: number | null;
  eInvoiceUrl: string | null;
  eInvoiceNumber: string | null;
}
/** A line of an invoice's detail: a commission invoice's (the example) or a cargo invoice's (the table's shipment fields). */
export interface BmInvoiceDetailLine {
  transactionNumber?: string | null;
  commissionType?: string | null;
  shipmentType?: string | null;
  shipmentNumber?: string | null;
  quantity?: number | null;
  shipmentCost?: number | null;
  desi?: number | null;
  orderNo: string;
  orderDate: string;
  transactionDate: string;
  productName?: string | null;
  barcode?: string | null;
  amount: number;
  couponPrice?: number | null;
  commission?: number | null;
  platformPayment?: number | null;
  sellerPayment?: number | null;
  paymentPeriod?: number | null;
  paymentDate?: string | null;
  mpOrderId?: string | null;
}
export interface BmFuture {
  totalSaleAmount: number;
  commissionCut: number;
  shipmentCut: number;
  penaltyCut: number;
  adCut: number;
  total: number;
  futureTransactionActivities: Array<{ date: string; amount: number }>;
  historyTransactionActivities: Array<{ date: string; amount: number }>;
  futureTotal: number;
  lastUpdateDate: string;
}
export interface BmStatementLine {
  sellerCode: string;
  documentDate: string;
  documentDueDate: string;
  documentAmount: number;
  currencyLoc: string;
  orderNo: string;
  description: string;
  itemText: string;
}
export interface BmCreateProduct {
  name: string;
  barcode: string;
  modelCode: string;
  description: string;
  brandId: string;
  categoryId: string;
  platformColor: string;
  size: string;
  gender: string;
  stockRequest: { stock: { count: number } };
  priceRequest: { salesPrice: BmPrice; platformPrice: BmPrice };
  vatRate: number;
  images: string[];
  desi?: number;
  attributes?: Array<{ attributeId: string; attributeOptionValue: string }>;
  merchantColorCode?: string;
  stockCode?: string;
}
export interface BmUpdateProduct {
  id: string;
  name: string;
  description: string;
  modelCode?: string;
  brandId?: string;
  categoryId?: string;
  platformColor?: string;
  size?: string;
  gender?: string;
  vatRate?: number;
  images?: string[];
  desi?: number;
  attributes?: Array<{ attributeId: string; attributeOptionValue: string }>;
  merchantColor?: string;
  stockCode?: string;
}
