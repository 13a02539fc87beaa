import { describe, expect, it } from "vitest";
import {
  isTencentFinanceRegion,
  resolveAlibabaEndpoint,
  resolveTencentEndpoint,
} from "./endpoints";

describe("resolveTencentEndpoint", () => {
  it.each([
    ["ap-guangzhou", "vpc.ap-guangzhou.tencentcloudapi.com"],
    ["ap-shanghai-fsi", "vpc.ap-shanghai-fsi.tencentcloudapi.com"],
    ["ap-shenzhen-fsi", "vpc.ap-shenzhen-fsi.tencentcloudapi.com"],
    ["eu-frankfurt", "vpc.eu-frankfurt.tencentcloudapi.com"],
  ])("%s -> %s", (region, host) => {
    expect(resolveTencentEndpoint({ region })).toEqual({ url: `https://${host}/`, host });
  });

  it("uses the nearest domain only for non-finance regions", () => {
    expect(resolveTencentEndpoint({ region: "ap-beijing", nearest: true }).host).toBe(
      "vpc.tencentcloudapi.com",
    );
    for (const region of ["ap-shanghai-fsi", "ap-shenzhen-fsi", "ap-beijing-fsi"]) {
      expect(isTencentFinanceRegion(region)).toBe(true);
      expect(resolveTencentEndpoint({ region, nearest: true }).host).toBe(
        `vpc.${region}.tencentcloudapi.com`,
      );
    }
  });

  it("honours the override with scheme, host and port", () => {
    expect(
      resolveTencentEndpoint({ region: "ap-shanghai-fsi", override: "http://127.0.0.1:4566" }),
    ).toEqual({ url: "http://127.0.0.1:4566/", host: "127.0.0.1:4566" });
  });

  it("refuses a region that could change the host", () => {
    expect(() => resolveTencentEndpoint({ region: "evil.com/x" })).toThrow(/region/);
    expect(() => resolveTencentEndpoint({ region: "" })).toThrow(/region/);
  });
});

describe("resolveAlibabaEndpoint", () => {
  it.each([
    ["cn-hangzhou", "vpc.aliyuncs.com"],
    ["cn-shanghai-finance-1", "vpc.aliyuncs.com"],
    ["cn-shenzhen-finance-1", "vpc.aliyuncs.com"],
    ["cn-beijing", "vpc.cn-beijing.aliyuncs.com"],
    ["ap-southeast-1", "vpc.ap-southeast-1.aliyuncs.com"],
  ])("%s -> %s", (region, host) => {
    expect(resolveAlibabaEndpoint({ region }).host).toBe(host);
  });

  it("honours the override", () => {
    expect(
      resolveAlibabaEndpoint({ region: "cn-beijing", override: "https://localhost:8443/ignored" }),
    ).toEqual({ url: "https://localhost:8443/", host: "localhost:8443" });
  });
});
