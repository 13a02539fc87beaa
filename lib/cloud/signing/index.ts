export * from "./tc3";
export * from "./alibaba-rpc";
export * from "./alibaba-acs3";
export * from "./percent-encode";
