import { z } from "zod";

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

export type ServerEnv = ParsedEnv & { mode: "sandbox" | "live" };

function hasCloudCredentials(env: Partial<ParsedEnv>): boolean {
  return Boolean(env.TENCENTCLOUD_SECRET_ID || env.ALIBABA_CLOUD_ACCESS_KEY_ID);
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
  if (!result.success) {
    throw new EnvError(
      result.error.issues.map(
        (issue) => `${issue.path.join(".") || "(environment)"} ${issue.message}`,
      ),
    );
  }
  const env = result.data;
  return { ...env, mode: env.PORTAL_MODE ?? (hasCloudCredentials(env) ? "live" : "sandbox") };
}

/** Names of variables whose values are secrets: the logger redacts these values wherever they appear. */
export const SECRET_ENV_NAMES = [
  "TENCENTCLOUD_SECRET_KEY",
  "TENCENTCLOUD_SESSION_TOKEN",
  "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
  "ALIBABA_CLOUD_SECURITY_TOKEN",
] as const satisfies readonly (keyof ParsedEnv)[];
