import type { CloudProviderName } from "./providers";

/** A value a later step takes from an earlier one: a resource id, or a gateway's public IP once active. */
export type PlanRef = { $ref: string; output: "id" | "publicIp" };

/** Stands for the tunnel's pre-shared key, which is stored encrypted and never written into a plan. */
export type PlanSecret = { $secret: "psk" };

export type PlanValue =
  string | number | boolean | PlanRef | PlanSecret | PlanValue[] | { [key: string]: PlanValue };

export type PlanAction = "CreateVpnGateway" | "CreateCustomerGateway" | "CreateVpnConnection";

/** One cloud API call of a plan, exactly as it will be sent (references and the key resolved at run time). */
export type PlanStep = {
  id: string;
  provider: CloudProviderName;
  account: string;
  region: string;
  /** The API host this call goes to: the region's own domain (finance regions included). */
  endpointHost: string;
  action: PlanAction;
  params: { [key: string]: PlanValue };
  /** Steps whose outputs this one uses; the executor waits for them (and for gateways to be active). */
  dependsOn: string[];
};

export type Plan = { version: 1; steps: PlanStep[] };

export function isRef(value: unknown): value is PlanRef {
  return typeof value === "object" && value !== null && "$ref" in value;
}

export function isSecret(value: unknown): value is PlanSecret {
  return typeof value === "object" && value !== null && "$secret" in value;
}
