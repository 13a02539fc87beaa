import { EnvError, parseServerEnv } from "./env-schema";

export function checkEnvironmentOrExit(): void {
  try {
    parseServerEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`VPN Link Portal cannot start. ${error.message}`);
    process.exit(1);
  }
}
