import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type SimState, simStateSchema } from "./model";
import { seedState } from "./seed";

const FILE_NAME = "state.json";

/**
 * The simulator's inventory: in memory, written through to `<dataDir>/state.json` after every
 * change (write to a temp file, then rename, so a crash never leaves half a file).
 */
export class Store {
  state: SimState;

  constructor(private readonly dataDir: string | undefined) {
    this.state = this.load() ?? seedState();
    this.save();
  }

  /** Restores the seed inventory (and persists it). */
  reset(): void {
    this.state = seedState();
    this.save();
  }

  save(): void {
    if (!this.dataDir) return;
    mkdirSync(this.dataDir, { recursive: true });
    const target = join(this.dataDir, FILE_NAME);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    writeFileSync(temp, JSON.stringify(this.state));
    renameSync(temp, target);
  }

  /** Next TEST-NET address for a new gateway (never a routable address). */
  nextPublicIp(provider: "tencent" | "alibaba"): string {
    const n = this.state.ipCounter++;
    const prefix = provider === "tencent" ? "198.51.100" : "203.0.113";
    return `${prefix}.${100 + (n % 150)}`;
  }

  private load(): SimState | undefined {
    if (!this.dataDir) return undefined;
    const file = join(this.dataDir, FILE_NAME);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return undefined;
    }
    try {
      const parsed = simStateSchema.safeParse(JSON.parse(text));
      if (parsed.success) return parsed.data;
    } catch {
      // fall through: corrupt JSON
    }
    renameSync(file, `${file}.corrupt-${Date.now()}`);
    return undefined;
  }
}

const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A random resource id such as `vpngw-3kd9x2ab`. */
export function newId(prefix: string, length = 8): string {
  const bytes = randomBytes(length);
  let out = "";
  for (const b of bytes) out += ID_ALPHABET[b % ID_ALPHABET.length];
  return `${prefix}-${out}`;
}
