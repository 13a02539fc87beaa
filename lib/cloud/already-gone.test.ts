import { describe, expect, it } from "vitest";
import { CATALOGUE } from "@/lib/design/catalogue";
import { isAlreadyGone } from "./already-gone";
import { ALIBABA_DOCUMENTED_CODES, TENCENT_DOCUMENTED_CODES } from "./documented-error-codes";
import { CloudError } from "./errors";

const failure = (provider: "tencent" | "alibaba", action: string | undefined, code: string) =>
  new CloudError({ provider, action, code, message: code });

describe("isAlreadyGone", () => {
  it.each([
    ["DeleteVpnConnection", "ResourceNotFound"],
    ["DeleteVpnConnection", "UnsupportedOperation.RecordNotExists"],
    ["DeleteCustomerGateway", "ResourceNotFound"],
    ["DeleteVpnGateway", "InvalidVpnGatewayId.NotFound"],
    ["DescribeVpnGateways", "ResourceNotFound"],
  ] as const)("tencent %s: %s is already gone", (action, code) => {
    expect(isAlreadyGone(failure("tencent", action, code), "tencent", action)).toBe(true);
  });

  it.each([
    ["DeleteVpnConnection", "InvalidVpnConnectionInstanceId.NotFound"],
    ["DeleteCustomerGateway", "InvalidCustomerGatewayInstanceId.NotFound"],
    ["DeleteVpnGateway", "InvalidVpnGatewayInstanceId.NotFound"],
    ["DescribeVpnGateway", "InvalidVpnGatewayInstanceId.NotFound"],
  ] as const)("alibaba %s: %s is already gone", (action, code) => {
    expect(isAlreadyGone(failure("alibaba", action, code), "alibaba", action)).toBe(true);
  });

  it.each([
    ["in use", failure("tencent", "DeleteCustomerGateway", "ResourceInUse")],
    [
      "locked",
      failure("tencent", "DeleteVpnConnection", "UnsupportedOperation.MutexOperationTaskRunning"),
    ],
    ["another action's not-found", failure("tencent", "DescribeVpcs", "ResourceNotFound")],
    ["another provider", failure("alibaba", "DeleteCustomerGateway", "ResourceNotFound")],
    [
      "another resource's code",
      failure("tencent", "DeleteCustomerGateway", "InvalidVpnGatewayId.NotFound"),
    ],
    ["a timeout", failure("tencent", "DeleteCustomerGateway", "Transport.Timeout")],
  ])("%s is not", (_name, error) => {
    expect(isAlreadyGone(error, "tencent", "DeleteCustomerGateway")).toBe(false);
  });

  it("a region that does not exist is not a gateway that is gone", () => {
    const error = failure("alibaba", "DeleteVpnGateway", "InvalidRegionId.NotFound");
    expect(isAlreadyGone(error, "alibaba", "DeleteVpnGateway")).toBe(false);
  });

  it("anything but a CloudError is not", () => {
    expect(isAlreadyGone(new Error("ResourceNotFound"), "tencent", "DeleteVpnGateway")).toBe(false);
    expect(isAlreadyGone({ code: "ResourceNotFound" }, "tencent", "DeleteVpnGateway")).toBe(false);
  });

  it("reads only codes the documented code lists name (so each has an explanation)", () => {
    const documented = { tencent: TENCENT_DOCUMENTED_CODES, alibaba: ALIBABA_DOCUMENTED_CODES };
    for (const provider of ["tencent", "alibaba"] as const) {
      for (const entry of Object.values(CATALOGUE[provider])) {
        const codes = "alreadyGone" in entry ? entry.alreadyGone : [];
        for (const code of codes) expect(documented[provider]).toContain(code);
      }
    }
  });
});
