import "server-only";
import { followPages, type CloudList } from "../paging";
import type { CloudPage } from "../shapes";

/** The most a Tencent Describe answers in one page (Limit 1–100). */
export const TENCENT_PAGE_SIZE = 100;

/**
 * Every item of a Tencent Describe, page after page by Offset and Limit up to its TotalCount
 * (bounded: lib/cloud/paging). `readPage` sends the Describe with the paging it is given.
 */
export function listTencentPages<T>(options: {
  readPage: (paging: { Offset: number; Limit: number }) => Promise<CloudPage<T>>;
  pageSize?: number | undefined;
  limit?: number | undefined;
}): Promise<CloudList<T>> {
  const { readPage, pageSize = TENCENT_PAGE_SIZE, limit } = options;
  return followPages({
    limit,
    readPage: (index) => readPage({ Offset: index * pageSize, Limit: pageSize }),
  });
}
