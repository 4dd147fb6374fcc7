// Exports as hospitals write them, made here byte by byte (no files read from elsewhere).

/** Text as Windows-1252 bytes (Excel's "CSV (semikolonsepareret)" on a Danish Windows). Only Latin-1 letters are used. */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    const code = c.charCodeAt(0);
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`not in the test's Windows-1252 subset: ${c}`);
    return code;
  });
}

/** ISO week label of week k after "Uge 40, 2018" in the Danish spelling (2018 has 52 weeks). */
export function danishWeek(k: number): string {
  const week = 40 + k;
  return week <= 52 ? `Uge ${week}, 2018` : `Uge ${week - 52}, 2019`;
}

/** Numerators of a weekly proportion: about 90 % for 12 weeks, then about 97 % (an improvement). */
export const numerators = [92, 88, 91, 90, 87, 93, 89, 90, 91, 86, 92, 89, 97, 98, 96, 97, 99, 98, 97, 96, 98, 99, 97, 98, 96, 99];
export const denominators = [100, 98, 101, 99, 97, 102, 100, 99, 100, 96, 101, 99, 100, 101, 99, 100, 102, 101, 100, 99, 100, 102, 99, 101, 98, 101];

/** A Danish weekly export: "Uge 40, 2018" weeks, Danish headers, a note, semicolons, Windows-1252. */
export function danishExport(): { text: string; bytes: Uint8Array } {
  const lines = ["Uge;Tæller;Nævner;Kommentar"];
  numerators.forEach((num, k) => lines.push(`${danishWeek(k)};${num};${denominators[k]};${k === 12 ? "Ny procedure på afsnit Ø" : ""}`));
  const text = `${lines.join("\r\n")}\r\n`;
  return { text, bytes: windows1252(text) };
}
