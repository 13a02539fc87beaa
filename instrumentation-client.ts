// Runs in the browser before any app code. zod 4 probes `new Function("")` (to compile fast
// object parsers) when the first object schema is built; under the portal's CSP, which has no
// 'unsafe-eval', that probe is refused and reported as a violation. Jitless skips the probe.
// zod keeps its settings on `globalThis.__zod_globalConfig` (shared by every copy of zod), so they
// are set there rather than through `config()`: importing zod here would download it with every
// page, while most pages never parse anything in the browser.
const zodGlobal = globalThis as typeof globalThis & { __zod_globalConfig?: { jitless?: boolean } };
zodGlobal.__zod_globalConfig = Object.assign(zodGlobal.__zod_globalConfig ?? {}, { jitless: true });

export {};
