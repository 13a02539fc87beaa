import type { CloudVpnGateway } from "@/lib/cloud/shapes";
import type { LedgerStep } from "../types";
import type { DriverContext, ResourceProbe } from "./driver";

/** What "active" means for the resources both clouds make alike. */

/** The probe of a resource that is there as soon as its create answers (customer gateways). */
export function activeAtOnce(cloudState: string) {
  return async (_ctx: DriverContext, current: LedgerStep): Promise<ResourceProbe> => ({
    status: "active",
    cloudState,
    outputs: { id: current.resourceId! },
  });
}

/** A VPN gateway is active once available with its public IP (the tunnels' far end). */
export function vpnGatewayProbe(gateway: CloudVpnGateway | undefined): ResourceProbe {
  if (!gateway) {
    return {
      status: "failed",
      error: { code: "Portal.ResourceVanished", message: "The VPN gateway is no longer listed." },
    };
  }
  const publicIp = gateway.publicIps[0];
  if (gateway.state === "failed") {
    return {
      status: "failed",
      cloudState: gateway.rawState,
      error: { code: "Cloud.ProvisioningFailed", message: `Gateway state ${gateway.rawState}.` },
    };
  }
  if (gateway.state === "available" && publicIp) {
    const { prepaidUntil, renewal } = gateway;
    return {
      status: "active",
      cloudState: gateway.rawState,
      outputs: {
        id: gateway.id,
        publicIp,
        ...(prepaidUntil ? { prepaidUntil } : {}),
        ...(prepaidUntil && renewal ? { renewal } : {}),
      },
    };
  }
  return { status: "pending", cloudState: gateway.rawState };
}
