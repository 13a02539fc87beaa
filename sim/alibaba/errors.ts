import type { Reply } from "../context";

/** An Alibaba POP error: HTTP status plus `Code` (cloud-api.md §3.6). */
export class AliError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 400,
  ) {
    super(message);
    this.name = "AliError";
  }
}

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

export const missing = (name: string) =>
  new AliError(
    "MissingParameter",
    `The input parameter "${name}" that is mandatory for processing this request is not supplied.`,
  );

export const invalid = (name: string, detail: string) =>
  new AliError("InvalidParameter", `The specified parameter "${name}" is not valid: ${detail}.`);

export const customerGatewayNotFound = (id: string) =>
  new AliError(
    "InvalidCustomerGatewayInstanceId.NotFound",
    `The specified customer gateway "${id}" does not exist.`,
    404,
  );
