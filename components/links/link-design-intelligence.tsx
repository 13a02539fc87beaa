import { getTranslations } from "next-intl/server";
import { DesignFindings } from "@/components/design/design-findings";
import { TitledSection, cardClass } from "@/components/ui/titled-section";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/permissions/permissions";
import type { LinkDetail } from "@/lib/data/links";
import { withStrongestSuite } from "@/lib/design/crypto/strongest-suite";
import { designFindings } from "@/lib/design/findings";
import { parseStoredLinkDesign } from "@/lib/design/link/stored-design";
import { CLOUD_GATEWAY_IP_PLACEHOLDER, peerTunnelOf } from "@/lib/design/peer-config/from-design";
import { describeRefusal } from "@/lib/design/peer-config/refusal-message";
import { peerConfigRefusal } from "@/lib/design/peer-config/render";
import { PEER_CONFIG_FORMATS, type PeerConfigFormat } from "@/lib/schemas/peer-config";
import { PeerConfigDownloads } from "./peer-config-downloads";
import { StrongestSuiteButton } from "./strongest-suite-button";

/**
 * The link page's design intelligence: the design's findings (with the one-click strongest suite
 * for the owner of a draft), the peer device configuration and the Terraform export.
 */
export async function LinkDesignIntelligence({
  link,
  createdGatewayIp,
}: {
  link: LinkDetail;
  /** The public IP of the gateway the link's run created, once it exists. */
  createdGatewayIp?: string;
}) {
  const t = await getTranslations("findings");
  const tp = await getTranslations("peerConfig");
  const user = await getCurrentUser();
  const design = parseStoredLinkDesign(link.design);
  const findings = designFindings(design);
  const isOwner = user?.id === link.owner.id;
  const canFix =
    isOwner &&
    link.state === "draft" &&
    hasPermission(user.roles, "link.create") &&
    findings.some((f) => f.source === "crypto");
  const canDownload = user !== null && hasPermission(user.roles, "config.download");
  const peer = peerTunnelOf(design, { gatewayPublicIp: createdGatewayIp });
  // A format that cannot carry a value of this design says why instead of offering the file.
  const refused: Partial<Record<PeerConfigFormat, string>> = {};
  if (peer.ok) {
    for (const format of PEER_CONFIG_FORMATS) {
      const refusal = peerConfigRefusal(peer.tunnel, format);
      if (refusal)
        refused[format] = describeRefusal(refusal, (key, params) =>
          tp(key as never, params as never),
        );
    }
  }
  return (
    <>
      <TitledSection title={t("title")} intro={t("intro")} className="mb-6 space-y-3">
        <DesignFindings findings={findings} />
        {/* The stored design has no key: the PUT keeps the stored one. */}
        {canFix ? (
          <StrongestSuiteButton linkId={link.id} design={withStrongestSuite(link.design)} />
        ) : null}
      </TitledSection>
      {canDownload ? (
        <div className="mb-6 space-y-3">
          {peer.ok ? (
            <PeerConfigDownloads
              linkId={link.id}
              peerAddress={peer.tunnel.localAddress}
              cloudIpPlaceholder={
                peer.tunnel.remoteAddress === CLOUD_GATEWAY_IP_PLACEHOLDER
                  ? CLOUD_GATEWAY_IP_PLACEHOLDER
                  : undefined
              }
              isOwner={isOwner}
              refused={refused}
            />
          ) : (
            <p
              data-testid="peer-config-unavailable"
              className={`${cardClass} text-sm text-slate-600`}
            >
              {tp(`noPeer.${peer.reason}`)}
            </p>
          )}
          <TitledSection
            heading="h3"
            title={tp("terraformTitle")}
            intro={tp("terraformIntro")}
            className={`${cardClass} text-sm`}
          >
            <a
              href={`/api/links/${link.id}/terraform`}
              download
              className="mt-3 inline-block rounded-md border border-slate-300 px-3 py-1.5 text-slate-800"
            >
              {tp("terraform")}
            </a>
          </TitledSection>
        </div>
      ) : null}
    </>
  );
}
