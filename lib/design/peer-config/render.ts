import type { PeerConfigFormat } from "../../schemas/peer-config";
import { renderCiscoIos } from "./cisco-ios";
import { renderFortigate } from "./fortigate";
import { renderHuaweiVrp } from "./huawei-vrp";
import { renderJuniperSrx } from "./juniper-srx";
import { renderPanOs } from "./pan-os";
import { isPeerConfigRefusal, type PeerConfigRefusal } from "./refusal";
import { renderSwanctl } from "./swanctl";
import { configName, type PeerTunnel } from "./types";

/** Each download format: its renderer and the file name ending admins expect. */
const FORMATS: Record<PeerConfigFormat, { render: (t: PeerTunnel) => string; suffix: string }> = {
  swanctl: { render: renderSwanctl, suffix: "swanctl.conf" },
  "cisco-ios": { render: renderCiscoIos, suffix: "cisco-ios.txt" },
  "huawei-vrp": { render: renderHuaweiVrp, suffix: "huawei-vrp.txt" },
  fortigate: { render: renderFortigate, suffix: "fortigate.txt" },
  "pan-os": { render: renderPanOs, suffix: "pan-os.txt" },
  "juniper-srx": { render: renderJuniperSrx, suffix: "juniper-srx.txt" },
};

/** The device configuration; throws PeerConfigRefusal for a value the format cannot carry. */
export function renderPeerConfig(tunnel: PeerTunnel, format: PeerConfigFormat): string {
  return FORMATS[format].render(tunnel);
}

/** Why `format` refuses this tunnel, or undefined when it renders (the page asks before offering it). */
export function peerConfigRefusal(
  tunnel: PeerTunnel,
  format: PeerConfigFormat,
): PeerConfigRefusal | undefined {
  try {
    renderPeerConfig(tunnel, format);
    return undefined;
  } catch (error) {
    if (isPeerConfigRefusal(error)) return error;
    throw error;
  }
}

/** e.g. `gz-sz-office.swanctl.conf`: the tunnel's name, reduced to safe characters. */
export function peerConfigFilename(tunnelName: string, format: PeerConfigFormat): string {
  return `${configName(tunnelName, "link")}.${FORMATS[format].suffix}`;
}
