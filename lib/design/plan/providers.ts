export type CloudProviderName = "tencent" | "alibaba";

/** Resolves the API host of a provider's region (lib/cloud/endpoints on the server). */
export type EndpointHost = (provider: CloudProviderName, region: string) => string;
