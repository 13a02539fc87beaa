"use client";

import { useTranslations } from "next-intl";
import { ConfirmedActionButton } from "@/components/ui/confirmed-action-button";
import { DataTable, NameCell } from "@/components/ui/data-table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { secondaryButtonClass } from "@/components/ui/submit-row";
import {
  useChannels,
  useDeleteChannel,
  useTestChannel,
  useUpdateChannel,
} from "@/lib/query/use-notifications";
import { NOTIFY_EVENT_KEYS, type ChannelView } from "@/lib/schemas/notification";

/** The channels: where each sends, what it takes, its problem if any, and what an admin can do. */
export function ChannelTable({ initialChannels }: { initialChannels: ChannelView[] }) {
  const t = useTranslations("notifications");
  const { data: channels } = useChannels(initialChannels);
  return (
    <DataTable
      rows={channels}
      renderRow={(channel) => <ChannelRow key={channel.id} channel={channel} />}
      columns={[t("name"), t("eventsLabel"), t("state"), t("actions")]}
      empty={t("noChannels")}
      testId="channel-table"
    />
  );
}

function ChannelRow({ channel }: { channel: ChannelView }) {
  const t = useTranslations("notifications");
  const eventName = useTranslations("notifications.events");
  const test = useTestChannel(channel.id);
  const update = useUpdateChannel(channel.id);
  const remove = useDeleteChannel(channel.id);
  return (
    <tr data-testid={`channel-row-${channel.name}`} className="align-top">
      <NameCell
        name={channel.name}
        detail={
          <span className="text-xs text-slate-500">
            {t(`kinds.${channel.kind}`)} · <code>{channel.target}</code>
            {channel.signed ? ` · ${t("signed")}` : ""}
          </span>
        }
      />
      <td className="px-3 py-2">
        <ul className="space-y-0.5 text-xs">
          {channel.events.map((event) => (
            <li key={event}>{eventName(NOTIFY_EVENT_KEYS[event])}</li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-2 text-sm" data-testid="channel-state">
        {channel.enabled ? t("on") : t("off")}
        {channel.problem ? (
          <p className="mt-1 max-w-xs text-xs text-red-700" data-testid="channel-problem">
            {t("problem", { detail: channel.problem })}
          </p>
        ) : null}
      </td>
      <td className="space-y-2 px-3 py-2">
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={test.isPending}
            onClick={() => test.mutate()}
          >
            {test.isPending ? t("testing") : t("test")}
          </button>
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={update.isPending}
            onClick={() => update.mutate({ enabled: !channel.enabled })}
          >
            {channel.enabled ? t("switchOff") : t("switchOn")}
          </button>
        </div>
        {test.data ? (
          <p
            role="status"
            data-testid="channel-test-result"
            className={test.data.delivered ? "text-xs text-green-700" : "text-xs text-red-700"}
          >
            {test.data.delivered
              ? t("testDelivered")
              : t("testFailed", { detail: test.data.detail })}
          </p>
        ) : null}
        <ErrorAlert error={test.error ?? update.error} />
        <ConfirmedActionButton
          label={t("remove")}
          messages="notifications.removeDialog"
          testId="remove-channel-confirm"
          request={remove}
          onConfirm={() => remove.mutate()}
        >
          <p>{t("removeBody", { name: channel.name })}</p>
        </ConfirmedActionButton>
      </td>
    </tr>
  );
}
