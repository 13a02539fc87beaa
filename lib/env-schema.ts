import { z } from "zod";
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
    ALIBABA_CLOUD_ACCESS_KEY_ID: optionalText,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: optionalText,
    ALIBABA_CLOUD_SECURITY_TOKEN: optionalText,
    ALIBABA_CLOUD_VPC_ENDPOINT: endpointUrl,
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
  return { ...env, mode, namedCloudAccounts: named.data };
}

/** Names of variables whose values are secrets: the logger redacts these values wherever they appear. */
export const SECRET_ENV_NAMES = [
  "TENCENTCLOUD_SECRET_KEY",
  "TENCENTCLOUD_SESSION_TOKEN",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
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
