/** What a step hands on to later steps: its resource id, or a gateway's public IP once active. */
export type PlanOutput = "id" | "publicIp";

/** A value a later step takes from an earlier one: a resource id, or a gateway's public IP once active. */
export type PlanRef = { $ref: string; output: PlanOutput };

/** Stands for the tunnel's pre-shared key, which is stored encrypted and never written into a plan. */
export type PlanSecret = { $secret: "psk" };

/** Parameters read without knowing the action (hashing, rendering, showing); `undefined` = absent. */
export type PlanParams = { [key: string]: PlanValue | undefined };

export type PlanValue = string | number | boolean | PlanRef | PlanSecret | PlanValue[] | PlanParams;

export function isRef(value: unknown): value is PlanRef {
  return typeof value === "object" && value !== null && "$ref" in value;
}

export function isSecret(value: unknown): value is PlanSecret {
  return typeof value === "object" && value !== null && "$secret" in value;
}
