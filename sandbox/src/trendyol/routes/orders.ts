// Orders as shipment packages: the list (getShipmentPackages) and the seller's acts on a package —
// Picking, Invoiced (with an invoice number), unsupplied lines, and a change of cargo provider.
import type { FastifyInstance } from "fastify";
import { CARGO_PROVIDERS, PACKAGE_STATUSES, setPackageStatus, type TrendyolData, type TyPackage, UNSUPPLIED_REASONS } from "../data.ts";
import { epochMs, one, pageOf, paging, query, tyError } from "../http.ts";

/** Largest page of the order list (the v3 order pages). */
export const MAX_ORDER_PAGE = 200;
/** The order list reaches back three months. */
export const LOOKBACK_MS = 90 * 86_400_000;

type LineRef = { lineId?: unknown; quantity?: unknown };

export function orderRoutes(data: TrendyolData, now: () => number) {
  return async (app: FastifyInstance) => {
    const pkgOf = (id: string) => data.packages.find((p) => String(p.id) === id);

    app.get("/order/sellers/:sellerId/orders", async (req, reply) => {
      const q = query(req);
      const p = paging(req, reply, MAX_ORDER_PAGE);
      if (!p) return reply;
      const t = now();
      const start = epochMs(one(q.startDate));
      const end = epochMs(one(q.endDate));
      if (Number.isNaN(start) || Number.isNaN(end)) return tyError(reply, 400, "ValidationException", ["startDate and endDate are epoch milliseconds"]);
      const from = start ?? t - 7 * 86_400_000;
      const to = end ?? t;
      if (from < t - LOOKBACK_MS) return tyError(reply, 400, "ValidationException", ["startDate cannot be more than 3 months ago"]);
      if (to < from) return tyError(reply, 400, "ValidationException", ["endDate must be after startDate"]);
      const status = one(q.status);
      if (status && !(PACKAGE_STATUSES as readonly string[]).includes(status))
        return tyError(reply, 400, "ValidationException", [`status must be one of ${PACKAGE_STATUSES.join(", ")}`]);
      const orderNumber = one(q.orderNumber);
      const ids = one(q.shipmentPackageIds)?.split(",").filter(Boolean);
      const by = one(q.orderByField) ?? "PackageLastModifiedDate";
      if (by !== "PackageLastModifiedDate" && by !== "CreatedDate")
        return tyError(reply, 400, "ValidationException", ["orderByField must be PackageLastModifiedDate or CreatedDate"]);
      const dir = one(q.orderByDirection) ?? "DESC";
      if (dir !== "ASC" && dir !== "DESC") return tyError(reply, 400, "ValidationException", ["orderByDirection must be ASC or DESC"]);
      // Awaiting packages are listed only when asked for by status (no action may be taken on them).
      const list = data.packages.filter(
        (x) =>
          x.orderDate >= from &&
          x.orderDate <= to &&
          (status ? x.status === status : x.status !== "Awaiting") &&
          (!orderNumber || x.orderNumber === orderNumber) &&
          (!ids || ids.includes(String(x.id))),
      );
      const key = (x: TyPackage) => (by === "CreatedDate" ? x.orderDate : x.lastModifiedDate);
      list.sort((a, b) => (dir === "ASC" ? key(a) - key(b) || a.id - b.id : key(b) - key(a) || b.id - a.id));
      return pageOf(list, p);
    });

    /** Lines of a request, checked against the package: every line of it, each with its whole quantity. */
    function checkLines(pkg: TyPackage, lines: unknown, whole: boolean): string | null {
      if (!Array.isArray(lines) || !lines.length) return "lines must name the package's lines";
      const seen = new Set<number>();
      for (const l of lines as LineRef[]) {
        const line = pkg.lines.find((x) => x.id === Number(l.lineId));
        if (!line) return `lineId ${String(l.lineId)} is not in package ${pkg.id}`;
        if (seen.has(line.id)) return `lineId ${line.id} is named twice`;
        seen.add(line.id);
        const qty = Number(l.quantity);
        if (!Number.isInteger(qty) || qty < 1 || qty > line.quantity) return `quantity of line ${line.id} must be 1 to ${line.quantity}`;
        if (whole && qty !== line.quantity) return `line ${line.id} must be sent with its whole quantity (${line.quantity})`;
      }
      const live = pkg.lines.filter((x) => x.orderLineItemStatusName !== "UnSupplied" && x.orderLineItemStatusName !== "Cancelled");
      if (whole && live.some((x) => !seen.has(x.id))) return "every line of the package must be sent";
      return null;
    }

    app.put("/order/sellers/:sellerId/shipment-packages/:packageId", async (req, reply) => {
      const pkg = pkgOf((req.params as { packageId: string }).packageId);
      if (!pkg) return tyError(reply, 404, "ShipmentPackageNotFoundException", ["Shipment package not found"]);
      const b = (req.body ?? {}) as { lines?: unknown; params?: { invoiceNumber?: unknown }; status?: unknown };
      const allowed: Record<string, string[]> = { Picking: ["Created"], Invoiced: ["Created", "Picking"] };
      const target = String(b.status ?? "");
      if (!allowed[target]) return tyError(reply, 400, "ValidationException", ["status must be Picking or Invoiced"]);
      if (!allowed[target].includes(pkg.status)) return tyError(reply, 400, "ShipmentPackageStatusException", [`A ${pkg.status} package cannot be moved to ${target}`]);
      const bad = checkLines(pkg, b.lines, true);
      if (bad) return tyError(reply, 400, "ValidationException", [bad]);
      if (target === "Invoiced") {
        const inv = b.params?.invoiceNumber;
        if (typeof inv !== "string" || !/^[A-Za-z0-9]{1,30}$/.test(inv))
          return tyError(reply, 400, "ValidationException", ["params.invoiceNumber is required for Invoiced (letters and digits, at most 30)"]);
        pkg.invoiceNumber = inv;
      }
      setPackageStatus(pkg, target, now());
      return reply.code(200).send();
    });

    app.put("/order/sellers/:sellerId/shipment-packages/:packageId/items/unsupplied", async (req, reply) => {
      const pkg = pkgOf((req.params as { packageId: string }).packageId);
      if (!pkg) return tyError(reply, 404, "ShipmentPackageNotFoundException", ["Shipment package not found"]);
      const b = (req.body ?? {}) as { lines?: unknown; reasonId?: unknown };
      if (!UNSUPPLIED_REASONS[Number(b.reasonId)]) return tyError(reply, 400, "ValidationException", [`reasonId must be one of ${Object.keys(UNSUPPLIED_REASONS).join(", ")}`]);
      if (!["Created", "Picking", "Invoiced"].includes(pkg.status))
        return tyError(reply, 400, "ShipmentPackageStatusException", [`Lines of a ${pkg.status} package cannot be marked unsupplied`]);
      const bad = checkLines(pkg, b.lines, false);
      if (bad) return tyError(reply, 400, "ValidationException", [bad]);
      const at = now();
      for (const l of b.lines as LineRef[]) {
        const line = pkg.lines.find((x) => x.id === Number(l.lineId));
        if (!line) continue;
        const qty = Number(l.quantity);
        if (qty === line.quantity) line.orderLineItemStatusName = "UnSupplied";
        else {
          // Part of a line: the unsupplied units become a line of their own.
          const perUnitDiscount = line.discount / line.quantity;
          line.quantity -= qty;
          line.discount = Math.round(perUnitDiscount * line.quantity * 100) / 100;
          pkg.lines.push({ ...line, id: data.seq.line++, quantity: qty, discount: Math.round(perUnitDiscount * qty * 100) / 100, orderLineItemStatusName: "UnSupplied" });
        }
      }
      if (pkg.lines.every((x) => x.orderLineItemStatusName === "UnSupplied")) setPackageStatus(pkg, "UnSupplied", at);
      else pkg.lastModifiedDate = Math.max(at, pkg.lastModifiedDate + 1);
      return reply.code(200).send();
    });

    app.put("/order/sellers/:sellerId/shipment-packages/:packageId/cargo-providers", async (req, reply) => {
      const pkg = pkgOf((req.params as { packageId: string }).packageId);
      if (!pkg) return tyError(reply, 404, "ShipmentPackageNotFoundException", ["Shipment package not found"]);
      const code = String((req.body as { cargoProvider?: unknown } | undefined)?.cargoProvider ?? "");
      if (!CARGO_PROVIDERS[code]) return tyError(reply, 400, "ValidationException", [`cargoProvider must be one of ${Object.keys(CARGO_PROVIDERS).join(", ")}`]);
      if (!["Created", "Picking", "Invoiced"].includes(pkg.status))
        return tyError(reply, 400, "ShipmentPackageStatusException", [`The cargo provider of a ${pkg.status} package cannot change`]);
      if (CARGO_PROVIDERS[code] === pkg.cargoProviderName) return tyError(reply, 400, "ValidationException", ["The package already travels with this cargo provider"]);
      pkg.cargoProviderName = CARGO_PROVIDERS[code];
      pkg.cargoTrackingNumber = data.seq.tracking++;
      pkg.lastModifiedDate = Math.max(now(), pkg.lastModifiedDate + 1);
      return reply.code(200).send();
    });
  };
}
