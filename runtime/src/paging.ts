// Opaque offset cursors for Relay connections, and the arithmetic that turns (first, after) into the
// marketplaces' page-number paging.
import { badInput } from "./errors.ts";

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, argument = "after"): number {
  if (cursor == null || cursor === "") return 0;
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const m = /^o:(\d{1,9})$/.exec(text);
  if (!m) throw badInput(`"${argument}" is not a cursor this API gave out`, argument);
  return Number(m[1]);
}

export interface PageWindow {
  /** Offset of the first wanted item. */
  offset: number;
  /** How many items are wanted. */
  first: number;
}

/** Validates `first` against a documented maximum and decodes `after`. */
export function pageWindow(first: number | null | undefined, after: string | null | undefined, max: number, defaultFirst: number): PageWindow {
  const n = first ?? defaultFirst;
  if (!Number.isInteger(n) || n < 1 || n > max) throw badInput(`"first" must be between 1 and ${max}; got ${n}`, "first");
  return { offset: decodeCursor(after), first: n };
}

/**
 * The 1-based pages of size `first` that cover [offset, offset + first): one page when the offset is
 * aligned, two otherwise.
 */
export function pagesFor(window: PageWindow): number[] {
  const firstPage = Math.floor(window.offset / window.first) + 1;
  return window.offset % window.first === 0 ? [firstPage] : [firstPage, firstPage + 1];
}

export function toConnection<T>(items: T[], offset: number, hasNextPage: boolean, totalCount?: number | null) {
  const edges = items.map((node, i) => ({ cursor: encodeCursor(offset + i + 1), node }));
  return {
    edges,
    pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount: totalCount ?? null,
  };
}
