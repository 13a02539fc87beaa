"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { ErrorAlert } from "@/components/ui/error-alert";
import { Options } from "@/components/ui/options";
import { TitledSection, cardClass } from "@/components/ui/titled-section";
import { ApiError } from "@/lib/query/fetch-json";
import { peerConfigUrl, usePeerConfigWithPsk } from "@/lib/query/use-link";
import { PEER_CONFIG_FORMATS, type PeerConfigFormat } from "@/lib/schemas/peer-config";

/** Hands a downloaded file to the browser, which saves it. */
function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Peer device configuration downloads: the key as a placeholder for anyone allowed to download
 * configs, and, for the link's owner only, an explicit and confirmed download with the key.
 */
export function PeerConfigDownloads({
  linkId,
  peerAddress,
  cloudIpPlaceholder,
  isOwner,
  refused = {},
}: {
  linkId: string;
  peerAddress: string;
  /** Set while the cloud gateway's public IP is unknown: the placeholder the file carries. */
  cloudIpPlaceholder?: string;
  isOwner: boolean;
  /** Formats that cannot carry a value of this design, with the reason in the reader's language. */
  refused?: Partial<Record<PeerConfigFormat, string>>;
}) {
  const t = useTranslations("peerConfig");
  const [format, setFormat] = useState<PeerConfigFormat>("swanctl");
  const [confirming, setConfirming] = useState(false);
  const withPsk = usePeerConfigWithPsk(linkId);
  const downloadWithPsk = () =>
    withPsk.mutate(format, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? `peer-config-${format}.txt`);
        setConfirming(false);
      },
    });
  return (
    <TitledSection
      heading="h3"
      title={t("title")}
      intro={t("intro", { peer: peerAddress })}
      testId="peer-config"
      className={`${cardClass} text-sm`}
    >
      {cloudIpPlaceholder ? (
        <p className="mt-1 text-slate-600">
          {t("cloudIpUnknown", { placeholder: cloudIpPlaceholder })}
        </p>
      ) : null}
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          <span className="text-xs text-slate-600">{t("format")}</span>
          <select
            value={format}
            onChange={(event) => setFormat(event.target.value as PeerConfigFormat)}
            className="rounded-md border border-slate-300 px-2 py-1.5"
          >
            <Options values={PEER_CONFIG_FORMATS} label={(f) => t(`formats.${f}`)} />
          </select>
        </label>
        {refused[format] ? null : (
          <a
            href={peerConfigUrl(linkId, format)}
            download
            className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white"
          >
            {t("download")}
          </a>
        )}
        {isOwner && !refused[format] ? (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className="rounded-md border border-slate-300 px-3 py-1.5 text-slate-800"
          >
            {t("withPsk")}
          </button>
        ) : null}
      </div>
      {refused[format] ? (
        <p role="alert" data-testid="peer-config-refused" className="mt-2 text-xs text-red-700">
          {refused[format]}
        </p>
      ) : null}
      {confirming && !refused[format] ? (
        <ConfirmDialog
          messages="peerConfig.withPskConfirm"
          busy={withPsk.isPending}
          onConfirm={downloadWithPsk}
          onCancel={() => setConfirming(false)}
        >
          {t("withPskConfirm.body")}
        </ConfirmDialog>
      ) : null}
      <ErrorAlert
        error={withPsk.error}
        className="mt-2 text-xs"
        text={(message) =>
          withPsk.error instanceof ApiError && withPsk.error.code === "unprocessable"
            ? // The only value the page cannot check beforehand is the key itself.
              t("refused.psk", { format: t(`formats.${format}`), field: t("fields.psk") })
            : t("failed", { message })
        }
      />
    </TitledSection>
  );
}
