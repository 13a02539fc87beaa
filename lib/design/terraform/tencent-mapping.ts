import { terraformResources, unexpressibleParams } from "./catalogue-resources";

/** Tencent plan actions → `tencentcloud` resources, as the catalogue declares them (tests, docs). */
export const TENCENT_RESOURCES = terraformResources("tencent");

/** Request parameters the provider has no argument for: rendered as comments, listed in the doc. */
export const TENCENT_UNEXPRESSIBLE = unexpressibleParams("tencent");
