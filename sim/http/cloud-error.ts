/** An error answered in the calling cloud's own envelope, with that cloud's code and HTTP status. */
export class CloudApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
  }
}

/** A cloud's error class: `new TcError(code, message)` answers with that cloud's usual status. */
export function cloudErrorClass(name: string, defaultStatus: number) {
  const errorClass = class extends CloudApiError {
    constructor(code: string, message: string, httpStatus = defaultStatus) {
      super(code, message, httpStatus);
      this.name = name;
    }
  };
  return errorClass;
}
