import { config } from "zod";

// Runs in the browser before any app code. zod 4 probes `new Function("")` (to compile fast
// object parsers) when the first object schema is built; under the portal's CSP, which has no
// 'unsafe-eval', that probe is refused and reported as a violation. Jitless skips the probe.
config({ jitless: true });
