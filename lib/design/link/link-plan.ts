import "server-only";
import { resolveAlibabaEndpoint, resolveTencentEndpoint } from "@/lib/cloud/endpoints";
import { compilePlan } from "@/lib/design/plan/compile";
import type { EndpointHost } from "@/lib/design/plan/providers";
import type { Plan } from "@/lib/design/plan/types";
import { env } from "@/lib/env";
import { linkDesignSchema } from "@/lib/schemas/link/design";
import { joinLinkPsk, type StoredLinkDesign } from "./link-psk";

/** API hosts as the server will call them (the configured endpoint overrides included). */
export function serverEndpointHost(): EndpointHost {
  const config = env();
  return (provider, region) =>
    provider === "tencent"
      ? resolveTencentEndpoint({ region, override: config.TENCENTCLOUD_ENDPOINT }).host
      : resolveAlibabaEndpoint({ region, override: config.ALIBABA_CLOUD_VPC_ENDPOINT }).host;
}

/**
 * The plan of a stored design. The plan never holds the key (it is `{ $secret: "psk" }`), so a
 * placeholder stands in for it while the stored design is validated and compiled.
 */
export function compileStoredLinkPlan({ design }: { design: StoredLinkDesign }): Plan {
  const parsed = linkDesignSchema.parse(joinLinkPsk(design, "placeholder"));
  return compilePlan(parsed, { endpointHost: serverEndpointHost() });
}
