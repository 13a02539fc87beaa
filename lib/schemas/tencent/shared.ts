import { z } from "zod";
import { str, num } from "../answer-fields";
import {
  cidrPrefix,
  cidrV4,
  idWithPrefix,
  intRange,
  ipInCidr,
  ipv4,
  listOf,
  maxChars,
  nonEmpty,
  oneOf,
} from "../common";
import { keyedShape } from "../keyed-shape";

/** Structures shared by several Tencent VPC actions (cloud-api.md §2.3, §2.7). */

export const tencentRegionSchema = z
  .string({ error: "Region is required" })
  .regex(
    /^[a-z]{2}-[a-z]+(?:-[a-z0-9]+)*$/,
    "Region must be a Tencent region id such as ap-guangzhou",
  );

export const tencentTagSchema = z.object({
  Key: maxChars("Tags.Key", 127),
  Value: z
    .string({ error: "Tags.Value must be text" })
    .max(255, "Tags.Value must be at most 255 characters")
    .optional(),
});

/**
 * Tencent's VPC API documents no count (cloud-api.md); its tag service allows 50 tags per
 * resource (unconfirmed for these actions), so the portal refuses more — the safe reading — in
 * the schema the wizard, the routes and the simulator share.
 */
export const TENCENT_MAX_TAGS = 50;

export const tencentTagsSchema = z
  .array(tencentTagSchema, { error: "Tags must be a list" })
  .max(TENCENT_MAX_TAGS, `Tags must have at most ${TENCENT_MAX_TAGS} tags`);

/** Filters = [{Name, Values}]: ≤ 10 filters, 1–5 values each, Name from the action's list. */
export function tencentFiltersSchema(
  names: readonly string[],
  options: { tagFilters?: boolean } = {},
) {
  const allowed = options.tagFilters ? [...names, "tag:<key>"] : names;
  return z
    .array(
      z.object({
        Name: z
          .string({ error: "Filters.Name is required" })
          .refine(
            (name) =>
              names.includes(name) || (Boolean(options.tagFilters) && /^tag:.+$/.test(name)),
            `Filters.Name must be one of: ${allowed.join(", ")}`,
          ),
        Values: listOf("Filters.Values", nonEmpty("Filters.Values"), { max: 5, noun: "value" }),
      }),
      { error: "Filters must be a list" },
    )
    .max(10, "Filters must have at most 10 filters");
}

/** Describe paging: Offset ≥ 0, Limit 1–100. */
export const tencentPageRequestShape = {
  Offset: intRange("Offset", 0, 2_147_483_647).optional(),
  Limit: intRange("Limit", 1, 100).optional(),
};

/** The same paging where the API takes numbers as text (DescribeVpcs, DescribeRouteTables). */
export const tencentTextPageRequestShape = {
  Offset: z
    .string({ error: 'Offset must be text, e.g. "0"' })
    .regex(/^\d+$/, 'Offset must be a whole number as text, e.g. "0"')
    .optional(),
  Limit: z
    .string({ error: 'Limit must be text, e.g. "20"' })
    .regex(/^\d+$/, 'Limit must be a whole number as text, e.g. "20"')
    .refine((v) => Number(v) >= 1 && Number(v) <= 100, "Limit must be between 1 and 100")
    .optional(),
};

/** A Describe request's ids: at most 100, each with the resource's prefix (`vpngw-…`). */
export function tencentIdsSchema(field: string, prefix: string) {
  return z.array(idWithPrefix(field, prefix)).max(100, `${field} must have at most 100 ids`);
}

/** `ids` and `Filters` cannot be sent together (InvalidParameter.Coexist). */
export function refineIdsOrFilters(idsField: string) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const ids = value[idsField];
    const filters = value.Filters;
    if (Array.isArray(ids) && ids.length > 0 && Array.isArray(filters) && filters.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["Filters"],
        message: `Filters cannot be combined with ${idsField}`,
      });
    }
  };
}

/**
 * A Describe request: the resource's ids (`ids`, e.g. VpnGatewayIds, with their `prefix`) or
 * Filters named from the action's list, and Offset/Limit.
 */
export function tencentDescribeRequestSchema<Ids extends string>(options: {
  ids: Ids;
  prefix: string;
  filters: readonly string[];
}) {
  return z
    .object({
      ...keyedShape(options.ids, tencentIdsSchema(options.ids, options.prefix).optional()),
      Filters: tencentFiltersSchema(options.filters).optional(),
      ...tencentPageRequestShape,
    })
    .superRefine(refineIdsOrFilters(options.ids));
}

export const requestIdSchema = z.string({ error: "RequestId is missing" });

/** The answer of an action that returns nothing but its RequestId (most Delete* actions). */
export const tencentRequestIdResponseSchema = z.object({ RequestId: requestIdSchema });

/** A Describe answer: its list (`list`, e.g. VpnGatewaySet, of `item`) in the paging envelope. */
export function tencentPageResponseSchema<List extends string, Item extends z.ZodType>(
  list: List,
  item: Item,
) {
  return z.object({
    TotalCount: z.number(),
    RequestId: requestIdSchema,
    ...keyedShape(list, z.array(item)),
  });
}

