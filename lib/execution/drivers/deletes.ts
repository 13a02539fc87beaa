import { isAlreadyGone } from "@/lib/cloud/already-gone";
import type { CloudProvider } from "@/lib/cloud/accounts";
import type { GoneAnsweringActionName } from "@/lib/design/catalogue";
import type { StepOutputs } from "../types";
import type { CreatedResource, ResourceProbe } from "./driver";

/**
 * What the delete drivers share. A delete step's "create" sends the delete; its "probe" follows
 * the catalogue's `waitWith` until the resource is no longer listed, which the executor reads as
 * the step's end (status `active` = settled). "Already gone" is done, never a failure.
 */

/** The delete call removed (or is removing) the resource; the step waits until it is gone. */
export const deleteSent = (id: string, outputs: StepOutputs): CreatedResource => ({
  resourceId: id,
  outputs: { deleted: true, ...outputs },
  complete: false,
});

/** Nothing was there to delete: a resend, or someone deleted it first. The step is done. */
export const alreadyGone = (id: string): CreatedResource => ({
  resourceId: id,
  outputs: { alreadyGone: true },
  cloudState: "gone",
  complete: true,
});

/**
 * A customer gateway a tunnel the link did not create still uses (a Describe just before its
 * delete found one): it stays, recorded as kept; the step is done and the teardown goes on.
 */
export const keptInUse = (id: string): CreatedResource => ({
  resourceId: id,
  outputs: { keptInUse: true },
  cloudState: "in use",
  complete: true,
});

/** The last `waitWith` Describe no longer lists the resource. */
export const gone: ResourceProbe = { status: "active", cloudState: "gone" };

/** Still there, on its way out (or not yet). */
export const stillThere = (cloudState: string | undefined): ResourceProbe => ({
  status: "pending",
  cloudState,
});

/** Sends a delete; the action's documented "already gone" answer is success. */
export async function sendDelete<P extends CloudProvider>(
  id: string,
  provider: P,
  action: GoneAnsweringActionName<P>,
  send: () => Promise<StepOutputs>,
): Promise<CreatedResource> {
  try {
    return deleteSent(id, await send());
  } catch (error) {
    if (isAlreadyGone(error, provider, action)) return alreadyGone(id);
    throw error;
  }
}

/**
 * A Describe by id: undefined when the answer says the resource is gone — an empty list, or the
 * Describe's own already-gone code (both readings of §1.0 are taken).
 */
export async function listedOrGone<P extends CloudProvider, Item>(
  provider: P,
  action: GoneAnsweringActionName<P> | null,
  describe: () => Promise<{ items: Item[] }>,
): Promise<Item | undefined> {
  try {
    return (await describe()).items[0];
  } catch (error) {
    if (action && isAlreadyGone(error, provider, action)) return undefined;
    throw error;
  }
}
