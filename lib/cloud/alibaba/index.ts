export * from "./actions";
export type { AlibabaActionOptions, AlibabaBindings } from "./call-alibaba";
