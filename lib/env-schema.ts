import { z } from "zod";
import { accountSiteSchema } from "@/lib/schemas/link/account-site";
import { ALLOWED_NETWORKS } from "@/lib/schemas/notification";
import { isRole, type Role } from "@/lib/permissions/permissions";
import {
  NAMED_ACCOUNT_SECRET_PATTERN,
  parseNamedCloudAccounts,
  type NamedCloudAccounts,
} from "./env-cloud-accounts";

/**
 * Every environment variable the server reads, validated once.
 * Client code gets nothing from here: values the browser needs are passed down as props.
 */

const optionalText = z.string().trim().min(1, "must not be empty when set").optional();

const endpointUrl = z
  .url({ protocol: /^https?$/, error: "must be a full http(s) URL such as http://127.0.0.1:4566" })
  .optional();

const positiveInt = (fallback: number, what: string) =>
  z.coerce
    .number({ error: `must be a whole number (${what})` })
    .int(`must be a whole number (${what})`)
    .positive(`must be greater than 0 (${what})`)
    .default(fallback);

function isKeyOf32Bytes(base64: string): boolean {
  return Buffer.from(base64, "base64").length === 32;
}

/** "group=role,group=role" — e.g. "vpn-admins=admin,netops=requester". */
export function parseRoleMap(text: string): Map<string, Role[]> {
  const map = new Map<string, Role[]>();
  for (const entry of text.split(",")) {
    const trimmed = entry.trim();
    if (!trimmed) continue;
    const eq = trimmed.lastIndexOf("=");
    const group = trimmed.slice(0, eq).trim();
    const role = trimmed.slice(eq + 1).trim();
    if (eq <= 0 || !group || !isRole(role)) {
      throw new Error(
        `entry "${trimmed}" must look like group=role with role one of viewer, requester, approver, admin`,
      );
    }
    map.set(group, [...(map.get(group) ?? []), role]);
  }
  return map;
}

const roleMapText = z
  .string()
  .optional()
  .superRefine((value, ctx) => {
    if (!value) return;
    try {
      parseRoleMap(value);
    } catch (error) {
      ctx.addIssue({ code: "custom", message: (error as Error).message });
    }
  });

/** "0,5,300": seconds before each attempt of a notification; the last one's failure is final. */
const retrySeconds = z
  .string()
  .trim()
  .regex(/^\d+(,\s*\d+){0,19}$/, {
    error: "must be up to 20 whole numbers of seconds separated by commas, e.g. 0,5,300,1800",
  })
  .transform((text) => text.split(",").map((part) => Number(part.trim())))
  .optional();

const keyOf32Bytes = z
  .string()
  .trim()
  .refine((value) => /^[A-Za-z0-9+/]+={0,2}$/.test(value) && isKeyOf32Bytes(value), {
    error: "must be 32 random bytes in base64 (44 characters), e.g. from `openssl rand -base64 32`",
  })
  .optional();

export const serverEnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
    PORTAL_MODE: z.enum(["sandbox", "live"], { error: 'must be "sandbox" or "live"' }).optional(),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
    TENCENTCLOUD_SECRET_ID: optionalText,
    TENCENTCLOUD_SECRET_KEY: optionalText,
    TENCENTCLOUD_SESSION_TOKEN: optionalText,
    TENCENTCLOUD_ENDPOINT: endpointUrl,
    TENCENTCLOUD_SITE: accountSiteSchema.optional(),
    ALIBABA_CLOUD_ACCESS_KEY_ID: optionalText,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: optionalText,
    ALIBABA_CLOUD_SECURITY_TOKEN: optionalText,
    ALIBABA_CLOUD_VPC_ENDPOINT: endpointUrl,
    ALIBABA_CLOUD_SITE: accountSiteSchema.optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, {
        error: "must be a PostgreSQL URL such as postgres://user:pass@db-host:5432/portal",
      })
      .optional(),
    PGLITE_DATA_DIR: z.string().trim().min(1, "must not be empty when set").default(".data/pglite"),
    PORTAL_URL: z
      .url({
        protocol: /^https?$/,
        error: "must be the portal's public URL such as https://vpn.example.com",
      })
      .optional(),
    SESSION_TTL_HOURS: positiveInt(12, "hours a session lasts"),
    AUTH_MAX_FAILED_SIGN_INS: positiveInt(5, "failed sign-ins per account before throttling"),
    AUTH_MAX_FAILED_SIGN_INS_PER_IP: positiveInt(50, "failed sign-ins per IP before throttling"),
    AUTH_THROTTLE_WINDOW_MINUTES: positiveInt(15, "minutes failed sign-ins are remembered"),
    OIDC_ISSUER: endpointUrl,
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
    OIDC_GROUPS_CLAIM: z.string().trim().min(1).default("groups"),
    OIDC_ROLE_MAP: roleMapText,
    OIDC_SCOPES: z.string().trim().min(1).default("openid email profile"),
    PSK_ENCRYPTION_KEY: keyOf32Bytes,
    AUDIT_HMAC_KEY: keyOf32Bytes,
    AUDIT_HEAD_FILE: z
      .string()
      .trim()
      .min(1, 'must not be empty when set (a file path, or "off")')
      .optional(),
    EXECUTION_WORKER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
    EXECUTION_POLL_MS: positiveInt(2_000, "milliseconds between looks for queued executions"),
    EXECUTION_CONCURRENCY: positiveInt(4, "executions one portal process runs at once"),
    NOTIFY_DISPATCHER: z.enum(["on", "off"], { error: 'must be "on" or "off"' }).default("on"),
    NOTIFY_POLL_MS: positiveInt(2_000, "milliseconds between looks for due notifications"),
    NOTIFY_ALLOWED_NETWORKS: z
      .enum(ALLOWED_NETWORKS, { error: 'must be "public", "private" or "loopback"' })
      .default("public"),
    NOTIFY_RETRY_SECONDS: retrySeconds,
  })
  .superRefine((env, ctx) => {
    const pairs = [
      ["TENCENTCLOUD_SECRET_ID", "TENCENTCLOUD_SECRET_KEY"],
      ["ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET"],
    ] as const;
    for (const [id, secret] of pairs) {
      if (env[id] && !env[secret]) {
        ctx.addIssue({ code: "custom", path: [secret], message: `is required when ${id} is set` });
      }
      if (env[secret] && !env[id]) {
        ctx.addIssue({ code: "custom", path: [id], message: `is required when ${secret} is set` });
      }
    }
    const oidc = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;
    const oidcSet = oidc.filter((name) => env[name]);
    if (oidcSet.length > 0 && oidcSet.length < oidc.length) {
      for (const name of oidc.filter((n) => !env[n])) {
        ctx.addIssue({
          code: "custom",
          path: [name],
          message: "is required when any of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET is set",
        });
      }
    }
    if (env.PORTAL_MODE === "live" && !hasCloudCredentials(env)) {
      ctx.addIssue({
        code: "custom",
        path: ["PORTAL_MODE"],
        message:
          "is live but no cloud credentials are set (TENCENTCLOUD_SECRET_ID/KEY or ALIBABA_CLOUD_ACCESS_KEY_ID/SECRET)",
      });
    }
  });

