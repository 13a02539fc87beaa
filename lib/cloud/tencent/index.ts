export * from "./actions";
export type { TencentActionOptions, TencentBindings } from "./call-tencent";
