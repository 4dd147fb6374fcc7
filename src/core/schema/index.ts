export { ChartSpecSchema, chartTypes, ruleSetNames, runsMethods, aggregates, periods } from "./chartSpec.ts";
export type { ChartSpec, ChartSpecInput, SeriesInput, XInput } from "./chartSpec.ts";
