"use client";

import { useCallback } from "react";
import type { SiteOfAccount } from "@/lib/design/link/account-site-issues";
import { usePickerItems } from "@/lib/query/use-cloud-picker";

/** The configured accounts' sites, as the account pickers list them (the same cached queries). */
export function useAccountSites(): SiteOfAccount {
  const tencent = usePickerItems("tencent", "accounts", {}).data;
  const alibaba = usePickerItems("alibaba", "accounts", {}).data;
  return useCallback(
    (provider, account) =>
      (provider === "tencent" ? tencent : alibaba)?.items.find((item) => item.id === account)?.site,
    [tencent, alibaba],
  );
}
