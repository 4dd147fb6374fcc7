import { ReadError } from "./readError.ts";

/** The text encodings the reader knows. */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** An encoding as an option: `"utf-16"` means "UTF-16, byte order from the BOM (little-endian without one)". */
export type EncodingOption = Encoding | "utf-16";

/** Text decoded from bytes, and the encoding that was used. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: Encoding;
  /** The bytes began with a byte order mark (it is not part of `text`). */
  readonly bom: boolean;
}

// TextDecoder is a web API present in browsers, Node and workers; the core's ES2022 library does not declare it.
interface TextDecoderLike {
  decode(bytes: Uint8Array): string;
}
declare const TextDecoder: new (label: string, options?: { fatal?: boolean }) => TextDecoderLike;

/** Windows-1252 bytes 0x80–0x9F (the only ones that differ from Latin-1); 0 where the code page has no character. */
const cp1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decodes a file's bytes. Without an `encoding`: a UTF-8 BOM (EF BB BF) means
 * UTF-8, a UTF-16 BOM (FF FE / FE FF) means UTF-16 little/big-endian; else
 * UTF-8 when the bytes are valid UTF-8, and Windows-1252 (what Excel's
 * "CSV (semicolon separated)" writes on a Danish or English Windows) when they
 * are not. Any BOM is dropped from the text.
 *
 * @throws {ReadError} when `encoding` is `"utf-8"` and the bytes are not valid UTF-8 (naming the line)
 * @example
 * decodeText(new Uint8Array([0x74, 0xe6, 0x6c])).text; // => "tæl" (Windows-1252)
 */
export function decodeText(bytes: Uint8Array, encoding?: EncodingOption): DecodedText {
  const utf8Bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const le = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff;
  if (encoding === "utf-16" || encoding === "utf-16le" || encoding === "utf-16be" || (encoding === undefined && (le || be))) {
    const big = encoding === "utf-16be" || (encoding !== "utf-16le" && be);
    const skip = le || be ? 2 : 0;
    return { text: decodeUtf16(bytes.subarray(skip), big), encoding: big ? "utf-16be" : "utf-16le", bom: skip > 0 };
  }
  if (encoding === "windows-1252") return { text: decodeWindows1252(bytes), encoding, bom: false };
  const body = utf8Bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8", bom: utf8Bom };
  } catch {
    // Valid UTF-8 sequences beside invalid bytes: two encodings in one file; reading it as either would garble letters.
    const mixed = encoding === undefined && !utf8Bom && hasUtf8Sequence(body);
    if (encoding === "utf-8" || utf8Bom || mixed) {
      const at = firstInvalidUtf8(body);
      let line = 1;
      for (let i = 0; i < at; i++) if (body[i] === 10) line++;
      throw new ReadError({
        reason: { key: mixed ? "mixedEncoding" : "notUtf8", byte: body[at] ?? 0, at: at + 1 },
        line,
        column: null,
        columnName: null,
        value: null,
        option: "encoding",
      });
    }
    return { text: decodeWindows1252(bytes), encoding: "windows-1252", bom: false };
  }
}

/** Windows-1252 to text, one byte per character. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  let out = "";
  const codes = new Uint16Array(Math.min(chunk, bytes.length));
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(start + chunk, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      codes[i - start] = b >= 0x80 && b < 0xa0 ? (cp1252High[b - 0x80] as number) || b : b;
    }
    // A chunk at a time: spreading a whole file's codes into one call would overflow the stack.
    out += String.fromCharCode.apply(null, Array.from(codes.subarray(0, end - start)));
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  const even = bytes.length - (bytes.length % 2);
  const copy = new Uint8Array(even);
  for (let i = 0; i < even; i += 2) {
    copy[i] = bigEndian ? (bytes[i + 1] as number) : (bytes[i] as number);
    copy[i + 1] = bigEndian ? (bytes[i] as number) : (bytes[i + 1] as number);
  }
  return new TextDecoder("utf-16le").decode(copy);
}

/** Whether the bytes hold a multi-byte UTF-8 sequence (a lead byte and its continuation bytes), which Windows-1252 text almost never does. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0xc2) continue;
    const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : b < 0xf5 ? 3 : 0;
    if (need === 0) continue;
    let ok = true;
    for (let k = 1; k <= need && ok; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

/** The index of the first byte that breaks UTF-8 (RFC 3629), for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
