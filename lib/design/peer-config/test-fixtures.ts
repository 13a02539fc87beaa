import { RECOMMENDED_SUITE } from "../crypto/suite";
import type { PeerTunnel } from "./types";

/** A two-row policy tunnel with the recommended suite, seen from the on-premises peer. */
export const tunnel: PeerTunnel = {
  name: "shanghai-idc",
  localAddress: "192.0.2.10",
  remoteAddress: "198.51.100.10",
  localId: { type: "address", value: "192.0.2.10" },
  remoteId: { type: "address", value: "198.51.100.10" },
  suite: RECOMMENDED_SUITE,
  selectors: [
    { local: ["192.168.0.0/24", "192.168.1.0/24"], remote: ["10.0.1.0/24"] },
    { local: ["172.16.0.0/16"], remote: ["10.1.0.0/24"] },
  ],
  dpd: { enabled: true, delaySeconds: 30, action: "restart" },
};
