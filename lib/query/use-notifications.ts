import { useMutation, useQuery } from "@tanstack/react-query";
import type {
  ChannelView,
  CreateChannelBody,
  DeliveryState,
  DeliveryView,
  NotificationPreferences,
  UpdateChannelBody,
} from "@/lib/schemas/notification";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./keys";
import { refreshingMutation } from "./refreshing-mutation";

const CHANNELS = "/api/notifications/channels";

/** The notification channels (GET /api/notifications/channels; admins). */
export function useChannels(initialChannels: ChannelView[]) {
  return useQuery({
    queryKey: queryKeys.notifications.channels(),
    queryFn: () => fetchJson<{ channels: ChannelView[] }>(CHANNELS).then((body) => body.channels),
    initialData: initialChannels,
  });
}

/** Adds a channel; a webhook channel's answer holds its signing secret, this once. */
export function useCreateChannel() {
  return useMutation(
    refreshingMutation(queryKeys.notifications.all(), (body: CreateChannelBody) =>
      fetchJson<{ channel: ChannelView; signingSecret?: string }>(CHANNELS, {
        method: "POST",
        body,
      }),
    ),
  );
}

export function useUpdateChannel(id: string) {
  return useMutation(
    refreshingMutation(queryKeys.notifications.all(), (body: UpdateChannelBody) =>
      fetchJson<{ channel: ChannelView }>(`${CHANNELS}/${id}`, { method: "PATCH", body }),
    ),
  );
}

export function useDeleteChannel(id: string) {
  return useMutation(
    refreshingMutation(queryKeys.notifications.all(), () =>
      fetchJson<null>(`${CHANNELS}/${id}`, { method: "DELETE" }),
    ),
  );
}

/** Sends a test message now; the answer says whether the platform took it. */
export function useTestChannel(id: string) {
  return useMutation(
    refreshingMutation(queryKeys.notifications.all(), () =>
      fetchJson<{ result: { delivered: boolean; detail: string } }>(`${CHANNELS}/${id}/test`, {
        method: "POST",
      }).then((body) => body.result),
    ),
  );
}

/** The delivery log, all or of one state (GET /api/notifications/deliveries). */
export function useDeliveries(state: DeliveryState | "all", initialDeliveries?: DeliveryView[]) {
  const query = state === "all" ? "" : `?state=${state}`;
  return useQuery({
    queryKey: queryKeys.notifications.deliveries(state),
    queryFn: () =>
      fetchJson<{ deliveries: DeliveryView[] }>(`/api/notifications/deliveries${query}`).then(
        (body) => body.deliveries,
      ),
    initialData: state === "all" ? initialDeliveries : undefined,
  });
}

export function useRetryDelivery(id: string) {
  return useMutation(
    refreshingMutation(queryKeys.notifications.all(), () =>
      fetchJson<{ retried: true }>(`/api/notifications/deliveries/${id}/retry`, {
        method: "POST",
      }),
    ),
  );
}

/** Saves the signed-in person's choices (PUT /api/notifications/preferences). */
export function useSavePreferences() {
  return useMutation(
    refreshingMutation(queryKeys.notifications.preferences(), (body: NotificationPreferences) =>
      fetchJson<{ preferences: NotificationPreferences }>("/api/notifications/preferences", {
        method: "PUT",
        body,
      }),
    ),
  );
}
