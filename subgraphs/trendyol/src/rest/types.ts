// Trendyol's integration API shapes, as its public developer pages show them (the client's own copy:
// it does not share code with the sandbox it is tested against).

export interface TyPage<T> {
  page: number;
  size: number;
  totalPages: number;
  totalElements: number;
  content: T[];
}

export interface TyCategory {
  id: number;
  name: string;
  parentId: number | null;
  subCategories: TyCategory[];
}

export interface TyCategoryAttributes {
  id: number;
  name: string;
  displayName: string;
  categoryAttributes: Array<{
    allowCustom: boolean;
    attribute: { id: number; name: string };
    attributeValues: Array<{ id: number; name: string }>;
    categoryId: number;
    required: boolean;
    varianter: boolean;
    slicer: boolean;
  }>;
}

export interface TyBrand {
  id: number;
  name: string;
}

export interface TyAddress {
  firstName?: string;
  lastName?: string;
  company?: string;
  address1?: string;
  address2?: string;
  city?: string;
  district?: string;
  neighborhood?: string;
  postalCode?: string;
  fullName?: string;
  fullAddress?: string;
  phone?: string | null;
}

export interface TyLine {
  id: number;
  quantity: number;
  productSize?: string;
  merchantSku?: string;
  productName: string;
  productCode?: number;
  /** Unit price before the seller's discount. */
  amount: number;
  /** The line's discount, all units. */
  discount: number;
  /** Unit price the customer pays. */
  price: number;
  currencyCode?: string;
  productColor?: string;
  sku?: string;
  /** VAT rate in percent. */
  vatBaseAmount?: number;
  barcode?: string;
  orderLineItemStatusName: string;
}

export interface TyPackage {
  id: number;
  orderNumber: string;
  orderDate: number;
  customerFirstName?: string;
  customerLastName?: string;
  customerEmail?: string;
  customerId?: number;
  tcIdentityNumber?: string;
  taxNumber?: string | null;
  shipmentAddress?: TyAddress | null;
  invoiceAddress?: TyAddress | null;
  grossAmount: number;
  totalDiscount: number;
  totalPrice: number;
  currencyCode?: string;
  cargoTrackingNumber?: number | null;
  cargoTrackingLink?: string | null;
  cargoProviderName?: string | null;
  lines: TyLine[];
  packageHistories?: Array<{ createdDate: number; status: string }>;
  shipmentPackageStatus?: string;
  status: string;
  invoiceNumber?: string;
  deliveryType?: string;
  estimatedDeliveryStartDate?: number;
  estimatedDeliveryEndDate?: number;
  agreedDeliveryDate?: number;
  fastDelivery?: boolean;
  lastModifiedDate: number;
  commercial?: boolean;
  warehouseId?: number;
}

export interface TyProduct {
  id: string;
  approved: boolean;
  archived: boolean;
  barcode: string;
  brand: string;
  brandId: number;
  categoryName: string;
  pimCategoryId: number;
  createDateTime: number;
  lastUpdateDate: number;
  description: string;
  title: string;
  productMainId: string;
  productCode: number;
  stockCode: string;
  quantity: number;
  listPrice: number;
  salePrice: number;
  vatRate: number;
  images: Array<{ url: string }>;
  attributes: Array<{ attributeId: number; attributeName: string; attributeValueId?: number; attributeValue: string }>;
  onSale: boolean;
  locked: boolean;
  rejected: boolean;
  blacklisted: boolean;
}

export interface TyClaimItem {
  id: string;
  orderLineItemId: number;
  customerClaimItemReason?: { id: number; name: string; code?: string };
  trendyolClaimItemReason?: { id: number; name: string; code?: string };
  claimItemStatus: { name: string };
  note?: string;
  customerNote?: string;
  resolved?: boolean;
}

export interface TyClaim {
  id: string;
  orderNumber: string;
  orderDate: number;
  customerFirstName?: string;
  customerLastName?: string;
  claimDate: number;
  cargoTrackingNumber?: number | null;
  cargoProviderName?: string | null;
  orderShipmentPackageId?: number;
  items: Array<{
    orderLine: { id: number; productName: string; barcode?: string; merchantSku?: string; productColor?: string; productSize?: string; price: number; vatBaseAmount?: number };
    claimItems: TyClaimItem[];
  }>;
  lastModifiedDate?: number;
}

export interface TyBatchResult {
  batchRequestId: string;
  items: Array<{ requestItem: unknown; status: string; failureReasons: string[] }>;
  creationDate: number;
  lastModification: number;
  itemCount: number;
  failedItemCount?: number;
  batchRequestType?: string;
  status?: string;
}

export interface TyCreateProduct {
  barcode: string;
  title: string;
  productMainId: string;
  brandId: number;
  categoryId: number;
  quantity: number;
  stockCode: string;
  dimensionalWeight: number;
  description: string;
  currencyType: "TRY";
  listPrice: number;
  salePrice: number;
  vatRate: number;
  images: Array<{ url: string }>;
  attributes: Array<{ attributeId: number; attributeValueId?: number; customAttributeValue?: string }>;
}

export interface TyInventoryItem {
  barcode: string;
  quantity?: number;
  salePrice?: number;
  listPrice?: number;
}

export interface TyLineRef {
  lineId: number;
  quantity: number;
}
