// Analysis
export { analyze } from "./analyze.ts";
export { summary } from "./summary.ts";
export type { SummaryRow } from "./summary.ts";
export { ChartResult } from "./result/chartResult.ts";
export { columnDirections } from "./result/chartColumns.ts";
export type { ChartColumns } from "./result/chartColumns.ts";
export { columnsToJSON } from "./result/columnsToJSON.ts";
export type { ChartColumnsJSON, NumberColumnJSON } from "./result/columnsToJSON.ts";
export { transferablesOf } from "./result/transferablesOf.ts";
export { xValuesOf } from "./result/xValuesOf.ts";
export { createMonitor } from "./monitor/createMonitor.ts";
export type { Monitor, MonitorPoint, MonitorUpdate, MonitorState } from "./monitor/createMonitor.ts";

// Input schema and types
export { ChartSpecSchema, chartTypes, ruleSetNames, runsMethods, aggregates, periods } from "./schema/index.ts";
export type { ChartSpec, ChartSpecInput, SeriesInput, XInput } from "./schema/index.ts";

// Output types
export type {
  ChartType,
  RuleSetName,
  RuleSet,
  RunsMethod,
  Aggregate,
  Period,
  XType,
  Improvement,
  SignalRule,
  SignalSide,
  SignalDirection,
  Signal,
  WarningCode,
  SpcWarning,
  PhaseSummary,
  PhaseDirection,
  Assessment,
  PhaseComparison,
  Variation,
  Untested,
  Assurance,
  AssuranceReason,
  AutoBreak,
  ChartPointJSON,
  ChartResultJSON,
} from "./types.ts";

// Words (the language of messages)
export { wordsFor } from "./words/wordsFor.ts";
export type { Words, Meaning, TargetContext, EarlierSignals } from "./words/words.ts";
export { specTerms } from "./words/specTerms.ts";
export type { SpecOption, SpecTerms } from "./words/specTerms.ts";
export type { WarningPhrase } from "./words/warningPhrase.ts";

// Rule sets
export { ruleSetPresets, resolveRuleSet } from "./rules/ruleSets.ts";
export type { RuleSetInput } from "./rules/ruleSets.ts";
export { detectTrends } from "./rules/detectTrends.ts";
export type { Trend } from "./rules/detectTrends.ts";
export { runsTestBounds } from "./rules/runsTestBounds.ts";

// Errors
export { SpcError, isSpcError, formatValue } from "./errors.ts";
export type { SpcErrorCode, SpcErrorOptions, SpcIssue, SpcPath } from "./errors.ts";
export { reasonText } from "./reasonText.ts";
export type { DetailPhrase, ErrorWords, ExpectedPhrase, ReasonPhrase } from "./words/errorPhrase.ts";
export type { ValueKind } from "./charts/chartDefinitions.ts";

// Rule thresholds and statistics primitives
export { longestRunMax, crossingsMin } from "./rules/anhoejThresholds.ts";
export { boxBounds } from "./rules/boxBounds.ts";
export type { BoxBounds } from "./rules/boxBounds.ts";
export { countRuns } from "./rules/countRuns.ts";
export type { RunsCount } from "./rules/countRuns.ts";
export { binomialHalfQuantile } from "./stats/binomialQuantile.ts";
export { c4, c5, a3, b3, b4 } from "./stats/controlConstants.ts";
export { median } from "./stats/median.ts";
export { mean } from "./stats/mean.ts";
export { floorToPeriod } from "./prepare/floorToPeriod.ts";
