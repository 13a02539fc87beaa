import { AppError } from "@/lib/errors/app-error";

/** How a data-layer call ended: `accepted`, or its refusal as `status reason` (the UI's key). */
export async function refusalOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return `${error.status} ${error.reason ?? ""}`.trim();
  }
  return "accepted";
}
