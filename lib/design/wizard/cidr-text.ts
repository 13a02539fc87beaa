/** Splits pasted text ("10.0.0.0/16, 10.1.0.0/16\n…") into CIDR entries, trimmed. */
export function splitCidrText(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

export type SpdRow = { LocalCidrBlock: string; RemoteCidrBlock: string[] };

/** Reads "10.10.1.0/24 > 192.168.10.0/24, 192.168.11.0/24" lines (also `->`, `=>`, tab) into SPD rows. */
export function parseSpdText(text: string): SpdRow[] {
  return text
    .split("\n")
    .map((line) => line.split(/->|=>|>|\t/))
    .filter(([local, remote]) => local?.trim() && remote?.trim())
    .map(([local, remote]) => ({
      LocalCidrBlock: local!.trim(),
      RemoteCidrBlock: splitCidrText(remote!),
    }));
}
