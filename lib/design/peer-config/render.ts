import type { PeerConfigFormat } from "../../schemas/peer-config";
import { renderCiscoIos } from "./cisco-ios";
import { renderHuaweiVrp } from "./huawei-vrp";
import { renderSwanctl } from "./swanctl";
import { configName, type PeerTunnel } from "./types";

/** Each download format: its renderer and the file name ending admins expect. */
const FORMATS: Record<PeerConfigFormat, { render: (t: PeerTunnel) => string; suffix: string }> = {
  swanctl: { render: renderSwanctl, suffix: "swanctl.conf" },
  "cisco-ios": { render: renderCiscoIos, suffix: "cisco-ios.txt" },
  "huawei-vrp": { render: renderHuaweiVrp, suffix: "huawei-vrp.txt" },
};

export function renderPeerConfig(tunnel: PeerTunnel, format: PeerConfigFormat): string {
  return FORMATS[format].render(tunnel);
}

/** e.g. `gz-sz-office.swanctl.conf`: the tunnel's name, reduced to safe characters. */
export function peerConfigFilename(tunnelName: string, format: PeerConfigFormat): string {
  return `${configName(tunnelName, "link")}.${FORMATS[format].suffix}`;
}