type ParsedEnv = z.infer<typeof serverEnvSchema>;

export type ServerEnv = ParsedEnv & {
  mode: "sandbox" | "live";
  namedCloudAccounts: NamedCloudAccounts;
};

function hasCloudCredentials(env: Partial<ParsedEnv>, named?: NamedCloudAccounts): boolean {
  return Boolean(
    env.TENCENTCLOUD_SECRET_ID ||
    env.ALIBABA_CLOUD_ACCESS_KEY_ID ||
    Object.keys(named?.tencent ?? {}).length ||
    Object.keys(named?.alibaba ?? {}).length,
  );
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid environment:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses an environment; throws EnvError naming every bad variable. Values are never echoed. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  const named = parseNamedCloudAccounts(source);
  const problems = [
    ...(result.success ? [] : result.error.issues),
    ...(named.success ? [] : named.error.issues),
  ].map((issue) => `${issue.path.join(".") || "(environment)"} ${issue.message}`);
  if (!result.success || !named.success) throw new EnvError(problems);
  const env = result.data;
  const mode = env.PORTAL_MODE ?? (hasCloudCredentials(env, named.data) ? "live" : "sandbox");
  if (mode === "live") {
    const missing = [
      env.PSK_ENCRYPTION_KEY
        ? null
        : "PSK_ENCRYPTION_KEY is required in live mode (32 random bytes in base64, e.g. `openssl rand -base64 32`): it encrypts the tunnels' pre-shared keys",
      env.AUDIT_HMAC_KEY
        ? null
        : "AUDIT_HMAC_KEY is required in live mode (32 random bytes in base64, e.g. `openssl rand -base64 32`, kept apart from the database and its backups): it keys the audit chain",
    ].filter((problem): problem is string => problem !== null);
    if (missing.length > 0) throw new EnvError(missing);
  }
  return { ...env, mode, namedCloudAccounts: named.data };
}

/** Names of variables whose values are secrets: the logger redacts these values wherever they appear. */
export const SECRET_ENV_NAMES = [
  "TENCENTCLOUD_SECRET_KEY",
  "TENCENTCLOUD_SESSION_TOKEN",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
  "OIDC_CLIENT_SECRET",
  "DATABASE_URL",
  "PSK_ENCRYPTION_KEY",
  "AUDIT_HMAC_KEY",
] as const satisfies readonly (keyof ParsedEnv)[];

/** True for every variable holding a secret, named-account variables included. */
export function isSecretEnvName(name: string): boolean {
  return (
    (SECRET_ENV_NAMES as readonly string[]).includes(name) ||
    NAMED_ACCOUNT_SECRET_PATTERN.test(name)
  );
}

/** Every secret value of a parsed environment: the logger registers these for redaction. */
export function secretEnvValues(env: ServerEnv): string[] {
  const values: (string | undefined)[] = SECRET_ENV_NAMES.map((name) => env[name]);
  for (const account of Object.values(env.namedCloudAccounts.tencent)) {
    values.push(account.secretKey, account.sessionToken);
  }
  for (const account of Object.values(env.namedCloudAccounts.alibaba)) {
    values.push(account.accessKeySecret, account.securityToken);
  }
  return values.filter((value): value is string => Boolean(value));
}
