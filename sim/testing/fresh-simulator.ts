import { afterEach, beforeEach } from "vitest";
import { type RunningSimulator, startSimulator } from "../server";

/** Alibaba timings short enough for a test to step through a gateway's and a connection's life. */
export const QUICK_ALIBABA_TIMINGS = {
  alibabaGatewayInitMs: 100,
  alibabaGatewayMs: 1000,
  alibabaConfiguringMs: 500,
};

/** Tencent timings of one second each: a gateway, a tunnel and a delete settle after `advance(1000)`. */
export const QUICK_TENCENT_TIMINGS = {
  tencentGatewayMs: 1000,
  tencentConnectionMs: 1000,
  tencentDeleteMs: 1000,
};

/** A new simulator (on a free port) for each test of the file; `env.sim` is the current one. */
export function freshSimulatorEachTest(timings: Record<string, number> = QUICK_ALIBABA_TIMINGS) {
  const env = {} as { sim: RunningSimulator };
  beforeEach(async () => {
    env.sim = await startSimulator({ port: 0, timings });
  });
  afterEach(() => env.sim.close());
  return env;
}
