import type { Reply } from "../context";
import type { CloudProtocol } from "../http/answer";
import { cloudErrorClass } from "../http/cloud-error";

/** An Alibaba POP error: HTTP status plus `Code` (cloud-api.md §3.6). */
export const AliError = cloudErrorClass("AliError", 400);

export function aliErrorReply(
  requestId: string,
  code: string,
  message: string,
  httpStatus: number,
): Reply {
  return {
    status: httpStatus,
    body: {
      RequestId: requestId,
      HostId: "vpc.aliyuncs.com",
      Code: code,
      Message: message,
      Recommend: `https://api.aliyun.com/troubleshoot?q=${encodeURIComponent(code)}&product=Vpc`,
    },
  };
}

/** Alibaba RPC answers: a flat JSON body with `RequestId`, errors with a 4xx/5xx status. */
export const ALIBABA_PROTOCOL: CloudProtocol = {
  provider: "alibaba",
  errorReply: aliErrorReply,
  successBody: (output, requestId) => ({ ...output, RequestId: requestId }),
  internalError: {
    code: "InternalError",
    message: "The request processing has failed due to some unknown error.",
    httpStatus: 500,
  },
  injected: {
    error: {
      code: "InternalError",
      message: "The request processing has failed due to some unknown error (injected fault).",
      httpStatus: 500,
    },
    throttle: {
      code: "Throttling",
      message: "Request was denied due to flow control (injected fault).",
      httpStatus: 400,
    },
  },
};

export const missing = (name: string) =>
  new AliError(
    "MissingParameter",
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );

export const invalid = (name: string, detail: string) =>
  new AliError("InvalidParameter", `The specified parameter "${name}" is not valid: ${detail}.`);

/** `Resource.QuotaFull` for `what` (e.g. "VPN gateway") counted per `scope` (a region, "this gateway"). */
export const quotaFull = (what: string, quota: number, scope: string) =>
  new AliError("Resource.QuotaFull", `The ${what} quota (${quota}) of ${scope} is full.`);

const notFound = (code: string, what: string) => (id: string) =>
  new AliError(code, `The specified ${what} "${id}" does not exist.`, 404);

export const customerGatewayNotFound = notFound(
  "InvalidCustomerGatewayInstanceId.NotFound",
  "customer gateway",
);
export const gatewayNotFound = notFound("InvalidVpnGatewayInstanceId.NotFound", "VPN gateway");
export const connectionNotFound = notFound(
  "InvalidVpnConnectionInstanceId.NotFound",
  "IPsec connection",
);
