// Contract: every row of the simulator's rule table (sim/testing/documented-rules.ts) is refused
// by the portal too — by the action's request schema in the catalogue, or, for rules that need the
// VPC or the peer's reachability, by the link design schema; for the rules of one site (China /
// International), by the account-site rules of a new gateway — at the row's own parameter.
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { callableAction } from "@/lib/design/catalogue";
import { accountSiteIssues } from "@/lib/design/link/account-site-issues";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import type { LinkDesignInput } from "@/lib/schemas/link/design";
import {
  ALIBABA_BASES,
  DOCUMENTED_RULES,
  TENCENT_BASES,
  type DocumentedRule,
} from "@/sim/testing/documented-rules";

type Call = Pick<DocumentedRule, "provider" | "action" | "request" | "site">;

const PSK = "Rule-Key-1";

const tencentSite = {
  provider: "tencent" as const,
  account: "default",
  region: "ap-guangzhou",
  vpcId: "vpc-gzprod01",
  vpcCidrs: ["10.10.0.0/16", "10.11.0.0/16"],
  gateway: { mode: "existing" as const, id: "vpngw-gzseed01" },
};

const alibabaSite = {
  provider: "alibaba" as const,
  account: "default",
  region: "cn-hangzhou",
  vpcId: "vpc-hzprod0001",
  vpcCidrs: ["192.168.0.0/16", "10.50.0.0/16"],
  gateway: { mode: "existing" as const, id: "vpn-hzseed0001" },
};

/** The request's designed part: what is left once the ids it joins (and the key) are taken out. */
function paramsOf(request: Record<string, unknown>, ids: readonly string[]) {
  return Object.fromEntries(Object.entries(request).filter(([key]) => !ids.includes(key)));
}

/** A tunnel link on the seed gateway that makes this request (the rows with `portal: "design"`). */
function designOf(call: Call): LinkDesignInput {
  const { provider, action, request } = call;
  const policyTunnel = TENCENT_BASES.policyTunnel.request;
  const tencentIds = ["VpnGatewayId", "CustomerGatewayId", "VpcId", "PreShareKey"];
  if (provider === "tencent" && action === "CreateCustomerGateway") {
    return {
      kind: "tunnel",
      name: "rule design",
      site: {
        ...tencentSite,
        peer: {
          mode: "new",
          params: request as { CustomerGatewayName: string; IpAddress: string },
        },
        tunnel: { psk: PSK, params: paramsOf(policyTunnel, tencentIds) },
      },
    } as LinkDesignInput;
  }
  if (provider === "tencent" && action === "CreateVpnConnection") {
    return {
      kind: "tunnel",
      name: "rule design",
      site: {
        ...tencentSite,
        peer: { mode: "existing", id: "cgw-gzseed01", ipAddress: "192.0.2.10" },
        tunnel: { psk: request.PreShareKey, params: paramsOf(request, tencentIds) },
      },
    } as LinkDesignInput;
  }
  if (provider === "alibaba" && action === "CreateVpnConnection") {
    return {
      kind: "tunnel",
      name: "rule design",
      site: {
        ...alibabaSite,
        peer: { mode: "existing", id: "cgw-hzseed0001", ipAddress: "192.0.2.20" },
        tunnel: {
          psk: PSK,
          params: paramsOf(request, ["RegionId", "VpnGatewayId", "CustomerGatewayId"]),
        },
      },
    } as LinkDesignInput;
  }
  throw new Error(`no design for ${provider} ${action}: add one to designOf`);
}

/** A gateway link whose new gateway makes this request (the rows with `portal: "site"`). */
function gatewayDesignOf(call: Call): LinkDesignInput {
  const site = call.provider === "tencent" ? tencentSite : alibabaSite;
  const params = paramsOf(call.request, ["RegionId", "VpcId"]);
  return {
    kind: "gateway",
    name: "rule design",
    site: { ...site, gateway: { mode: "new", params } },
  } as LinkDesignInput;
}

/** The portal's verdict on a site row: the design schema, then the rules of the account's site. */
function siteIssues(call: Call): string[] {
  const result = linkDesignSchema.safeParse(gatewayDesignOf(call));
  if (!result.success) return result.error.issues.map((issue) => issue.path.join("."));
  return accountSiteIssues(result.data, () => call.site).map((issue) => issue.path.join("."));
}

/** The base request a row broke, as a call. */
function baseOf(row: DocumentedRule): Call {
  const bases: Record<string, { action: DocumentedRule["action"]; request: object }> =
    row.provider === "tencent" ? TENCENT_BASES : ALIBABA_BASES;
  const base = bases[row.base];
  if (!base) throw new Error(`unknown base ${row.base}`);
  return {
    provider: row.provider,
    action: base.action,
    request: base.request as Record<string, unknown>,
    site: row.site,
  };
}

/** The portal's verdict on a call: the issue paths it refuses it with (none = accepted). */
function portalIssues(call: Call, portal: DocumentedRule["portal"]): string[] {
  if (portal === "site") return siteIssues(call);
  const result =
    portal === "request"
      ? (callableAction(call.provider, call.action).request as z.ZodType).safeParse(call.request)
      : linkDesignSchema.safeParse(designOf(call));
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

/** An issue at the parameter: its path is the parameter's, or one inside it (a design nests it). */
const atParam = (param: string) => (path: string) =>
  path === param ||
  path.startsWith(`${param}.`) ||
  path.endsWith(`.${param}`) ||
  path.includes(`.${param}.`);

describe("the portal refuses every row of the simulator's rule table", () => {
  const rows = DOCUMENTED_RULES.map((row) => ({ ...row, name: `${row.provider} ${row.action}` }));

  it.each(rows)("accepts the base of $name: $rule (by its $portal schema)", (row) => {
    expect(portalIssues(baseOf(row), row.portal)).toEqual([]);
  });

  it.each(rows)("refuses $name: $rule ($cite) by its $portal schema", (row) => {
    const issues = portalIssues(row, row.portal);
    expect(issues).not.toEqual([]);
    expect(issues.some(atParam(row.param)), `issues at ${issues.join(", ")}`).toBe(true);
  });
});
