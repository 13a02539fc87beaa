import { z } from "zod";
import {
  DEFAULT_QUOTAS,
  SANDBOX_CREDENTIALS,
  scaleTimings,
  type SimCredentials,
  type SimQuotas,
  type SimTimings,
} from "./types";

const ms = z.coerce.number().int().min(0).max(3_600_000).optional();
const count = z.coerce.number().int().min(1).max(10_000).optional();
const text = z.string().trim().min(1).optional();

/** Every environment variable the simulator reads (documented in docs/simulator.md). */
export const simEnvSchema = z.object({
  SIM_PORT: z.coerce.number().int().min(0).max(65535).default(4566),
  SIM_HOST: z.string().trim().min(1).default("127.0.0.1"),
  SIM_DATA_DIR: z.string().trim().min(1).default(".sim-data"),
  SIM_SPEED: z.coerce.number().positive().max(100_000).default(1),
  SIM_RATE_LIMITS: z.enum(["on", "off"]).default("on"),
  SIM_TENCENT_GATEWAY_MS: ms,
  SIM_TENCENT_CONNECTION_MS: ms,
  SIM_TENCENT_DELETE_MS: ms,
  SIM_ALIBABA_GATEWAY_INIT_MS: ms,
  SIM_ALIBABA_GATEWAY_MS: ms,
  SIM_ALIBABA_CONFIGURING_MS: ms,
  SIM_ALIBABA_ORDER_LAPSE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(30 * 24 * 3_600_000)
    .optional(),
  SIM_QUOTA_VPN_GATEWAYS: count,
  SIM_QUOTA_CUSTOMER_GATEWAYS: count,
  SIM_QUOTA_CONNECTIONS: count,
  SIM_TENCENT_SECRET_ID: text,
  SIM_TENCENT_SECRET_KEY: text,
  SIM_ALIBABA_ACCESS_KEY_ID: text,
  SIM_ALIBABA_ACCESS_KEY_SECRET: text,
  /** When set, the simulator writes the portal's sandbox environment there once it listens. */
  SIM_ENV_FILE: text,
});

export interface SimConfig {
  port: number;
  host: string;
  /** undefined = memory only (SIM_DATA_DIR=:memory:). */
  dataDir: string | undefined;
  timings: SimTimings;
  quotas: SimQuotas;
  credentials: SimCredentials;
  rateLimits: boolean;
  envFile: string | undefined;
}

/** Parses the simulator's environment; throws with every bad variable named. */
export function parseSimEnv(source: Record<string, string | undefined>): SimConfig {
  const result = simEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid simulator environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const scaled = scaleTimings(env.SIM_SPEED);
  return {
    port: env.SIM_PORT,
    host: env.SIM_HOST,
    dataDir: env.SIM_DATA_DIR === ":memory:" ? undefined : env.SIM_DATA_DIR,
    rateLimits: env.SIM_RATE_LIMITS === "on",
    envFile: env.SIM_ENV_FILE,
    timings: {
      tencentGatewayMs: env.SIM_TENCENT_GATEWAY_MS ?? scaled.tencentGatewayMs,
      tencentConnectionMs: env.SIM_TENCENT_CONNECTION_MS ?? scaled.tencentConnectionMs,
      tencentDeleteMs: env.SIM_TENCENT_DELETE_MS ?? scaled.tencentDeleteMs,
      alibabaGatewayInitMs: env.SIM_ALIBABA_GATEWAY_INIT_MS ?? scaled.alibabaGatewayInitMs,
      alibabaGatewayMs: env.SIM_ALIBABA_GATEWAY_MS ?? scaled.alibabaGatewayMs,
      alibabaConfiguringMs: env.SIM_ALIBABA_CONFIGURING_MS ?? scaled.alibabaConfiguringMs,
      alibabaOrderLapseMs: env.SIM_ALIBABA_ORDER_LAPSE_MS ?? scaled.alibabaOrderLapseMs,
    },
    quotas: {
      vpnGatewaysPerRegion: env.SIM_QUOTA_VPN_GATEWAYS ?? DEFAULT_QUOTAS.vpnGatewaysPerRegion,
      customerGatewaysPerRegion:
        env.SIM_QUOTA_CUSTOMER_GATEWAYS ?? DEFAULT_QUOTAS.customerGatewaysPerRegion,
      connectionsPerGateway: env.SIM_QUOTA_CONNECTIONS ?? DEFAULT_QUOTAS.connectionsPerGateway,
    },
    credentials: {
      tencent: {
        secretId: env.SIM_TENCENT_SECRET_ID ?? SANDBOX_CREDENTIALS.tencent.secretId,
        secretKey: env.SIM_TENCENT_SECRET_KEY ?? SANDBOX_CREDENTIALS.tencent.secretKey,
      },
      alibaba: {
        accessKeyId: env.SIM_ALIBABA_ACCESS_KEY_ID ?? SANDBOX_CREDENTIALS.alibaba.accessKeyId,
        accessKeySecret:
          env.SIM_ALIBABA_ACCESS_KEY_SECRET ?? SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
      },
    },
  };
}
