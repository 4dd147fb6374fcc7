import type { CellProblem, Table } from "../readFile.ts";
import { say, type Language } from "../i18n/words.ts";
import { el } from "./dom.ts";

/** Shown rows at most (the problems list always names every unreadable cell). */
const shownRows = 500;

/**
 * The data as read, with every unreadable cell of the chosen columns marked at
 * its place (and explained in its title), and a list of all of them by line
 * and column above the table.
 */
export function tableView(table: Table, problems: readonly CellProblem[], language: Language, tableElement: HTMLTableElement, list: HTMLElement): void {
  const byCell = new Map(problems.map((p) => [`${p.row}:${p.column}`, p.message]));
  const head = el("tr", {}, el("th", { scope: "col" }, say(language, "row")), ...table.header.map((h) => el("th", { scope: "col" }, h)));
  const rows = table.rows.slice(0, Math.max(shownRows, 0)).map((row, r) =>
    el(
      "tr",
      {},
      el("th", { scope: "row" }, String(table.lines[r] ?? r + 2)),
      ...table.header.map((_, c) => {
        const message = byCell.get(`${r}:${c}`);
        return message === undefined ? el("td", {}, row[c] ?? "") : el("td", { class: "bad", title: message, "data-problem": message }, row[c] ?? "", el("span", { class: "visually-hidden" }, ` (${message})`));
      }),
    ),
  );
  const extra = [...problems.filter((p) => p.row >= shownRows)].map((p) => p.row);
  for (const r of [...new Set(extra)]) {
    const row = table.rows[r] ?? [];
    rows.push(el("tr", {}, el("th", { scope: "row" }, String(table.lines[r] ?? r + 2)), ...table.header.map((_, c) => {
      const message = byCell.get(`${r}:${c}`);
      return message === undefined ? el("td", {}, row[c] ?? "") : el("td", { class: "bad", title: message, "data-problem": message }, row[c] ?? "");
    })));
  }
  tableElement.replaceChildren(el("caption", {}, say(language, "tableCaption")), el("thead", {}, head), el("tbody", {}, ...rows));
  if (problems.length === 0) {
    list.replaceChildren(el("p", {}, say(language, table.rows.length === 0 ? "noRows" : "noProblems")));
    return;
  }
  list.replaceChildren(
    el("p", { class: "problems" }, (problems.length === 1 ? say(language, "problem") : say(language, "problems", { count: problems.length }))),
    el("ul", { class: "problems" }, ...problems.slice(0, 200).map((p) => el("li", {}, say(language, "problemAt", { line: table.lines[p.row] ?? p.row + 2, column: table.header[p.column] ?? "", message: p.message })))),
  );
}
