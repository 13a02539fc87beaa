import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { hasPermission } from "@/lib/permissions/permissions";
import { describeAlibabaRegions } from "@/lib/cloud/alibaba";
import { getCloudClient, listConfiguredCloudAccounts } from "@/lib/cloud-server/server-client";
import { TENCENT_REGION_IDS, isFinanceRegion } from "@/lib/design/regions";
import type { Locale } from "@/lib/i18n/config";
import type { PickerList, PickerRequest } from "@/lib/schemas/cloud-picker";
import { listAlibabaPickerItems, listTencentPickerItems } from "./cloud-picker-lists";

/**
 * The account picker: every designer sees the names and sites; the masked key id (which key, temporary or
 * not) is a credential detail for holders of `account.read` only.
 */
function accountItems(provider: PickerRequest["provider"], viewer: { roles: readonly string[] }) {
  const details = hasPermission(viewer.roles, "account.read");
  return listConfiguredCloudAccounts()
    .filter((summary) => summary.provider === provider)
    .map((summary) => ({
      id: summary.name,
      ...(summary.site ? { site: summary.site } : {}),
      ...(details ? { detail: summary.maskedKeyId } : {}),
    }));
}

/**
 * The wizard's picker data, always read by the server from the cloud (or the simulator) with the
 * server's credentials: the browser never talks to a cloud. Live lists, not cached: a gateway
 * created a minute ago must be pickable.
 */
export async function listPickerItems(
  request: PickerRequest,
  viewer: { roles: readonly string[] },
  locale: Locale,
): Promise<PickerList> {
  const { provider, resource, account } = request;
  if (resource === "accounts") return { items: accountItems(provider, viewer) };
  const configured = listConfiguredCloudAccounts().some(
    (summary) => summary.provider === provider && summary.name === account,
  );
  if (!configured) {
    throw new AppError(
      "unprocessable",
      `No ${provider} account named "${account}" is configured.`,
      [{ path: "account", message: "account is not configured" }],
    );
  }
  if (resource === "regions" && provider === "tencent") {
    return { items: TENCENT_REGION_IDS.map((id) => ({ id, finance: isFinanceRegion(id) })) };
  }
  const client = getCloudClient();
  if (resource === "regions") {
    // Region names in the reader's language (Alibaba answers Chinese unless asked otherwise).
    const AcceptLanguage = locale === "zh-CN" ? "zh-CN" : "en-US";
    const { regions } = await describeAlibabaRegions({
      client,
      account,
      request: { AcceptLanguage },
    });
    return {
      items: regions.map((r) => ({ id: r.id, name: r.name, finance: isFinanceRegion(r.id) })),
    };
  }
  const region = request.region;
  if (!region)
    throw new AppError("unprocessable", "Choose a region first.", [
      { path: "region", message: "region is required" },
    ]);
  const query = { client, account, region, vpcId: request.vpcId };
  return provider === "tencent"
    ? listTencentPickerItems(resource, query)
    : listAlibabaPickerItems(resource, query);
}
