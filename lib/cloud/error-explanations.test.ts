import { describe, expect, it } from "vitest";
import { ALIBABA_DOCUMENTED_CODES, TENCENT_DOCUMENTED_CODES } from "./documented-error-codes";
import { explainCloudError } from "./error-explanations";
import { TRANSPORT_CODES } from "./errors";

const HAN = /\p{Script=Han}/u;

describe("explainCloudError covers every documented code", () => {
  const cases = [
    ...TENCENT_DOCUMENTED_CODES.map((code) => ["tencent", code] as const),
    ...ALIBABA_DOCUMENTED_CODES.map((code) => ["alibaba", code] as const),
    ...Object.values(TRANSPORT_CODES).flatMap((code) => [
      ["tencent", code] as const,
      ["alibaba", code] as const,
    ]),
  ];

  it.each(cases)("%s %s has an English and a Chinese explanation", (provider, code) => {
    const explained = explainCloudError({ provider, code });
    expect(explained.match).not.toBe("generic");
    expect(explained.en.length).toBeGreaterThan(20);
    expect(explained.zh).toMatch(HAN);
  });

  it.each([
    ["tencent", "InvalidParameter.Coexist"],
    ["tencent", "InvalidParameterValue.Malformed"],
    ["tencent", "InvalidParameterValue.VpcCidrConflict"],
    ["tencent", "AuthFailure.SignatureFailure"],
    ["tencent", "AuthFailure.SignatureExpire"],
    ["tencent", "RequestLimitExceeded"],
    ["alibaba", "Resource.QuotaFull"],
    ["alibaba", "SignatureDoesNotMatch"],
    ["alibaba", "InvalidTimeStamp.Expired"],
  ] as const)("%s %s has its own entry", (provider, code) => {
    expect(explainCloudError({ provider, code }).match).toBe("exact");
  });

  it("falls back by family, then to a generic text", () => {
    expect(explainCloudError({ provider: "alibaba", code: "Throttling.Whatever" }).match).toBe(
      "family",
    );
    expect(explainCloudError({ provider: "tencent", code: "Zzz" }).match).toBe("generic");
  });
});
