import { terraformResources, unexpressibleParams } from "./catalogue-resources";

/** Alibaba plan actions → `alicloud` resources, as the catalogue declares them (tests, docs). */
export const ALIBABA_RESOURCES = terraformResources("alibaba");

/** Request parameters the provider has no argument for: rendered as comments, listed in the doc. */
export const ALIBABA_UNEXPRESSIBLE = unexpressibleParams("alibaba");
