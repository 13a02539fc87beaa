import { describe, expect, it } from "vitest";
import { toConnectionParams } from "@/lib/cloud/alibaba/actions";
import { flattenAlibabaParams, type AlibabaParamValue } from "@/lib/cloud/signing/percent-encode";
import type { RunningSimulator } from "./server";
import { siteKeys } from "./site-keys";
import { SANDBOX_CREDENTIALS } from "./types";
import type { RuleBase, RuleProvider } from "./testing/documented-rule";
import { freshSimulatorEachTest } from "./testing/fresh-simulator";
import { aliRaw, tcRaw, tcResponse } from "./testing/raw";
import {
  ALIBABA_BASES,
  DOCUMENTED_RULES,
  TENCENT_BASES,
  type DocumentedRule,
} from "./testing/documented-rules";

// The rule table (sim/testing/documented-rules.ts) over signed HTTP: the simulator refuses every
// row on its own, with the cloud's code, and accepts every base request the rows break.

const env = freshSimulatorEachTest();

type Call = Pick<DocumentedRule, "provider" | "action" | "request" | "site">;

/** The key of an account on the call's site (none: the configured key). */
function keyOf(call: Call, configured: { keyId: string; secret: string }) {
  return siteKeys(configured.keyId, configured.secret).find((key) => key.site === call.site)!;
}

/** Sends the request as the portal puts it on the wire; the refusal, or undefined when accepted. */
async function refusal(sim: RunningSimulator, call: Call) {
  if (call.provider === "tencent") {
    const { keyId: secretId, secret: secretKey } = keyOf(call, {
      keyId: SANDBOX_CREDENTIALS.tencent.secretId,
      secret: SANDBOX_CREDENTIALS.tencent.secretKey,
    });
    const error = tcResponse(
      await tcRaw(sim, call.action, call.request, { secretId, secretKey }),
    ).Error;
    return error && { code: error.Code, message: error.Message };
  }
  const { RegionId, ...rest } = call.request;
  const params = call.action === "CreateVpnConnection" ? toConnectionParams(rest) : rest;
  const answer = await aliRaw(
    sim,
    call.action,
    flattenAlibabaParams(params as Record<string, AlibabaParamValue>),
    {
      regionId: typeof RegionId === "string" ? RegionId : null,
      ...aliKey(call),
    },
  );
  return answer.status === 200
    ? undefined
    : { code: String(answer.body.Code), message: String(answer.body.Message) };
}

function aliKey(call: Call) {
  const { keyId, secret } = keyOf(call, {
    keyId: SANDBOX_CREDENTIALS.alibaba.accessKeyId,
    secret: SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
  });
  return { accessKeyId: keyId, secret };
}

/** The name a refusal must mention: the parameter's last named segment (`…LocalCidrBlock`). */
const namedIn = (param: string) =>
  param
    .split(".")
    .filter((part) => !/^\d+$/.test(part))
    .at(-1);

describe("the documented-rule table", () => {
  it("has at least 40 rows, each citing spec/cloud-api.md", () => {
    expect(DOCUMENTED_RULES.length).toBeGreaterThanOrEqual(40);
    for (const row of DOCUMENTED_RULES) expect(row.cite).toMatch(/^spec\/cloud-api\.md §\d/);
  });

  const basesOf = (provider: RuleProvider, bases: Record<string, RuleBase>) =>
    Object.entries(bases).map(([name, base]) => ({ provider, name, base }));
  const bases = [...basesOf("tencent", TENCENT_BASES), ...basesOf("alibaba", ALIBABA_BASES)];

  it.each(bases)("the simulator accepts the $provider base $name", async ({ provider, base }) => {
    expect(await refusal(env.sim, { provider, ...base })).toBeUndefined();
  });

  it.each(DOCUMENTED_RULES.map((row) => ({ ...row, name: `${row.provider} ${row.action}` })))(
    "the simulator refuses $name: $rule ($cite) with $code",
    async (row) => {
      expect(await refusal(env.sim, row)).toEqual({
        code: row.code,
        message: expect.stringContaining(namedIn(row.param) ?? row.param),
      });
    },
  );
});
