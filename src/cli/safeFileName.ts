/**
 * A file name made from a group's value that cannot leave the output folder or
 * clash with another: letters and digits kept (Danish æ, ø, å spelt out), everything else
 * a dash, cut to 60 characters, never empty, never `.` or `..`; a number is
 * added when two groups give the same name.
 *
 * @example
 * safeFileName("../../etc/passwd", new Set()); // => "etc-passwd"
 */
export function safeFileName(value: string, taken: Set<string>): string {
  const base =
    value
      .toLowerCase()
      .replace(/æ/g, "ae")
      .replace(/ø/g, "oe")
      .replace(/å/g, "aa")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "group";
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}-${k}`;
  taken.add(name);
  return name;
}
