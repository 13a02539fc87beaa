"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { DataTable } from "@/components/ui/data-table";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Options } from "@/components/ui/options";
import { secondaryButtonClass } from "@/components/ui/submit-row";
import { useDeliveries, useRetryDelivery } from "@/lib/query/use-notifications";
import {
  DELIVERY_STATES,
  NOTIFY_EVENT_KEYS,
  type DeliveryState,
  type DeliveryView,
} from "@/lib/schemas/notification";

/** The newest deliveries, filtered by state; a dead one can be sent again. */
export function DeliveryLog({ initialDeliveries }: { initialDeliveries: DeliveryView[] }) {
  const t = useTranslations("notifications");
  const [state, setState] = useState<DeliveryState | "all">("all");
  const { data: deliveries = [], error } = useDeliveries(state, initialDeliveries);
  return (
    <div className="space-y-3">
      <label className="block max-w-xs text-sm text-slate-700">
        {t("showState")}
        <select
          value={state}
          onChange={(event) => setState(event.target.value as DeliveryState | "all")}
          className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
          data-testid="delivery-state-filter"
        >
          <option value="all">{t("allStates")}</option>
          <Options values={DELIVERY_STATES} label={(option) => t(`deliveryStates.${option}`)} />
        </select>
      </label>
      <ErrorAlert error={error} />
      <DataTable
        rows={deliveries}
        renderRow={(delivery) => <DeliveryRow key={delivery.id} delivery={delivery} />}
        columns={[t("when"), t("event"), t("channel"), t("state"), t("actions")]}
        empty={t("noDeliveries")}
        testId="delivery-log"
      />
    </div>
  );
}

function DeliveryRow({ delivery }: { delivery: DeliveryView }) {
  const t = useTranslations("notifications");
  const eventName = useTranslations("notifications.events");
  const format = useFormatter();
  const retry = useRetryDelivery(delivery.id);
  return (
    <tr data-testid="delivery-row" className="align-top">
      <td className="whitespace-nowrap px-3 py-2 text-slate-600">
        <time dateTime={delivery.createdAt}>
          {format.dateTime(new Date(delivery.createdAt), {
            dateStyle: "medium",
            timeStyle: "short",
          })}
        </time>
      </td>
      <td className="px-3 py-2">
        {eventName(NOTIFY_EVENT_KEYS[delivery.event])}
        {delivery.linkName ? (
          <div className="text-xs text-slate-500">{delivery.linkName}</div>
        ) : null}
      </td>
      <td className="px-3 py-2">
        {delivery.channelName}
        {delivery.recipient ? (
          <div className="text-xs text-slate-500">{delivery.recipient}</div>
        ) : null}
      </td>
      <td className="px-3 py-2" data-testid="delivery-state">
        {t(`deliveryStates.${delivery.state}`)}
        <div className="text-xs text-slate-500">{t("attempts", { count: delivery.attempts })}</div>
        {delivery.lastError ? (
          <p className="mt-1 max-w-xs break-words text-xs text-red-700">{delivery.lastError}</p>
        ) : null}
      </td>
      <td className="px-3 py-2">
        {delivery.state === "dead" ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={retry.isPending || retry.isSuccess}
            onClick={() => retry.mutate()}
          >
            {t("sendAgain")}
          </button>
        ) : null}
        <ErrorAlert error={retry.error} />
      </td>
    </tr>
  );
}
