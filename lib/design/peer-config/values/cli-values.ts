import type { PeerTunnel } from "../types";
import { commentText, literal } from "./common";
import type { SafeValue } from "./safe-value";

/**
 * What the Cisco IOS and Huawei VRP command lines share: a line is split at spaces, and "?" asks
 * for help as it is pasted, so their values are tokens of printable ASCII without "?".
 */
type CliFormat = "cisco-ios" | "huawei-vrp";

/** The name in a comment ("!" on IOS, "#" on VRP): printable ASCII but quotes and "?"; other runs become "_". */
export const cliNameComment = <F extends CliFormat>(format: F, tunnel: PeerTunnel): SafeValue<F> =>
  commentText(format, tunnel.name, /[^\x20\x21\x23-\x3e\x40-\x7e]+/g);

/** The outside interface the tunnel is bound to, e.g. GigabitEthernet0/0/1. */
export const cliInterface = <F extends CliFormat>(format: F, name: string): SafeValue<F> =>
  literal(format, name, /^[A-Za-z][A-Za-z0-9/.:-]{0,63}$/);
