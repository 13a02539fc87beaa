import "server-only";
import { followPages, type CloudList } from "../paging";
import type { CloudPage } from "../shapes";

/** The most an Alibaba Describe answers in one page (PageSize 1–50). */
export const ALIBABA_PAGE_SIZE = 50;

/**
 * Every item of an Alibaba Describe, page after page by PageNumber and PageSize up to its
 * TotalCount (bounded: lib/cloud/paging). `readPage` sends the Describe with the paging it is given.
 */
export function listAlibabaPages<T>(options: {
  readPage: (paging: { PageNumber: number; PageSize: number }) => Promise<CloudPage<T>>;
  pageSize?: number | undefined;
  limit?: number | undefined;
}): Promise<CloudList<T>> {
  const { readPage, pageSize = ALIBABA_PAGE_SIZE, limit } = options;
  return followPages({
    limit,
    readPage: (index) => readPage({ PageNumber: index + 1, PageSize: pageSize }),
  });
}
