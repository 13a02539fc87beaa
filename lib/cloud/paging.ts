import "server-only";
import type { CloudProvider } from "./accounts";
import { CloudError } from "./errors";
import type { CloudPage } from "./shapes";

/**
 * The most items one listing reads before it stops (10 Tencent pages of 100, 20 Alibaba pages of
 * 50). Far above the clouds' default quotas per region (tens of VPCs, gateways and tunnels), low
 * enough that a runaway account cannot keep a picker reading for minutes.
 */
export const MAX_LISTED_ITEMS = 1000;

/** Every item of a paged Describe, or the first `limit` of them with `truncated` set. */
export type CloudList<T> = {
  items: T[];
  /** What the cloud's last answer counted (TotalCount). */
  total: number;
  /** True when the cloud holds more than `items`: the bound was reached, never silently. */
  truncated: boolean;
};

/**
 * Reads pages in order until the cloud's TotalCount is reached, a page comes back empty (the
 * list shrank meanwhile), or `limit` items are read. One page at a time, so each call waits its
 * turn at the rate limiter like any other call. `readPage(index)` reads the 0-based page `index`.
 */
export async function followPages<T>(options: {
  limit?: number | undefined;
  readPage: (index: number) => Promise<CloudPage<T>>;
}): Promise<CloudList<T>> {
  const { limit = MAX_LISTED_ITEMS, readPage } = options;
  const items: T[] = [];
  let total = 0;
  for (let index = 0; items.length < limit; index++) {
    const page = await readPage(index);
    items.push(...page.items);
    total = page.total;
    if (page.items.length === 0 || items.length >= total) break;
  }
  // The last page may overshoot the bound: what the cloud holds beyond it is what is left out.
  const truncated = items.length >= limit && total > limit;
  return { items: items.slice(0, limit), total: Math.max(total, items.length), truncated };
}

/**
 * A cloud's listing of every page: how it asks for the 0-based page `index` of `size` items, and
 * its largest page. The result reads a Describe (`readPage`, sent with that paging) to the end.
 */
export function pagedListing<Paging>(
  ask: (index: number, size: number) => Paging,
  largestPage: number,
) {
  return <T>(options: {
    readPage: (paging: Paging) => Promise<CloudPage<T>>;
    pageSize?: number | undefined;
    limit?: number | undefined;
  }): Promise<CloudList<T>> => {
    const { readPage, pageSize = largestPage, limit } = options;
    return followPages({ limit, readPage: (index) => readPage(ask(index, pageSize)) });
  };
}

/**
 * The items of a listing that must be whole (a check against it would miss what is left out):
 * a truncated one is refused with `Portal.ListTruncated` rather than used.
 */
export function completeList<T>(
  list: CloudList<T>,
  source: { provider: CloudProvider; action: string },
): T[] {
  if (!list.truncated) return list.items;
  throw new CloudError({
    ...source,
    code: "Portal.ListTruncated",
    message: `${source.action} lists ${list.total} items, more than the ${list.items.length} the portal reads.`,
    retryable: false,
  });
}
