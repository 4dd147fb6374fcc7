// Reads the pasted CSV, analyses it with shewhart's core and draws it with shewhart/svg,
// building the <svg> through this page's document (no markup is parsed).
import { analyze, isSpcError } from "shewhart";
import { renderSvgElement } from "shewhart/svg";

const area = document.getElementById("chart-area");
const error = document.getElementById("error");

function parse(text) {
  const [, ...rows] = text.trim().split(/\r?\n/).map((line) => line.split(/[,;\t]/).map((cell) => cell.trim()));
  const number = (cell) => (cell === undefined || cell === "" ? null : Number(cell.replace(",", ".")));
  return {
    x: rows.map((r) => r[0]),
    y: rows.map((r) => number(r[1])),
    n: rows.every((r) => r.length > 2) ? rows.map((r) => number(r[2])) : undefined,
  };
}

function draw() {
  error.textContent = "";
  area.replaceChildren();
  const chart = document.getElementById("chart").value;
  const { x, y, n } = parse(document.getElementById("data").value);
  try {
    const period = x.every((v) => /^\d{4}-W\d{2}$/.test(v)) ? { period: "week" } : {};
    const result = analyze({ chart, x, y, ...(n === undefined ? {} : { n }), ...period });
    area.append(renderSvgElement(result, { document, title: `${chart} chart` }));
  } catch (e) {
    if (isSpcError(e)) error.textContent = e.message;
    else throw e;
  }
}

document.getElementById("draw").addEventListener("click", draw);
draw();
