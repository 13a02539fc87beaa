import type { Reply } from "../context";
import type { CloudProtocol } from "../http/answer";
import { cloudErrorClass } from "../http/cloud-error";

/** A Tencent API error; HTTP status is 200 like the real API unless a fault says otherwise. */
export const TcError = cloudErrorClass("TcError", 200);

export function tcErrorReply(
  requestId: string,
  code: string,
  message: string,
  httpStatus = 200,
): Reply {
  return {
    status: httpStatus,
    body: { Response: { Error: { Code: code, Message: message }, RequestId: requestId } },
  };
}

/** Tencent API 3.0 answers: `{Response: {…, RequestId}}`, errors inside it with HTTP 200. */
export const TENCENT_PROTOCOL: CloudProtocol = {
  provider: "tencent",
  errorReply: tcErrorReply,
  successBody: (output, requestId) => ({ Response: { ...output, RequestId: requestId } }),
  internalError: {
    code: "InternalError",
    message: "An internal error occurred in the simulator.",
    httpStatus: 200,
  },
  injected: {
    error: {
      code: "InternalError",
      message: "An internal error occurred (injected fault).",
      httpStatus: 200,
    },
    throttle: {
      code: "RequestLimitExceeded",
      message: "Request limit exceeded (injected fault).",
      httpStatus: 200,
    },
  },
};

/** A new resource needs a name none of its `siblings` has, and room left under `quota`. */
export function checkRoomFor<T>(options: {
  what: string;
  siblings: T[];
  sameName: (sibling: T) => boolean;
  name: string;
  quota: number;
  scope: string;
}): void {
  const { what, quota, scope } = options;
  if (options.siblings.some(options.sameName))
    throw new TcError(
      "InvalidParameterValue.Duplicate",
      `A ${what} named \`${options.name}\` already exists.`,
    );
  if (options.siblings.length >= quota)
    throw new TcError("LimitExceeded", `The ${what} quota (${quota}) of ${scope} is used up.`);
}

export const notFound = (what: string, id: string) =>
  new TcError("ResourceNotFound", `The resource ${what} \`${id}\` is not found.`);

export const malformed = (param: string, value: string) =>
  new TcError(
    "InvalidParameterValue.Malformed",
    `The value \`${value}\` of parameter \`${param}\` is malformed.`,
  );
