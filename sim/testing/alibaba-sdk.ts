import OpenApi, { $OpenApiUtil, OpenApiUtil } from "@alicloud/openapi-core";
import { RuntimeOptions } from "@darabonba/typescript";
import { SANDBOX_CREDENTIALS } from "../types";
import { rejectionOf } from "./rejection";

export type AlibabaSignature = "acs3" | "v1";

/**
 * The official Alibaba generic client (@alicloud/openapi-core) pointed at the simulator over
 * plain HTTP (test helper). `v1` selects the RPC HMAC-SHA1 signature (`signatureAlgorithm: "v2"`).
 */
export function alibabaSdkClient(options: {
  port: number;
  signature?: AlibabaSignature;
  accessKeyId?: string;
  accessKeySecret?: string;
  regionId?: string;
}) {
  const client = new OpenApi(
    new $OpenApiUtil.Config({
      accessKeyId: options.accessKeyId ?? SANDBOX_CREDENTIALS.alibaba.accessKeyId,
      accessKeySecret: options.accessKeySecret ?? SANDBOX_CREDENTIALS.alibaba.accessKeySecret,
      regionId: options.regionId ?? "cn-hangzhou",
      endpoint: `127.0.0.1:${options.port}`,
      protocol: "http",
      signatureAlgorithm: options.signature === "v1" ? "v2" : undefined,
      readTimeout: 10_000,
      connectTimeout: 5_000,
    }),
  );
  return {
    /**
     * Calls an RPC action; resolves to the response body. `body` goes in the form body the way
     * the generated vpc20160428 client sends its body parameters (TunnelOptionsSpecification).
     */
    async call(
      action: string,
      query: Record<string, unknown>,
      body?: Record<string, unknown>,
    ): Promise<Record<string, unknown>> {
      const params = new $OpenApiUtil.Params({
        action,
        version: "2016-04-28",
        protocol: "HTTP",
        pathname: "/",
        method: "POST",
        authType: "AK",
        style: "RPC",
        reqBodyType: "formData",
        bodyType: "json",
      });
      const request = new $OpenApiUtil.OpenApiRequest({
        query: OpenApiUtil.query({ RegionId: options.regionId ?? "cn-hangzhou", ...query }),
        ...(body ? { body: OpenApiUtil.parseToMap(body) } : {}),
      });
      const runtime = new RuntimeOptions({ autoretry: false, maxAttempts: 1 });
      const response = await client.callApi(params, request, runtime);
      return response.body as Record<string, unknown>;
    },
  };
}

/** The rejection of an SDK call: `code`, `statusCode`, `message`. */
export const aliSdkError = (promise: Promise<unknown>) =>
  rejectionOf<{ code?: string; statusCode?: number; message?: string }>(promise);
