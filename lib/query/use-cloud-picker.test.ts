import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fakeApi } from "@/test/fake-api";
import { cloudPickerQuery } from "./use-cloud-picker";

afterEach(() => vi.unstubAllGlobals());

describe("the cloud picker query", () => {
  it("asks for the filled-in filters only, and one key per distinct request", async () => {
    const url = "GET /api/cloud/tencent/vpcs?account=default&region=ap-guangzhou";
    const requests = fakeApi({ [url]: () => ({ items: [{ id: "vpc-1", name: "office" }] }) });
    const client = new QueryClient();
    const options = cloudPickerQuery("tencent", "vpcs", {
      account: "default",
      region: "ap-guangzhou",
      vpcId: "",
    });
    expect(await client.fetchQuery(options)).toEqual({ items: [{ id: "vpc-1", name: "office" }] });
    expect(requests).toEqual([url]);
    expect(
      cloudPickerQuery("tencent", "vpcs", { account: "default", region: "ap-guangzhou" }).queryKey,
    ).toEqual(options.queryKey);
    expect(cloudPickerQuery("tencent", "vpcs", { account: "default" }).queryKey).not.toEqual(
      options.queryKey,
    );
  });
});
