// Files out: everything is made in the page and handed to the browser's
// download; nothing is uploaded.

/** Offers a blob as a download under a file name. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The chart's SVG as a standalone file, as the renderer made it: without
 * what the app adds for interaction (focus order, button roles, labels of
 * the focused point), so that it equals `shewhart chart`'s file.
 */
export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  if (copy.classList.contains("shewhart") && copy.getAttribute("role") === "group") copy.setAttribute("role", "img");
  for (const g of Array.from(copy.querySelectorAll("g[role]"))) g.removeAttribute("role");
  // The focus mark of a large chart belongs to the page, not to the picture.
  for (const mark of Array.from(copy.querySelectorAll(".shewhart-cursor"))) mark.remove();
  for (const point of Array.from(copy.querySelectorAll(".shewhart-point"))) {
    for (const name of ["tabindex", "role", "aria-label", "aria-haspopup"]) point.removeAttribute(name);
    point.classList.remove("focused");
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/**
 * Draws the SVG on a canvas at `scale` × its viewBox size (the browser's own
 * SVG rendering through an <img> of a blob: URL) and returns a PNG.
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const box = svg.viewBox.baseVal;
  const width = Math.round((box?.width || svg.clientWidth || 720) * scale);
  const height = Math.round((box?.height || svg.clientHeight || 400) * scale);
  const text = svgText(svg).replace(/<svg([^>]*?) width="100%"/, `<svg$1 width="${width}" height="${height}"`);
  const url = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("the chart could not be drawn as an image"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("no canvas in this browser");
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b === null ? reject(new Error("PNG failed")) : resolve(b)), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Copies the chart as a PNG image (and its SVG text where images are refused). */
export async function copyChart(svg: SVGSVGElement): Promise<void> {
  const png = await svgToPng(svg);
  if (typeof ClipboardItem !== "undefined" && navigator.clipboard?.write !== undefined) {
    await navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
    return;
  }
  await navigator.clipboard.writeText(svgText(svg));
}

/** A safe file name from a title. */
export function fileStem(title: string): string {
  const stem = title.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9æøåÆØÅ_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return stem === "" ? "chart" : stem;
}
