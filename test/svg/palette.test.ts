// The default theme under simulated colour-vision deficiencies: signal colours must stay apart from the
// ordinary data colour, and from each other where they carry meaning (improvement vs deterioration).
import { describe, expect, it } from "vitest";
import { defaultTheme } from "../../src/svg/index.ts";

// Machado, Oliveira & Fernandes 2009, "A physiologically-based model for simulation of color vision
// deficiency", IEEE TVCG 15(6):1291–1298: the matrices for severity 1.0, applied to linear RGB.
const deficiencies: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  greyscale: [
    [0.2126, 0.7152, 0.0722],
    [0.2126, 0.7152, 0.0722],
    [0.2126, 0.7152, 0.0722],
  ],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): number[] {
  return [1, 3, 5].map((k) => toLinear(Number.parseInt(hex.slice(k, k + 2), 16) / 255));
}

/** CIELAB (D65) of a linear RGB colour. */
function lab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047;
  const y = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  const z = (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function simulate(hex: string, matrix: number[][]): number[] {
  const rgb = linearRgb(hex);
  return matrix.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)));
}

/** CIE76 colour difference; 10 is clearly visible side by side, 20 at a glance. */
function deltaE(a: number[], b: number[]): number {
  const [l1, a1, b1] = lab(a);
  const [l2, a2, b2] = lab(b);
  return Math.hypot(l1! - l2!, a1! - a2!, b1! - b2!);
}

const threshold = 20;

describe("default theme under colour-vision deficiencies", () => {
  for (const [name, matrix] of Object.entries(deficiencies)) {
    it(`${name}: every signal colour stays at least ΔE ${threshold} from the ordinary points`, () => {
      const data = simulate(defaultTheme.data, matrix);
      for (const signal of [defaultTheme.improvement, defaultTheme.deterioration, defaultTheme.signal]) {
        expect(deltaE(simulate(signal, matrix), data), `${signal} vs ${defaultTheme.data}`).toBeGreaterThanOrEqual(threshold);
      }
    });

    if (name !== "greyscale") {
      it(`${name}: improvement and deterioration stay apart`, () => {
        expect(deltaE(simulate(defaultTheme.improvement, matrix), simulate(defaultTheme.deterioration, matrix))).toBeGreaterThanOrEqual(threshold);
      });
    }
  }
});
