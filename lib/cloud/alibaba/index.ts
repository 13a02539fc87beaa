export * from "./actions";
export * from "./route-actions";
export * from "./pages";
export * from "./route-tables";
export type { AlibabaActionOptions, AlibabaBindings } from "./call-alibaba";
