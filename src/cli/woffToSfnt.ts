import { inflateSync } from "node:zlib";
import { CliError } from "./io.ts";

/**
 * Unpacks a WOFF 1.0 font into the TrueType/OpenType (SFNT) file it wraps, as
 * resvg reads only SFNT. Per the W3C WOFF 1.0 recommendation (2012), §4–§5: a
 * 44-byte header, a directory of 20-byte entries (tag, offset, compressed
 * length, original length, checksum), and each table zlib-compressed when its
 * compressed length is below its original length. The SFNT is rebuilt as the
 * OpenType spec lays it out: a 12-byte offset table (with searchRange,
 * entrySelector and rangeShift from the table count), 16-byte table records
 * in the directory's (tag) order, and each table padded to 4 bytes.
 */
export function woffToSfnt(woff: Uint8Array, name = "font"): Uint8Array {
  const bad = (why: string): never => {
    throw new CliError(`${name}: not a WOFF 1.0 font (${why})`, 1);
  };
  if (woff.length < 44) bad("too short");
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) bad("no wOFF signature");
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  if (44 + count * 20 > woff.length) bad("table directory runs past the end");
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let k = 0; k < count; k++) {
    const at = 44 + k * 20;
    const tag = view.getUint32(at);
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const original = view.getUint32(at + 12);
    if (offset + compressed > woff.length) bad(`table ${k} runs past the end`);
    const stored = woff.subarray(offset, offset + compressed);
    const data = compressed < original ? new Uint8Array(inflateSync(stored)) : stored;
    if (data.length !== original) bad(`table ${k} unpacks to ${data.length} bytes, not ${original}`);
    tables.push({ tag, checksum: view.getUint32(at + 16), data });
  }
  const pad = (n: number): number => (n + 3) & ~3;
  let size = 12 + 16 * count;
  for (const table of tables) size += pad(table.data.length);
  const sfnt = new Uint8Array(size);
  const out = new DataView(sfnt.buffer);
  const power = count === 0 ? 0 : 2 ** Math.floor(Math.log2(count));
  out.setUint32(0, flavor);
  out.setUint16(4, count);
  out.setUint16(6, power * 16);
  out.setUint16(8, power === 0 ? 0 : Math.log2(power));
  out.setUint16(10, count * 16 - power * 16);
  let offset = 12 + 16 * count;
  tables.forEach((table, k) => {
    const record = 12 + 16 * k;
    out.setUint32(record, table.tag);
    out.setUint32(record + 4, table.checksum);
    out.setUint32(record + 8, offset);
    out.setUint32(record + 12, table.data.length);
    sfnt.set(table.data, offset);
    offset += pad(table.data.length);
  });
  return sfnt;
}
