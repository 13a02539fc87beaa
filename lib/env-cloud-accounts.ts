import { z } from "zod";
import { accountSiteSchema } from "@/lib/schemas/link/account-site";

/**
 * Named cloud accounts (more than one per provider), read from prefixed variables:
 *
 *   TENCENTCLOUD_ACCOUNT_<NAME>_SECRET_ID / _SECRET_KEY / _SESSION_TOKEN (optional) / _SITE (optional)
 *   ALIBABA_CLOUD_ACCOUNT_<NAME>_ACCESS_KEY_ID / _ACCESS_KEY_SECRET / _SECURITY_TOKEN (optional) / _SITE (optional)
 *
 * <NAME> is upper-case letters, digits and single underscores; the account name the app sees is
 * its lower-case form with `_` turned into `-` (`PROD_EU` -> `prod-eu`). The standard variables
 * (TENCENTCLOUD_SECRET_ID, ALIBABA_CLOUD_ACCESS_KEY_ID, ...) are the account named `default`,
 * so `DEFAULT` is reserved here.
 */

const NAME = "([A-Z0-9]+(?:_[A-Z0-9]+)*)";
const TENCENT_PATTERN = new RegExp(
  `^TENCENTCLOUD_ACCOUNT_${NAME}_(SECRET_ID|SECRET_KEY|SESSION_TOKEN|SITE)$`,
);
const ALIBABA_PATTERN = new RegExp(
  `^ALIBABA_CLOUD_ACCOUNT_${NAME}_(ACCESS_KEY_ID|ACCESS_KEY_SECRET|SECURITY_TOKEN|SITE)$`,
);

/** Variable names whose values are secrets (for redaction). */
export const NAMED_ACCOUNT_SECRET_PATTERN =
  /^(TENCENTCLOUD_ACCOUNT_[A-Z0-9_]+_(SECRET_KEY|SESSION_TOKEN)|ALIBABA_CLOUD_ACCOUNT_[A-Z0-9_]+_(ACCESS_KEY_SECRET|SECURITY_TOKEN))$/;

const text = z.string().trim().min(1, "must not be empty when set");
/** The account's site (China / International): the site-dependent create rules follow it. */
const siteSchema = accountSiteSchema;

const tencentAccountSchema = z.object(
  { secretId: text, secretKey: text, sessionToken: text.optional(), site: siteSchema.optional() },
  { error: "needs both _SECRET_ID and _SECRET_KEY" },
);
const alibabaAccountSchema = z.object(
  {
    accessKeyId: text,
    accessKeySecret: text,
    securityToken: text.optional(),
    site: siteSchema.optional(),
  },
  { error: "needs both _ACCESS_KEY_ID and _ACCESS_KEY_SECRET" },
);

const namedCloudAccountsSchema = z
  .object({
    tencent: z.record(z.string(), tencentAccountSchema),
    alibaba: z.record(z.string(), alibabaAccountSchema),
  })
  .superRefine((accounts, ctx) => {
    for (const provider of ["tencent", "alibaba"] as const) {
      if (accounts[provider].default) {
        ctx.addIssue({
          code: "custom",
          path: [provider, "default"],
          message: "DEFAULT is reserved for the standard variables",
        });
      }
    }
  });

export type NamedCloudAccounts = z.infer<typeof namedCloudAccountsSchema>;

const TENCENT_FIELDS = {
  SECRET_ID: "secretId",
  SECRET_KEY: "secretKey",
  SESSION_TOKEN: "sessionToken",
  SITE: "site",
};
const ALIBABA_FIELDS = {
  ACCESS_KEY_ID: "accessKeyId",
  ACCESS_KEY_SECRET: "accessKeySecret",
  SECURITY_TOKEN: "securityToken",
  SITE: "site",
};

function accountName(raw: string): string {
  return raw.toLowerCase().replaceAll("_", "-");
}

/** Collects and validates the named accounts; issue paths name the offending variable prefix. */
export function parseNamedCloudAccounts(source: Record<string, string | undefined>) {
  const raw = {
    tencent: {} as Record<string, Record<string, string | undefined>>,
    alibaba: {} as Record<string, Record<string, string | undefined>>,
  };
  for (const [key, value] of Object.entries(source)) {
    for (const [provider, pattern, fields] of [
      ["tencent", TENCENT_PATTERN, TENCENT_FIELDS],
      ["alibaba", ALIBABA_PATTERN, ALIBABA_FIELDS],
    ] as const) {
      const match = pattern.exec(key);
      if (!match?.[1] || !match[2]) continue;
      const name = accountName(match[1]);
      const account = (raw[provider][name] ??= {});
      account[fields[match[2] as keyof typeof fields]] = value;
    }
  }
  return namedCloudAccountsSchema.safeParse(raw);
}
