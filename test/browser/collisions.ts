// The collision check of issue #14, run inside a page (page.evaluate) on every svg.shewhart:
// real text boxes (getBoundingClientRect of every <text>), point marks and the data line's segments,
// in screen coordinates. A collision: two texts overlapping, a text on a point's mark, the data
// line running through a text, or a text outside the picture or outside its panel.

/** One collision, described for a failing test's message. */
export interface Collision {
  readonly chart: string;
  readonly kind: "text/text" | "text/point" | "text/line" | "outside" | "outside-panel";
  readonly what: string;
}

/** Runs in the browser: every collision in every chart on the page. Must be self-contained (it is serialised). */
export function findCollisions(): Collision[] {
  const out: Collision[] = [];
  // Boxes that only touch, or overlap by less than a hundredth of a pixel (rounding), do not collide.
  const eps = 0.01;
  type Box = { left: number; right: number; top: number; bottom: number };
  const overlap = (a: Box, b: Box): boolean => a.left < b.right - eps && b.left < a.right - eps && a.top < b.bottom - eps && b.top < a.bottom - eps;
  const outside = (a: Box, b: Box): boolean => a.left < b.left - 0.5 || a.top < b.top - 0.5 || a.right > b.right + 0.5 || a.bottom > b.bottom + 0.5;
  const crosses = (r: Box, x1: number, y1: number, x2: number, y2: number): boolean => {
    // Liang–Barsky clipping of the segment against the box, shrunk by eps.
    const box = { left: r.left + eps, right: r.right - eps, top: r.top + eps, bottom: r.bottom - eps };
    const dx = x2 - x1;
    const dy = y2 - y1;
    let t0 = 0;
    let t1 = 1;
    const edges: [number, number][] = [
      [-dx, x1 - box.left],
      [dx, box.right - x1],
      [-dy, y1 - box.top],
      [dy, box.bottom - y1],
    ];
    for (const [p, q] of edges) {
      if (p === 0) {
        if (q < 0) return false;
        continue;
      }
      const t = q / p;
      if (p < 0) {
        if (t > t1) return false;
        if (t > t0) t0 = t;
      } else {
        if (t < t0) return false;
        if (t < t1) t1 = t;
      }
    }
    return t0 <= t1;
  };
  const label = (t: Element): string => JSON.stringify((Array.from(t.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join("") || t.textContent) ?? "");
  Array.from(document.querySelectorAll("svg.shewhart")).forEach((svg, k) => {
    const chart = svg.getAttribute("data-golden") ?? `chart ${k}`;
    const picture = svg.getBoundingClientRect();
    const texts = Array.from(svg.querySelectorAll("text"))
      .filter((t) => (t.textContent ?? "").trim() !== "")
      .map((t) => ({ element: t, name: label(t), box: t.getBoundingClientRect() }));
    const points = Array.from(svg.querySelectorAll(".shewhart-point")).map((p) => ({ name: p.getAttribute("data-index") ?? "?", box: p.getBoundingClientRect() }));
    const segments: [number, number, number, number][] = [];
    for (const path of Array.from(svg.querySelectorAll<SVGPathElement>("path.shewhart-data-line"))) {
      const matrix = path.getScreenCTM();
      if (matrix === null) continue;
      let previous: DOMPoint | null = null;
      for (const [, command, x, y] of (path.getAttribute("d") ?? "").matchAll(/([ML])\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)) {
        const point = new DOMPoint(Number(x), Number(y)).matrixTransform(matrix);
        if (command === "L" && previous !== null) segments.push([previous.x, previous.y, point.x, point.y]);
        previous = point;
      }
    }
    texts.forEach((a, i) => {
      if (outside(a.box, picture)) out.push({ chart, kind: "outside", what: a.name });
      const panel = a.element.closest(".shewhart-panel")?.querySelector(".shewhart-panel-area");
      if (panel != null && outside(a.box, panel.getBoundingClientRect())) out.push({ chart, kind: "outside-panel", what: a.name });
      for (let j = i + 1; j < texts.length; j++) {
        const b = texts[j] as (typeof texts)[number];
        if (overlap(a.box, b.box)) out.push({ chart, kind: "text/text", what: `${a.name} / ${b.name}` });
      }
      for (const p of points) if (overlap(a.box, p.box)) out.push({ chart, kind: "text/point", what: `${a.name} / point ${p.name}` });
      const crossed = segments.filter(([x1, y1, x2, y2]) => crosses(a.box, x1, y1, x2, y2)).length;
      if (crossed > 0) out.push({ chart, kind: "text/line", what: `${a.name} crossed by ${crossed} segment(s) of the data line` });
    });
  });
  return out;
}
