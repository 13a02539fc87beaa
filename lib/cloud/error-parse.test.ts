import { describe, expect, it } from "vitest";
import { ALIBABA_DOCUMENTED_CODES, TENCENT_DOCUMENTED_CODES } from "./documented-error-codes";
import { parseAlibabaResponse, parseTencentResponse } from "./error-parse";
import { CloudError } from "./errors";

const RETRYABLE = new Set([
  "RequestLimitExceeded",
  "RequestLimitExceeded.UinLimitExceeded",
  "InternalError",
  "InternalServerError",
  "InternalError.ModuleError",
  "ServiceUnavailable",
  "Throttling",
  "Throttling.User",
  "Throttling.Api",
  "VpnGateway.Configuring",
  "Appliance.Configuring",
  "VpnTask.CONFLICT",
  "VpnConnection.Configuring",
  "TaskConflict",
]);

function caught(run: () => unknown): CloudError {
  try {
    run();
  } catch (error) {
    if (error instanceof CloudError) return error;
    throw error;
  }
  throw new Error("expected a CloudError");
}

describe("every documented code becomes a CloudError with code, message, request id, retryable", () => {
  it.each(TENCENT_DOCUMENTED_CODES)("tencent %s", (code) => {
    const body = JSON.stringify({
      Response: { Error: { Code: code, Message: `msg ${code}` }, RequestId: "rid-t" },
    });
    const error = caught(() =>
      parseTencentResponse({ status: 200, body, action: "CreateVpnConnection" }),
    );
    expect(error.toJSON()).toMatchObject({
      provider: "tencent",
      code,
      message: `msg ${code}`,
      requestId: "rid-t",
      httpStatus: 200,
      retryable: RETRYABLE.has(code),
      action: "CreateVpnConnection",
    });
  });

  it.each(ALIBABA_DOCUMENTED_CODES)("alibaba %s", (code) => {
    const body = JSON.stringify({
      RequestId: "rid-a",
      HostId: "vpc.aliyuncs.com",
      Code: code,
      Message: `msg ${code}`,
      Recommend: "https://example.invalid",
    });
    const error = caught(() =>
      parseAlibabaResponse({ status: 400, body, action: "CreateVpnGateway" }),
    );
    expect(error.toJSON()).toMatchObject({
      provider: "alibaba",
      code,
      message: `msg ${code}`,
      requestId: "rid-a",
      httpStatus: 400,
      retryable: RETRYABLE.has(code),
    });
  });
});

describe("garbage never crashes the parser", () => {
  const garbage = [
    "",
    "null",
    "42",
    "[]",
    "<html><h1>502</h1></html>",
    "{",
    '{"Response": null}',
    '{"Response": {"Error": {}}}',
    "\u0000\uffff",
    '"text"',
  ];
  it.each(garbage)("tencent %j", (body) => {
    const error = caught(() =>
      parseTencentResponse({ status: 200, body, action: "DescribeVpcs", headerRequestId: "h1" }),
    );
    expect(error.code).toBe("Transport.MalformedResponse");
    expect(error.requestId).toBe("h1");
  });
  it.each(garbage)("alibaba %j", (body) => {
    const error = caught(() =>
      parseAlibabaResponse({ status: 502, body, action: "DescribeVpcs", headerRequestId: "h2" }),
    );
    expect(error.code).toBe("Transport.HttpStatus");
    expect(error.retryable).toBe(true);
    expect(error.requestId).toBe("h2");
  });

  it("keeps a body request id even when the shape is wrong", () => {
    const error = caught(() =>
      parseTencentResponse({
        status: 503,
        body: '{"Response": {"RequestId": "rb"}}',
        action: "DescribeVpcs",
      }),
    );
    expect(error).toMatchObject({ code: "Transport.HttpStatus", requestId: "rb", retryable: true });
  });

  it("passes a well-formed success through", () => {
    expect(
      parseAlibabaResponse({
        status: 200,
        body: '{"RequestId":"ok","TotalCount":0}',
        action: "DescribeVpcs",
      }),
    ).toEqual({
      response: { RequestId: "ok", TotalCount: 0 },
      requestId: "ok",
    });
  });
});
