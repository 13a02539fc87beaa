import { describe, expect, it } from "vitest";
import { CloudError, TRANSPORT_CODES } from "@/lib/cloud/errors";
import { classifyCloudFailure } from "./classify-failure";

const failure = (code: string, httpStatus?: number) =>
  new CloudError({ provider: "tencent", code, message: code, httpStatus });

describe("classifyCloudFailure", () => {
  it.each([
    ["RequestLimitExceeded", "throttled"],
    ["RequestLimitExceeded.UinLimitExceeded", "throttled"],
    ["Throttling.User", "throttled"],
    ["VpnGateway.Configuring", "busy"],
    ["UnsupportedOperation.MutexOperationTaskRunning", "busy"],
    [TRANSPORT_CODES.timeout, "ambiguous"],
    [TRANSPORT_CODES.network, "ambiguous"],
    [TRANSPORT_CODES.httpStatus, "ambiguous"],
    [TRANSPORT_CODES.malformed, "ambiguous"],
    ["InternalError", "ambiguous"],
    ["InternalError.ModuleError", "ambiguous"],
    ["ServiceUnavailable", "ambiguous"],
    ["InvalidParameterValue.VpcCidrConflict", "definite"],
    ["Resource.QuotaFull", "definite"],
    ["UnsupportedOperation.RecordExists", "definite"],
    [TRANSPORT_CODES.invalidRequest, "definite"],
  ])("%s → %s", (code, kind) => {
    expect(classifyCloudFailure(failure(code))).toBe(kind);
  });

  it("treats an unknown code answered with a 5xx status as ambiguous", () => {
    expect(classifyCloudFailure(failure("SomethingNew", 502))).toBe("ambiguous");
    expect(classifyCloudFailure(failure("SomethingNew", 400))).toBe("definite");
  });
});