export const securityPolicyDatabaseSchema = z.object({
  LocalCidrBlock: cidrV4("SecurityPolicyDatabases.LocalCidrBlock"),
  RemoteCidrBlock: z
    .array(cidrV4("SecurityPolicyDatabases.RemoteCidrBlock"), {
      error: "SecurityPolicyDatabases.RemoteCidrBlock must be a list of CIDR blocks",
    })
    .min(1, "SecurityPolicyDatabases.RemoteCidrBlock must have at least 1 CIDR block"),
});

/** The ciphers IKE and IPsec both take, in the API's order (IPsec also takes NULL between them). */
const CBC_CIPHERS = [
  "3DES-CBC",
  "AES-CBC-128",
  "AES-CBC-192",
  "AES-CBC-256",
  "DES-CBC",
  "SM4",
] as const;
const GCM_CIPHERS = ["AES128GCM128", "AES192GCM128", "AES256GCM128"] as const;

export const IKE_ENCRYPTION = [...CBC_CIPHERS, ...GCM_CIPHERS] as const;
export const IKE_AUTHENTICATION = ["MD5", "SHA", "SHA-256", "SHA-512"] as const;
export const IKE_DH_GROUPS = [
  "GROUP1",
  "GROUP2",
  "GROUP5",
  "GROUP14",
  "GROUP15",
  "GROUP16",
  "GROUP19",
  "GROUP20",
  "GROUP21",
  "GROUP24",
] as const;
export const IPSEC_ENCRYPTION = [...CBC_CIPHERS, "NULL", ...GCM_CIPHERS] as const;
export const IPSEC_INTEGRITY_LEGACY = [
  "MD5",
  "SHA1",
  "SHA-256",
  "SHA-512",
  "SHA-384",
  "SM3",
] as const;
export const IPSEC_INTEGRITY = ["MD5", "SHA1", "SHA-256"] as const;
/** API reference spelling (DH-GROUPn) plus Terraform's (GROUPn): which one the live API takes is unconfirmed (§7.2). */
export const IPSEC_PFS = [
  "NULL",
  "DH-GROUP1",
  "DH-GROUP2",
  "DH-GROUP5",
  "DH-GROUP14",
  "DH-GROUP15",
  "DH-GROUP16",
  "DH-GROUP19",
  "DH-GROUP20",
  "DH-GROUP21",
  "DH-GROUP24",
  "GROUP1",
  "GROUP2",
  "GROUP5",
  "GROUP14",
  "GROUP24",
] as const;

/**
 * IKE options as designed. `LocalAddress` may be left out with `LocalIdentity=ADDRESS`: it is the
 * cloud gateway's own public IP, which a new gateway only has once it exists, so the plan fills it
 * in (`tencentLocalAddressRule` holds the request itself to the doc: required with ADDRESS).
 */
export const ikeOptionsSchema = z
  .object({
    PropoEncryAlgorithm: oneOf(
      "IKEOptionsSpecification.PropoEncryAlgorithm",
      IKE_ENCRYPTION,
    ).optional(),
    PropoAuthenAlgorithm: oneOf(
      "IKEOptionsSpecification.PropoAuthenAlgorithm",
      IKE_AUTHENTICATION,
    ).optional(),
    ExchangeMode: oneOf("IKEOptionsSpecification.ExchangeMode", ["AGGRESSIVE", "MAIN"]).optional(),
    LocalIdentity: oneOf("IKEOptionsSpecification.LocalIdentity", ["ADDRESS", "FQDN"]).optional(),
    RemoteIdentity: oneOf("IKEOptionsSpecification.RemoteIdentity", ["ADDRESS", "FQDN"]).optional(),
    LocalAddress: ipv4("IKEOptionsSpecification.LocalAddress").optional(),
    RemoteAddress: ipv4("IKEOptionsSpecification.RemoteAddress").optional(),
    LocalFqdnName: maxChars("IKEOptionsSpecification.LocalFqdnName", 255).optional(),
    RemoteFqdnName: maxChars("IKEOptionsSpecification.RemoteFqdnName", 255).optional(),
    DhGroupName: oneOf("IKEOptionsSpecification.DhGroupName", IKE_DH_GROUPS).optional(),
    IKESaLifetimeSeconds: intRange(
      "IKEOptionsSpecification.IKESaLifetimeSeconds",
      60,
      604800,
    ).optional(),
    IKEVersion: oneOf("IKEOptionsSpecification.IKEVersion", ["IKEV1", "IKEV2"]).optional(),
  })
  .superRefine((ike, ctx) => {
    const need = (when: boolean, field: keyof typeof ike, because: string) => {
      if (when && !ike[field]) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `IKEOptionsSpecification.${field} is required when ${because}`,
        });
      }
    };
    need(ike.RemoteIdentity === "ADDRESS", "RemoteAddress", "RemoteIdentity is ADDRESS");
    need(ike.LocalIdentity === "FQDN", "LocalFqdnName", "LocalIdentity is FQDN");
    need(ike.RemoteIdentity === "FQDN", "RemoteFqdnName", "RemoteIdentity is FQDN");
  });

