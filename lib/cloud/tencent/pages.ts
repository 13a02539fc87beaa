import "server-only";
import { pagedListing } from "../paging";

/** The most a Tencent Describe answers in one page (Limit 1–100). */
export const TENCENT_PAGE_SIZE = 100;

/** Every item of a Tencent Describe, page after page by Offset and Limit (lib/cloud/paging). */
export const listTencentPages = pagedListing(
  (index, size) => ({ Offset: index * size, Limit: size }),
  TENCENT_PAGE_SIZE,
);
