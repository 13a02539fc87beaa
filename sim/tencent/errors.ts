import type { Reply } from "../context";

/** A Tencent API error; HTTP status is 200 like the real API unless a fault says otherwise. */
export class TcError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus = 200,
  ) {
    super(message);
    this.name = "TcError";
  }
}

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

export const notFound = (what: string, id: string) =>
  new TcError("ResourceNotFound", `The resource ${what} \`${id}\` is not found.`);

export const malformed = (param: string, value: string) =>
  new TcError(
    "InvalidParameterValue.Malformed",
    `The value \`${value}\` of parameter \`${param}\` is malformed.`,
  );
