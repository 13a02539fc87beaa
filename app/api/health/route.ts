import { withRoute } from "@/lib/api/with-route";
import { env } from "@/lib/env";
import packageJson from "@/package.json";

export const GET = withRoute(
  async () => ({
    status: "ok",
    mode: env().mode,
    version: packageJson.version,
    time: new Date().toISOString(),
  }),
  { public: true },
);
