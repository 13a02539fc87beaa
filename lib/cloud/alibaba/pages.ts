import "server-only";
import { pagedListing } from "../paging";

/** The most an Alibaba Describe answers in one page (PageSize 1–50). */
export const ALIBABA_PAGE_SIZE = 50;

/** Every item of an Alibaba Describe, page after page by PageNumber and PageSize (lib/cloud/paging). */
export const listAlibabaPages = pagedListing(
  (index, size) => ({ PageNumber: index + 1, PageSize: size }),
  ALIBABA_PAGE_SIZE,
);
