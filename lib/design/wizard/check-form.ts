import { accountSiteIssues, type SiteOfAccount } from "@/lib/design/link/account-site-issues";
import { linkDesignSchema, refusedAddresses } from "@/lib/design/link/link-design-schema";
import { type LinkDesign } from "../../schemas/link/design";
import { designFindings, vpcPairFindings, type DesignFinding } from "../findings";
import { cleanValues, pskPathOf, valueAt, type FormValues } from "./form-values";

export type FormIssue = { path: string; message: string };

export type FormCheck = {
  /** The design, when the form is one. */
  design: LinkDesign | undefined;
  /** Schema errors (the same sentences the route handler answers with), one per field. */
  issues: FormIssue[];
  /** Design checks that are not errors: crypto lint, warnings and notes. */
  findings: DesignFinding[];
};

/** Stands in for a key already stored on the server, so the form validates without it. */
const STORED_KEY_STAND_IN = "stored-key";

function withStoredKey(values: FormValues, hasStoredPsk: boolean): unknown {
  const path = pskPathOf(values.kind);
  if (!hasStoredPsk || !path || valueAt(values, path)) return values;
  const copy = structuredClone(values);
  const parts = path.split(".");
  const holder = parts
    .slice(0, -1)
    .reduce<FormValues | undefined>((node, part) => node?.[part] as FormValues | undefined, copy);
  if (holder) holder[parts.at(-1)!] = STORED_KEY_STAND_IN;
  return copy;
}

/**
 * Address checks the cloud would refuse, found before the rest of the form is complete: the
 * schema checks a whole design only, so on their own they would wait for the key (the last field
 * of the tunnel step) or, on a cloud ↔ cloud link, for the tunnel step. Here the design is tried
 * again with a stand-in key, and the two VPCs are compared as soon as both are picked.
 */
function earlyAddressIssues(values: FormValues): FormIssue[] {
  const early: FormIssue[] = [];
  const path = pskPathOf(values.kind);
  if (path && !valueAt(values, path)) {
    const withKey = linkDesignSchema.safeParse(cleanValues(withStoredKey(values, true)));
    if (!withKey.success) {
      early.push(
        ...withKey.error.issues.map((issue) => ({
          path: issue.path.join("."),
          message: issue.message,
        })),
      );
    }
  }
  const tencentCidrs = valueAt(values, "tencent.vpcCidrs");
  const alibabaCidrs = valueAt(values, "alibaba.vpcCidrs");
  if (values.kind === "cloudToCloud" && isTextList(tencentCidrs) && isTextList(alibabaCidrs)) {
    early.push(...refusedAddresses(vpcPairFindings(tencentCidrs, alibabaCidrs)));
  }
  return early;
}

const isTextList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === "string");

/**
 * Validates the form exactly as the server will, and runs the design checks on it. `siteOf` gives
 * the configured accounts' sites (the account picker's), for the rules that depend on them.
 */
export function checkForm(
  values: FormValues,
  options: { hasStoredPsk: boolean; siteOf?: SiteOfAccount | undefined },
): FormCheck {
  const result = linkDesignSchema.safeParse(
    cleanValues(withStoredKey(values, options.hasStoredPsk)),
  );
  if (!result.success) {
    const seen = new Set<string>();
    const issues: FormIssue[] = [];
    const found = [
      ...result.error.issues.map((issue) => ({
        path: issue.path.join("."),
        message: issue.message,
      })),
      ...earlyAddressIssues(values),
    ];
    for (const issue of found) {
      if (seen.has(issue.path)) continue;
      seen.add(issue.path);
      issues.push(issue);
    }
    return { design: undefined, issues, findings: [] };
  }
  const siteIssues = options.siteOf ? accountSiteIssues(result.data, options.siteOf) : [];
  if (siteIssues.length > 0) {
    const issues = siteIssues.map((issue) => ({
      path: issue.path.join("."),
      message: issue.message,
    }));
    return { design: undefined, issues, findings: [] };
  }
  return {
    design: result.data,
    issues: [],
    findings: designFindings(result.data).filter(
      (f) => !(f.source === "address" && f.severity === "block"),
    ),
  };
}
