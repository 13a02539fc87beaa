import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseSimEnv, type SimConfig } from "./config";
import { startSimulator } from "./server";
import { siteAccountVariables } from "./site-keys";

/** The variables that point the portal at this simulator, in sandbox mode. */
function portalEnvironment(url: string, credentials: SimConfig["credentials"]) {
  return {
    PORTAL_MODE: "sandbox",
    TENCENTCLOUD_ENDPOINT: url,
    TENCENTCLOUD_SECRET_ID: credentials.tencent.secretId,
    TENCENTCLOUD_SECRET_KEY: credentials.tencent.secretKey,
    ALIBABA_CLOUD_VPC_ENDPOINT: url,
    ALIBABA_CLOUD_ACCESS_KEY_ID: credentials.alibaba.accessKeyId,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: credentials.alibaba.accessKeySecret,
    ...siteAccountVariables(credentials),
  };
}

/** Written atomically (a temporary file renamed), so a reader never sees half a file. */
function writeEnvFile(path: string, variables: Record<string, string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const body = Object.entries(variables)
    .map(([key, value]) => `${key}='${value.replaceAll("'", "")}'`)
    .join("\n");
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${body}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** `npm run sim`: starts the simulator from SIM_* environment variables and prints how to use it. */
async function main(): Promise<void> {
  const config = parseSimEnv(process.env);
  const sim = await startSimulator(config);
  const environment = portalEnvironment(sim.url, config.credentials);
  // The file first: whoever starts on the banner (a person, a script) must find it there.
  if (config.envFile) writeEnvFile(config.envFile, environment);
  const variables = (prefix: string) =>
    Object.entries(environment)
      .filter(([name]) => name.startsWith(prefix))
      .map(([name, value]) => `  ${name}=${value}`);
  const lines = [
    `Cloud simulator listening on ${sim.url} (data: ${config.dataDir ?? "memory only"})`,
    "",
    "Tencent Cloud (API 3.0, TC3-HMAC-SHA256, version 2017-03-12):",
    ...variables("TENCENTCLOUD_"),
    "  sign service `vpc`, host without port; regions ap-guangzhou, ap-shanghai, ap-shanghai-fsi, ap-singapore",
    "",
    "Alibaba Cloud (RPC, signature V1 HMAC-SHA1 or ACS3-HMAC-SHA256, version 2016-04-28):",
    ...variables("ALIBABA_CLOUD_"),
    "  regions cn-hangzhou, cn-shanghai, ap-southeast-1",
    "",
    `Control: GET ${sim.url}/_sim/resources · POST ${sim.url}/_sim/faults · POST ${sim.url}/_sim/reset · POST ${sim.url}/_sim/advance`,
    `Timings (ms): ${JSON.stringify(config.timings)}`,
  ];
  console.log(lines.join("\n"));
  const stop = () => {
    void sim.close().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