export const ipsecOptionsSchema = z.object({
  EncryptAlgorithm: oneOf(
    "IPSECOptionsSpecification.EncryptAlgorithm",
    IPSEC_ENCRYPTION,
  ).optional(),
  IntegrityAlgorith: oneOf(
    "IPSECOptionsSpecification.IntegrityAlgorith",
    IPSEC_INTEGRITY_LEGACY,
  ).optional(),
  IntegrityAlgorithm: oneOf(
    "IPSECOptionsSpecification.IntegrityAlgorithm",
    IPSEC_INTEGRITY,
  ).optional(),
  IPSECSaLifetimeSeconds: intRange(
    "IPSECOptionsSpecification.IPSECSaLifetimeSeconds",
    180,
    604800,
  ).optional(),
  PfsDhGroup: oneOf("IPSECOptionsSpecification.PfsDhGroup", IPSEC_PFS).optional(),
  IPSECSaLifetimeTraffic: intRange(
    "IPSECOptionsSpecification.IPSECSaLifetimeTraffic",
    2560,
    4294967295,
  ).optional(),
});

/** BGP over the tunnel: TunnelCidr must be a /30 and both BGP IPs inside it. */
export const tencentBgpConfigSchema = z
  .object({
    TunnelCidr: cidrV4("BgpConfig.TunnelCidr"),
    LocalBgpIp: ipv4("BgpConfig.LocalBgpIp"),
    RemoteBgpIp: ipv4("BgpConfig.RemoteBgpIp"),
  })
  .superRefine((bgp, ctx) => {
    if (cidrPrefix(bgp.TunnelCidr) !== 30) {
      ctx.addIssue({
        code: "custom",
        path: ["TunnelCidr"],
        message: "BgpConfig.TunnelCidr must be a /30",
      });
      return;
    }
    for (const field of ["LocalBgpIp", "RemoteBgpIp"] as const) {
      if (!ipInCidr(bgp[field], bgp.TunnelCidr)) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `BgpConfig.${field} must be inside BgpConfig.TunnelCidr`,
        });
      }
    }
  });

export const tencentHealthCheckConfigSchema = z.object({
  ProbeType: oneOf("HealthCheckConfig.ProbeType", ["NQA"]).optional(),
  ProbeInterval: intRange("HealthCheckConfig.ProbeInterval", 1000, 5000).optional(),
  ProbeThreshold: intRange("HealthCheckConfig.ProbeThreshold", 3, 8).optional(),
  ProbeTimeout: intRange("HealthCheckConfig.ProbeTimeout", 10, 5000).optional(),
});

/** Output structures: lenient (optional fields), because the cloud adds fields over time. */

export const tencentTagOutputSchema = z.object({ Key: z.string(), Value: z.string().optional() });

/** A resource's tags as answers carry them (`TagSet`). */
export const tencentTagSetOutputSchema = z.array(tencentTagOutputSchema).optional();

export const tencentVpnGatewaySchema = z.object({
  VpnGatewayId: z.string(),
  VpcId: str,
  VpnGatewayName: str,
  Type: str,
  State: str,
  PublicIpAddress: str,
  RenewFlag: str,
  InstanceChargeType: str,
  InternetMaxBandwidthOut: num,
  CreatedTime: str,
  ExpiredTime: str,
  IsAddressBlocked: z.boolean().optional(),
  NewPurchasePlan: str,
  RestrictState: str,
  Zone: str,
  Version: str,
  NetworkInstanceId: str,
  CdcId: str,
  MaxConnection: num,
  BgpAsn: num,
  TagSet: tencentTagSetOutputSchema,
});
export type TencentVpnGateway = z.infer<typeof tencentVpnGatewaySchema>;

export const tencentCustomerGatewaySchema = z.object({
  CustomerGatewayId: z.string(),
  CustomerGatewayName: str,
  IpAddress: str,
  CreatedTime: str,
  BgpAsn: num,
  TagSet: tencentTagSetOutputSchema,
});
export type TencentCustomerGateway = z.infer<typeof tencentCustomerGatewaySchema>;

/** cloud-api.md §2.3: `LocalAddress` is required when `LocalIdentity` is `ADDRESS` (the request). */
export function tencentLocalAddressRule(
  request: { IKEOptionsSpecification?: { LocalIdentity?: string; LocalAddress?: string } },
  ctx: z.RefinementCtx,
) {
  const ike = request.IKEOptionsSpecification;
  if (ike?.LocalIdentity === "ADDRESS" && !ike.LocalAddress) {
    ctx.addIssue({
      code: "custom",
      path: ["IKEOptionsSpecification", "LocalAddress"],
      message: "IKEOptionsSpecification.LocalAddress is required when LocalIdentity is ADDRESS",
    });
  }
}
