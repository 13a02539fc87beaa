import { resolveAlibabaEndpoint, resolveTencentEndpoint } from "@/lib/cloud/endpoints";
import { linkDesignSchema } from "@/lib/design/link/link-design-schema";
import { compilePlan } from "@/lib/design/plan/compile";
import type { EndpointHost } from "@/lib/design/plan/providers";
import type { LinkDesignInput } from "@/lib/schemas/link/design";

/** Each region's own API host, as the server names it in a plan (lib/data/link-plan.ts). */
export const regionEndpointHost: EndpointHost = (provider, region) =>
  provider === "tencent"
    ? resolveTencentEndpoint({ region }).host
    : resolveAlibabaEndpoint({ region }).host;

/** The plan of a test design, validated and compiled as the server does it. */
export const compileTestDesign = (design: LinkDesignInput) =>
  compilePlan(linkDesignSchema.parse(design), { endpointHost: regionEndpointHost });
