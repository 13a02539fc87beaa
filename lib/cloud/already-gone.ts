import { alreadyGoneCodes, type GoneAnsweringActionName } from "@/lib/design/catalogue";
import type { CloudProvider } from "./accounts";
import { isCloudError } from "./errors";

/**
 * Whether `error` is `action`'s documented answer that its resource is not there (any more): the
 * catalogue entry's `alreadyGone` codes (cloud-api-lifecycle.md §3.2), the only list of them. For a
 * delete this is success — a resend, or someone else deleted it first; for the Describe a delete
 * waits with, it means the resource is gone. An error of another provider or action never is.
 */
export function isAlreadyGone<P extends CloudProvider>(
  error: unknown,
  provider: P,
  action: GoneAnsweringActionName<P>,
): boolean {
  if (!isCloudError(error) || error.provider !== provider) return false;
  if (error.action !== undefined && error.action !== action) return false;
  return alreadyGoneCodes(provider, action).includes(error.code);
}
