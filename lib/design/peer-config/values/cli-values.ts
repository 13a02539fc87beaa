import type { PeerTunnel } from "../types";
import { commentText, literal } from "./common";
import type { SafeValue } from "./safe-value";

/**
 * What the device command lines share (IOS, VRP, FortiOS, PAN-OS, Junos): a line is split at
 * spaces, and "?" asks for help as it is pasted, so their values are tokens of printable ASCII
 * without "?".
 */
export type CliFormat = "cisco-ios" | "huawei-vrp" | "fortigate" | "pan-os" | "juniper-srx";

/** The name in a comment ("!" on IOS, "#" elsewhere): printable ASCII but quotes and "?"; other runs become "_". */
export const cliNameComment = <F extends CliFormat>(format: F, tunnel: PeerTunnel): SafeValue<F> =>
  commentText(format, tunnel.name, /[^\x20\x21\x23-\x3e\x40-\x7e]+/g);

/** The outside interface the tunnel is bound to, e.g. GigabitEthernet0/0/1, port1, ge-0/0/0.0. */
export const cliInterface = <F extends CliFormat>(format: F, name: string): SafeValue<F> =>
  literal(format, name, /^[A-Za-z][A-Za-z0-9/.:-]{0,63}$/);
