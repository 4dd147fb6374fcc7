import { chartTypes, ruleSetNames, type ChartType, type RuleSetName } from "shewhart";
import { emptyConfig, type AppConfig, type Exclusion, type PointNote } from "./config.ts";

const xKinds: readonly string[] = ["date", "week", "month", "quarter", "year", "number", "category"];
const textKeys = ["x", "y", "n", "group", "notes", "phase", "freezeColumn", "target", "shown", "title", "encoding", "separator"] as const;

/**
 * Whether the chart type and the scale are the user's choice rather than the app's proposal (the recommended
 * chart, percent for proportions): a choice is kept on reload and in a colleague's link even where it equals the
 * default (a run chart chosen where an I chart is recommended).
 */
export interface Choices {
  readonly chart: boolean;
  readonly multiply: boolean;
}

/** The settings a hash gives: the configuration, which of its choices the user made, and the x its baseline ends at. */
export interface HashSettings {
  readonly config: AppConfig;
  readonly chosen: Choices;
  /** The baseline's last x as written in the file it was set on (`freezeAt`), for a file whose points are others; null for none. */
  readonly baselineEndsAt: string | null;
}

/**
 * The configuration as a URL hash (`#x=Uge&y=…`): columns, choices, phases and
 * exclusions — never a cell of the data (exclusions and breaks name points by
 * their x as written in the file). Only what differs from the defaults is written,
 * and the chart type and scale whenever the user chose them (`chosen`).
 */
export function configToHash(config: AppConfig, chosen: Choices = { chart: false, multiply: false }, baselineEndsAt: string | null = null): string {
  const p = new URLSearchParams();
  for (const key of textKeys) if (config[key] !== emptyConfig[key]) p.set(key, config[key]);
  if (chosen.chart || config.chart !== emptyConfig.chart) p.set("chart", config.chart);
  if (config.rules !== emptyConfig.rules) p.set("rules", config.rules);
  if (config.improvement !== "") p.set("improvement", config.improvement);
  if (chosen.multiply || config.multiply !== 1) p.set("multiply", String(config.multiply));
  if (config.freeze !== null) p.set("freeze", String(config.freeze));
  // The x the baseline ends at: a colleague's file, or next month's, may start later (a rolling export).
  if (config.freeze !== null && baselineEndsAt !== null && baselineEndsAt !== "") p.set("freezeAt", baselineEndsAt);
  for (const b of config.breaks) p.append("break", b);
  for (const e of config.exclude) p.append("exclude", e.reason === "" ? e.x : `${e.x}\u001f${e.reason}`);
  for (const n of config.pointNotes) p.append("note", `${n.x}\u001f${n.text}`);
  if (config.view !== emptyConfig.view) p.set("view", config.view);
  if (config.decimal !== "") p.set("decimal", config.decimal);
  if (config.xType !== "") p.set("xType", config.xType);
  if (config.dateOrder !== "") p.set("dateOrder", config.dateOrder);
  const text = p.toString();
  return text === "" ? "" : `#${text}`;
}

/** Reads a hash written by {@link configToHash}; anything unknown or invalid is left at its default. */
export function configFromHash(hash: string): AppConfig {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const config: Record<string, unknown> = { ...emptyConfig };
  for (const key of textKeys) {
    const v = p.get(key);
    if (v !== null) config[key] = v;
  }
  const chart = p.get("chart");
  if (chart !== null && (chartTypes as readonly string[]).includes(chart)) config["chart"] = chart as ChartType;
  const rules = p.get("rules");
  if (rules !== null && (ruleSetNames as readonly string[]).includes(rules)) config["rules"] = rules as RuleSetName;
  const improvement = p.get("improvement");
  if (improvement === "up" || improvement === "down") config["improvement"] = improvement;
  const multiply = Number(p.get("multiply"));
  if (p.has("multiply") && Number.isFinite(multiply) && multiply > 0) config["multiply"] = multiply;
  const freeze = Number(p.get("freeze"));
  if (p.has("freeze") && Number.isInteger(freeze) && freeze >= 1) config["freeze"] = freeze;
  config["breaks"] = p.getAll("break");
  config["exclude"] = p.getAll("exclude").map((v): Exclusion => {
    const [x = "", reason = ""] = v.split("\u001f");
    return { x, reason };
  });
  config["pointNotes"] = p.getAll("note").flatMap((v): PointNote[] => {
    const [x = "", text = ""] = v.split("\u001f");
    return text === "" ? [] : [{ x, text }];
  });
  if (p.get("view") === "all") config["view"] = "all";
  const decimal = p.get("decimal");
  if (decimal === "," || decimal === ".") config["decimal"] = decimal;
  const xType = p.get("xType");
  if (xType !== null && xKinds.includes(xType)) config["xType"] = xType;
  const dateOrder = p.get("dateOrder");
  if (dateOrder === "dmy" || dateOrder === "mdy") config["dateOrder"] = dateOrder;
  return config as unknown as AppConfig;
}

/**
 * The settings of a hash written by {@link configToHash}: its configuration, and as chosen the chart type and
 * scale it names (a hash written before choices were kept names them only where they differ from the defaults).
 */
export function settingsFromHash(hash: string): HashSettings {
  const config = configFromHash(hash);
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const at = p.get("freezeAt");
  return {
    config,
    chosen: { chart: p.get("chart") === config.chart, multiply: p.has("multiply") && String(config.multiply) === p.get("multiply") },
    baselineEndsAt: config.freeze !== null && at !== null && at !== "" ? at : null,
  };
}
