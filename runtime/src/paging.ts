// Opaque offset cursors for Relay connections, and the arithmetic that turns (first, after) into the
// marketplaces' page-number paging.
import { badInput, windowTooLarge } from "./errors.ts";

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

/**
 * Reads the page(s) of size `first` covering a cursor window from an endpoint that pages by number
 * (1-based here; a 0-based API subtracts one). With a reported total, `hasNext` is exact; without
 * one, a full last page means there may be more.
 */
export async function readWindow<T>(
  win: PageWindow,
  fetchPage: (pageNumber: number) => Promise<{ items: T[]; total?: number }>,
): Promise<{ items: T[]; hasNext: boolean; total?: number }> {
  const pages = pagesFor(win);
  const fetched: T[] = [];
  let total: number | undefined;
  for (const pageNumber of pages) {
    const page = await fetchPage(pageNumber);
    total = page.total;
    fetched.push(...page.items);
    if (page.items.length < win.first) break;
  }
  const skip = win.offset - (pages[0] - 1) * win.first;
  const items = fetched.slice(skip, skip + win.first);
  const hasNext =
    total !== undefined ? win.offset + win.first < total : fetched.length - skip > win.first || (items.length === win.first && fetched.length === pages.length * win.first);
  return { items, hasNext, total };
}

/**
 * Every page of an endpoint (1-based page numbers), at most `maxPages` of them; past that,
 * BAD_USER_INPUT saying what to narrow (`tooMany`).
 */
export async function readAll<T>(pageSize: number, maxPages: number, fetchPage: (pageNumber: number) => Promise<T[]>, tooMany: string): Promise<T[]> {
  const out: T[] = [];
  for (let pageNumber = 1; pageNumber <= maxPages; pageNumber++) {
    const page = await fetchPage(pageNumber);
    out.push(...page);
    if (page.length < pageSize) return out;
  }
  throw windowTooLarge(`more than ${maxPages * pageSize} ${tooMany}`);
}

/** A connection over items already filtered here, with an exact totalCount; maps only the page. */
export function localConnection<T, N>(items: T[], win: PageWindow, map: (item: T) => N) {
  const page = items.slice(win.offset, win.offset + win.first).map(map);
  return toConnection(page, win.offset, win.offset + win.first < items.length, items.length);
}

/**
 * Runs `task` over `items` with at most `limit` in flight; results keep the items' order. The first
 * failure rejects (tasks already started finish on their own).
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
