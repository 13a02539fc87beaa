import "server-only";
import { AppError } from "@/lib/errors/app-error";
import { openLinkKey } from "@/lib/crypto/link-key";
import { shownLinkPlan } from "@/lib/data/link-plan";
import { storedDesignOf } from "./stored-design";
import { peerTunnelOf, type NoPeerReason } from "@/lib/design/peer-config/from-design";
import { isPeerConfigRefusal } from "@/lib/design/peer-config/refusal";
import { englishRefusal } from "@/lib/design/peer-config/refusal-message";
import { peerConfigFilename, renderPeerConfig } from "@/lib/design/peer-config/render";
import type { PeerTunnel } from "@/lib/design/peer-config/types";
import { configName } from "@/lib/design/peer-config/types";
import { isCreatePlan } from "@/lib/design/plan/types";
import { renderTerraform } from "@/lib/design/terraform/render";
import { createdResources, type CreatedResource } from "./created-resources";
import type { LinkRow } from "@/lib/db/schema";
import type { Db } from "@/lib/db/connect";
import type { PeerConfigFormat } from "@/lib/schemas/peer-config";
import { appendLinkEvent, findLinkRow, type LinkActionOptions } from "./link-action";

/** A file for the browser to save. */
export type Download = { filename: string; text: string };

const NO_PEER_MESSAGES: Record<NoPeerReason, string> = {
  gatewayOnly: "This link is a VPN gateway only: it has no tunnel and no peer device to configure.",
  cloudToCloud:
    "A cloud ↔ cloud link has no on-premises device: both ends are cloud gateways. Download the Terraform export instead.",
  dualTunnel:
    "Peer configurations for Alibaba dual-tunnel connections are not available yet: configure each tunnel from the link's plan.",
};

/**
 * The resources the link's run made, while they run in the cloud: from the first step done until
 * the link leaves its run's states (a link that never ran has none).
 */
async function runningResources(db: Db, row: LinkRow): Promise<CreatedResource[]> {
  const running = row.state === "executing" || row.state === "active" || row.state === "failed";
  return running ? createdResources(db, row) : [];
}

/** The public IP of the gateway the link's run created, while it runs in the cloud. */
async function createdGatewayIp(db: Db, row: LinkRow): Promise<string | undefined> {
  return (await runningResources(db, row)).find((r) => r.outputs.publicIp)?.outputs.publicIp;
}

/** What the link page shows in place of the downloads' cloud-gateway placeholder. */
export async function linkCreatedGatewayIp(options: {
  db: Db;
  id: string;
}): Promise<string | undefined> {
  return createdGatewayIp(options.db, await findLinkRow(options.db, options.id, { lock: false }));
}

/** The file, or a 422 naming the field a device cannot carry (nothing is audited then). */
function renderOrRefuse(tunnel: PeerTunnel, format: PeerConfigFormat): string {
  try {
    return renderPeerConfig(tunnel, format);
  } catch (error) {
    if (!isPeerConfigRefusal(error)) throw error;
    const message = englishRefusal(error);
    throw new AppError("unprocessable", message, [{ path: error.field, message }]);
  }
}

/**
 * The peer device's configuration for a link's tunnel. By default the pre-shared key is a
 * placeholder; `includePsk` (the link's owner only) decrypts it into the file. Either way the
 * download is audited (`link.peer_config_downloaded`), in the same transaction as the decrypt.
 */
export async function downloadPeerConfig(
  options: LinkActionOptions & { format: PeerConfigFormat; includePsk: boolean },
): Promise<Download> {
  const { format, includePsk, actor } = options;
  return options.db.transaction(async (tx) => {
    const row = await findLinkRow(tx, options.id, { lock: false });
    if (includePsk && row.ownerId !== actor.id) {
      throw new AppError("forbidden", "Only the link's owner can download the pre-shared key.");
    }
    const gatewayPublicIp = await createdGatewayIp(tx, row);
    const mapped = peerTunnelOf(storedDesignOf(row.design), { gatewayPublicIp });
    if (!mapped.ok) throw new AppError("conflict", NO_PEER_MESSAGES[mapped.reason]);
    let psk: string | undefined;
    if (includePsk) {
      if (!row.pskCiphertext) throw new AppError("conflict", "This link has no pre-shared key.");
      psk = openLinkKey({ pskCiphertext: row.pskCiphertext });
    }
    const tunnel = psk === undefined ? mapped.tunnel : { ...mapped.tunnel, psk };
    const text = renderOrRefuse(tunnel, format);
    await appendLinkEvent(tx, row.id, options, {
      action: "link.peer_config_downloaded",
      payload: { format, withPsk: includePsk },
    });
    return { filename: peerConfigFilename(mapped.tunnel.name, format), text };
  });
}

/**
 * The link's plan as Terraform for the official providers (once submitted, the frozen plan); the
 * key stays a `var.psk` variable. The download is audited (`link.terraform_downloaded`).
 */
export async function exportLinkTerraform(options: LinkActionOptions): Promise<Download> {
  return options.db.transaction(async (tx) => {
    const row = await findLinkRow(tx, options.id, { lock: false });
    const plan = shownLinkPlan(row);
    if (!plan) throw new AppError("conflict", "This link has left draft without a frozen plan.");
    if (!isCreatePlan(plan)) {
      throw new AppError(
        "conflict",
        "A plan of deletes has no Terraform form: Terraform removes what it made with terraform destroy.",
      );
    }
    const created = await runningResources(tx, row);
    const imports = new Map(created.map((r) => [r.stepId, r.resourceId]));
    const text = renderTerraform(plan, { imports });
    await appendLinkEvent(tx, row.id, options, {
      action: "link.terraform_downloaded",
      payload: {},
    });
    return { filename: `${configName(row.name, "link")}.tf`, text };
  });
}
