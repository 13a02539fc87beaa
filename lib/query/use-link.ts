import { mutationOptions, useMutation } from "@tanstack/react-query";
import type { DiscardLinkBody } from "@/lib/schemas/link/discard-link";
import type { PeerConfigFormat } from "@/lib/schemas/peer-config";
import { fetchFile, fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";

/** One link's own requests: its draft design, its owner's workflow steps, its downloads. */

/** Saves a draft's design (PUT /api/links/{id}); a body without `psk` keeps the stored key. */
export const saveLinkDesignMutation = (linkId: string) =>
  refreshingMutation(queryKeys.link(linkId), (design: object) =>
    fetchJson<unknown>(`/api/links/${linkId}`, { method: "PUT", body: design }),
  );

export function useSaveLinkDesign(linkId: string) {
  return useMutation(saveLinkDesignMutation(linkId));
}

export type LinkTransition = "submit" | "withdraw";

/** The owner's Submit (draft) or Withdraw (submitted, rejected): POST /api/links/{id}/{action}. */
export const linkTransitionMutation = (linkId: string, action: LinkTransition) =>
  refreshingMutation(queryKeys.link(linkId), () =>
    fetchJson<unknown>(`/api/links/${linkId}/${action}`, { method: "POST" }),
  );

export function useLinkTransition(linkId: string, action: LinkTransition) {
  return useMutation(linkTransitionMutation(linkId, action));
}

/**
 * Submits a link the wizard has just made from its draft (POST /api/links/{id}/submit): the id is
 * known only once the draft is finished, so it is the mutation's argument.
 */
export const submitNewLinkMutation = () =>
  mutationOptions({
    mutationFn: (linkId: string) =>
      fetchJson<unknown>(`/api/links/${linkId}/submit`, { method: "POST" }),
  });

export function useSubmitNewLink() {
  return useMutation(submitNewLinkMutation());
}

/** The owner's (or an admin's) discard of a draft or rejected link, with an optional reason. */
export const discardLinkMutation = (linkId: string) =>
  refreshingMutation(queryKeys.link(linkId), (body: DiscardLinkBody) =>
    fetchJson<unknown>(`/api/links/${linkId}/discard`, { method: "POST", body }),
  );

export function useDiscardLink(linkId: string) {
  return useMutation(discardLinkMutation(linkId));
}

/** The peer device's configuration: GET gives it with the key as a placeholder. */
export const peerConfigUrl = (linkId: string, format: PeerConfigFormat) =>
  `/api/links/${linkId}/peer-config?format=${format}`;

/** The owner's explicit request for the configuration with the key (POST, audited): the file. */
export const peerConfigWithPskMutation = (linkId: string) =>
  mutationOptions({
    mutationFn: (format: PeerConfigFormat) =>
      fetchFile(peerConfigUrl(linkId, format), { method: "POST", body: { includePsk: true } }),
  });

export function usePeerConfigWithPsk(linkId: string) {
  return useMutation(peerConfigWithPskMutation(linkId));
}
