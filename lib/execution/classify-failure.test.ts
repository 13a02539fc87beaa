import { describe, expect, it } from "vitest";
import { CloudError, TRANSPORT_CODES } from "@/lib/cloud/errors";
import { TENCENT_DOCUMENTED_CODES } from "@/lib/cloud/documented-error-codes";
import { CATALOGUE } from "@/lib/design/catalogue";
import type { PlanStep } from "@/lib/design/plan/types";
import { classifyCloudFailure, saysAlreadyExists } from "./classify-failure";

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

describe("classifyCloudFailure of a delete step: its catalogue entry's busy answers", () => {
  const step = (provider: string, action: string) => ({ provider, action }) as PlanStep;
  it.each([
    ["tencent", "DeleteVpnGateway", "UnsupportedOperation.InvalidState", "busy"],
    ["tencent", "DeleteVpnConnection", "UnsupportedOperation.DeleteVpnConnInvalidState", "busy"],
    ["alibaba", "DeleteVpnGateway", "OperationConflict", "busy"],
    ["alibaba", "DeleteVpnConnection", "VpnGateway.Configuring", "busy"],
    // In use: the teardown order should prevent it; when it happens, the step fails with it.
    ["tencent", "DeleteCustomerGateway", "ResourceInUse", "definite"],
    ["alibaba", "DeleteVpnGateway", "DependencyViolation.VpnConnection", "definite"],
    // Busy for a delete, not for every action: a create's InvalidState stays a refusal.
    ["tencent", "CreateVpnConnection", "UnsupportedOperation.InvalidState", "definite"],
  ])("%s %s: %s → %s", (provider, action, code, kind) => {
    expect(classifyCloudFailure(failure(code), step(provider, action))).toBe(kind);
  });
});

describe("saysAlreadyExists", () => {
  const step = (provider: string, action: string) => ({ provider, action }) as PlanStep;

  it("knows each Tencent create's documented already-exists answers, and nothing else", () => {
    expect(
      saysAlreadyExists(
        step("tencent", "CreateVpnGateway"),
        failure("InvalidParameterValue.Duplicate"),
      ),
    ).toBe(true);
    const customerGateway = step("tencent", "CreateCustomerGateway");
    expect(saysAlreadyExists(customerGateway, failure("UnsupportedOperation.RecordExists"))).toBe(
      true,
    );
    expect(saysAlreadyExists(customerGateway, failure("LimitExceeded"))).toBe(false);
    // Alibaba creates resend their ClientToken instead: no such answer is adopted.
    expect(
      saysAlreadyExists(
        step("alibaba", "CreateVpnGateway"),
        failure("InvalidParameterValue.Duplicate"),
      ),
    ).toBe(false);
  });

  it("names only codes cloud-api.md §2.9 documents", () => {
    const named = Object.values(CATALOGUE.tencent).flatMap((entry) =>
      "alreadyExists" in entry ? entry.alreadyExists : [],
    );
    expect(named.length).toBeGreaterThan(0);
    for (const code of named) expect(TENCENT_DOCUMENTED_CODES).toContain(code);
  });
});
