import { formatNumber } from "./node.ts";

/**
 * The buffers finished paths left behind, taken by the next ones (a chart's looks of marks write their paths at
 * the same time): grown once to the size a chart needs, then reused by every chart drawn after it, where a new
 * buffer is memory a browser must map and clear anew.
 */
const spares: Uint8Array[] = [];
// TextDecoder is a web API present in browsers, Node and workers; the ES2022 library the renderer is checked with does not declare it.
declare const TextDecoder: new (label: string) => { decode(bytes: Uint8Array): string };
const decoder = new TextDecoder("utf-8");

/**
 * An SVG path's `d` written as ASCII bytes into a buffer reused from path to
 * path, made into a string once at the end. A dense chart's lines and marks
 * are some 50,000 numbers: written as short strings joined together, each
 * number and command was an object that lived until its path was done, so
 * that the young generation was copied again and again while one chart was
 * drawn (a tenth of a redraw went to the garbage collector). Numbers are
 * written exactly as {@link formatNumber} writes them.
 * @internal
 */
export class PathText {
  private bytes: Uint8Array;
  private at = 0;

  constructor() {
    this.bytes = spares.pop() ?? new Uint8Array(16384);
  }

  /** A command or separator: one ASCII character given by its code. */
  char(code: number): this {
    if (this.at === this.bytes.length) this.grow(1);
    this.bytes[this.at++] = code;
    return this;
  }

  /** ASCII text as it is ("h7v7h-7Z"). */
  ascii(text: string): this {
    if (this.at + text.length > this.bytes.length) this.grow(text.length);
    for (let k = 0; k < text.length; k++) this.bytes[this.at++] = text.charCodeAt(k);
    return this;
  }

  /** `value` as {@link formatNumber} writes it: at most 2 decimals, no trailing zeros, no "-0", 0 for a value that is not finite. */
  number(value: number): this {
    const n = Math.round(value * 100);
    if (!(n > -1e15 && n < 1e15)) return this.ascii(formatNumber(value));
    if (n === 0) return this.char(48);
    // Sign, whole part and up to two decimals: at most 1 + 13 + 3 characters.
    if (this.at + 17 > this.bytes.length) this.grow(17);
    const bytes = this.bytes;
    if (n < 0) bytes[this.at++] = 45;
    const count = n < 0 ? -n : n;
    const whole = Math.floor(count / 100);
    const hundredths = count - whole * 100;
    let digits = 1;
    for (let w = whole; w >= 10; w = Math.floor(w / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    for (let w = whole; digits > 0; digits--, w = Math.floor(w / 10)) bytes[--at] = 48 + (w % 10);
    if (hundredths !== 0) {
      const tenths = Math.floor(hundredths / 10);
      const rest = hundredths - tenths * 10;
      bytes[this.at++] = 46;
      bytes[this.at++] = 48 + tenths;
      if (rest !== 0) bytes[this.at++] = 48 + rest;
    }
    return this;
  }

  /** The two numbers of a point, "x,y". */
  point(x: number, y: number): this {
    return this.number(x).char(44).number(y);
  }

  /** Characters written so far (ASCII: one byte each, so that a position in the bytes is one in the text). */
  get length(): number {
    return this.at;
  }

  /** The path's text; the writer is done (its buffer goes to a later path). */
  text(): string {
    const text = decoder.decode(this.bytes.subarray(0, this.at));
    // At most 16 kept, none over 256 kB (4 MB at most; a path of a million vertices drawn once does not hold its memory after).
    if (spares.length < 16 && this.bytes.length <= 1 << 18) spares.push(this.bytes);
    this.bytes = new Uint8Array(0);
    this.at = 0;
    return text;
  }

  private grow(needed: number): void {
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.at + needed, 64));
    next.set(this.bytes.subarray(0, this.at));
    this.bytes = next;
  }
}
