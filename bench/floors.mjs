// Tight floors for bench/analyze.mjs: for each chart type, the least work any correct implementation must do to
// give the same answer — the passes over the data it cannot avoid, and nothing allocated beyond what the result
// must own (the value column, a copy of y it may not share with the caller; the per-point limit columns where the
// limits vary from point to point; one flag column for the points outside the limits, and the signal the result
// lists for each of them, as toJSON() shows it). Sums are plain (analyze's
// are compensated, for accuracy on long series), the runs and crossings are counted with a branch per point, and
// every floor returns a number that depends on all of its work so that none of it can be optimised away.
// bench/README.md describes each floor's passes.

/** Hoare's quickselect of the k-th smallest of a (reorders a). */
function select(a, length, k) {
  let l = 0;
  let r = length - 1;
  while (r > l) {
    const p = a[(l + r) >> 1];
    let i = l;
    let j = r;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) r = j;
    else if (k >= i) l = i;
    else break;
  }
  return a[k];
}

/** Median of a[0…length−1] by selection (two selections for an even length, the second on the smaller half's maximum). */
function median(a, length) {
  const k = length >> 1;
  const upper = select(a, length, k);
  if (length % 2 === 1) return upper;
  let lower = -Infinity;
  for (let i = 0; i < k; i++) if (a[i] > lower) lower = a[i];
  return (lower + upper) / 2;
}

function invalid(name, i, v) {
  return new Error(`invalid ${name}[${i}]: ${v}`);
}

/** The pass every control chart ends with: each point against its limits (flagged), and the runs and crossings about a constant centre line. */
function testAndCount(value, center, lcl, ucl, flags) {
  let side = 0, run = 0, longest = 0, crossings = 0, useful = 0;
  const signals = [];
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    if (v > ucl || v < lcl) {
      flags[i] = 1;
      signals.push({ rule: "sigma", phase: 0, indices: [i], side: v > ucl ? "above" : "below", direction: null });
    }
    const d = v - center;
    if (d === 0 || d !== d) continue;
    useful++;
    const s = d > 0 ? 1 : -1;
    if (s === side) run++;
    else {
      if (side !== 0) crossings++;
      side = s;
      run = 1;
    }
    if (run > longest) longest = run;
  }
  return longest + crossings + useful + signals.length;
}

/** Run chart: copy (and check) y; median by selection on a scratch copy; count runs and crossings about it. */
function run(y) {
  const len = y.length;
  const value = new Float64Array(len);
  const scratch = new Float64Array(len);
  let m = 0;
  for (let i = 0; i < len; i++) {
    const v = y[i];
    if (v - v !== 0 && v === v) throw invalid("y", i, v);
    value[i] = v;
    scratch[m] = v;
    m += +(v === v);
  }
  const center = median(scratch, m);
  return testAndCount(value, center, -Infinity, Infinity, null) + center;
}

/** I chart: (1) copy and check y, sum it and its moving ranges; (2) sum the moving ranges below 3.267 MR̄; (3) test and count. */
function individuals(y) {
  const len = y.length;
  const value = new Float64Array(len);
  const flags = new Uint8Array(len);
  let sum = 0, count = 0, ranges = 0, rangeCount = 0, previous = NaN;
  for (let i = 0; i < len; i++) {
    const v = y[i];
    if (v - v !== 0 && v === v) throw invalid("y", i, v);
    value[i] = v;
    if (v === v) {
      sum += v;
      count++;
    }
    const r = Math.abs(v - previous);
    if (r === r) {
      ranges += r;
      rangeCount++;
    }
    previous = v;
  }
  const limit = (3.267 * ranges) / rangeCount;
  let kept = 0, keptCount = 0;
  for (let i = 1; i < len; i++) {
    const r = Math.abs(value[i] - value[i - 1]);
    if (r < limit) {
      kept += r;
      keptCount++;
    }
  }
  const mean = sum / count;
  const sigma = kept / keptCount / 1.128;
  return testAndCount(value, mean, mean - 3 * sigma, mean + 3 * sigma, flags);
}

/** MR chart: (1) copy and check y, write the moving ranges (the plotted column) and sum them; (2) test against D4·MR̄ and count. */
function movingRange(y) {
  const len = y.length;
  const numerator = new Float64Array(len);
  const value = new Float64Array(len);
  const flags = new Uint8Array(len);
  let sum = 0, count = 0;
  value[0] = NaN;
  for (let i = 0; i < len; i++) {
    const v = y[i];
    if (v - v !== 0 && v === v) throw invalid("y", i, v);
    numerator[i] = v;
    if (i > 0) {
      const r = Math.abs(v - numerator[i - 1]);
      value[i] = r;
      if (r === r) {
        sum += r;
        count++;
      }
    }
  }
  const mean = sum / count;
  return testAndCount(value, mean, 0, 3.267 * mean, flags);
}

/** T chart: (1) check y > 0, transform y^(1/3.6), sum it and its moving ranges; (2) screened ranges; (3) back-transform (the plotted value), test and count. */
function times(y) {
  const len = y.length;
  const transformed = new Float64Array(len);
  const value = new Float64Array(len);
  const flags = new Uint8Array(len);
  let sum = 0, count = 0, ranges = 0, rangeCount = 0, previous = NaN;
  for (let i = 0; i < len; i++) {
    const v = y[i];
    if (!(v > 0) && v === v) throw invalid("y", i, v);
    const t = Math.pow(v, 1 / 3.6);
    transformed[i] = t;
    if (t === t) {
      sum += t;
      count++;
    }
    const r = Math.abs(t - previous);
    if (r === r) {
      ranges += r;
      rangeCount++;
    }
    previous = t;
  }
  const limit = (3.267 * ranges) / rangeCount;
  let kept = 0, keptCount = 0;
  for (let i = 1; i < len; i++) {
    const r = Math.abs(transformed[i] - transformed[i - 1]);
    if (r < limit) {
      kept += r;
      keptCount++;
    }
  }
  const mean = sum / count;
  const sigma = kept / keptCount / 1.128;
  for (let i = 0; i < len; i++) value[i] = Math.pow(transformed[i], 3.6);
  return testAndCount(value, mean ** 3.6, Math.max(0, mean - 3 * sigma) ** 3.6, (mean + 3 * sigma) ** 3.6, flags);
}

/** C chart: (1) copy and check the counts, sum them; (2) test against c̄ ± 3√c̄ and count. */
function counts(y) {
  const len = y.length;
  const value = new Float64Array(len);
  const flags = new Uint8Array(len);
  let sum = 0, count = 0;
  for (let i = 0; i < len; i++) {
    const v = y[i];
    if (v === v && !(v >= 0 && Number.isInteger(v))) throw invalid("y", i, v);
    value[i] = v;
    if (v === v) {
      sum += v;
      count++;
    }
  }
  const mean = sum / count;
  return testAndCount(value, mean, Math.max(0, mean - 3 * Math.sqrt(mean)), mean + 3 * Math.sqrt(mean), flags);
}

/** G chart: (1) copy and check y ≥ 0, sum it, and a scratch copy; the median by selection; (2) test against m ± 3√(m(m+1)) and count about the median. */
function geometric(y) {
  const len = y.length;
  const value = new Float64Array(len);
  const scratch = new Float64Array(len);
  const flags = new Uint8Array(len);
  let sum = 0, m = 0;
  for (let i = 0; i < len; i++) {
    const v = y[i];
    if (!(v >= 0) && v === v) throw invalid("y", i, v);
    value[i] = v;
    scratch[m] = v;
    if (v === v) sum += v;
    m += +(v === v);
  }
  const mean = sum / m;
  const sigma = Math.sqrt(mean * (mean + 1));
  return testAndCount(value, median(scratch, m), Math.max(0, mean - 3 * sigma), mean + 3 * sigma, flags);
}

/**
 * (1) of P, U, P′, U′ and I′ charts: check y and n (counts; y ≤ n for proportions), copy them (numerator and
 * denominator columns) and write y/n (the value column); sum y and n.
 */
function ratios(y, n, proportion) {
  const len = y.length;
  const numerator = new Float64Array(len);
  const denominator = new Float64Array(len);
  const value = new Float64Array(len);
  let sy = 0, sn = 0;
  for (let i = 0; i < len; i++) {
    const v = y[i];
    const d = n[i];
    if (v === v && !(v >= 0 && Number.isInteger(v))) throw invalid("y", i, v);
    if (d === d && !(d >= 0 && (!proportion || Number.isInteger(d)))) throw invalid("n", i, d);
    if (proportion && v > d) throw invalid("y", i, v);
    numerator[i] = v;
    denominator[i] = d;
    value[i] = v / d;
    if (v === v && d === d) {
      sy += v;
      sn += d;
    }
  }
  return { value, center: sy / sn };
}

/**
 * (last pass) of P, U, P′ and U′ charts: σᵢ from nᵢ, the 3-sigma limit columns written (clamped) and summed for
 * the phase summary, each point tested, runs and crossings counted about the centre line.
 */
function pointLimits(value, n, center, scale, proportion) {
  const len = value.length;
  const lcl = new Float64Array(len);
  const ucl = new Float64Array(len);
  const flags = new Uint8Array(len);
  let side = 0, run = 0, longest = 0, crossings = 0, useful = 0, sumL = 0, sumU = 0;
  const signals = [];
  for (let i = 0; i < len; i++) {
    const s = scale / Math.sqrt(n[i]);
    const lower = Math.max(0, center - 3 * s);
    const upper = proportion ? Math.min(1, center + 3 * s) : center + 3 * s;
    lcl[i] = lower;
    ucl[i] = upper;
    sumL += lower;
    sumU += upper;
    const v = value[i];
    if (v > upper || v < lower) {
      flags[i] = 1;
      signals.push({ rule: "sigma", phase: 0, indices: [i], side: v > upper ? "above" : "below", direction: null });
    }
    const d = v - center;
    if (d === 0 || d !== d) continue;
    useful++;
    const t = d > 0 ? 1 : -1;
    if (t === side) run++;
    else {
      if (side !== 0) crossings++;
      side = t;
      run = 1;
    }
    if (run > longest) longest = run;
  }
  return longest + crossings + useful + signals.length + sumL + sumU;
}

/** Laney's σ_z: the moving ranges of the z-scores (2) and their screened mean (3). */
function laney(value, n, center, scale) {
  const sigmaOf = (d) => scale / Math.sqrt(d);
  const len = value.length;
  let ranges = 0, count = 0, previous = (value[0] - center) / sigmaOf(n[0]);
  for (let i = 1; i < len; i++) {
    const z = (value[i] - center) / sigmaOf(n[i]);
    const r = Math.abs(z - previous);
    if (r === r) {
      ranges += r;
      count++;
    }
    previous = z;
  }
  const limit = (3.267 * ranges) / count;
  let kept = 0, keptCount = 0;
  previous = (value[0] - center) / sigmaOf(n[0]);
  for (let i = 1; i < len; i++) {
    const z = (value[i] - center) / sigmaOf(n[i]);
    const r = Math.abs(z - previous);
    if (r < limit) {
      kept += r;
      keptCount++;
    }
    previous = z;
  }
  return kept / keptCount / 1.128;
}

/** I′ chart: (1) as P; (2) and (3) the spreads |yᵢ₊₁ − yᵢ|/√(1/nᵢ + 1/nᵢ₊₁) and their screened mean; (4) limits, test, count. */
function iPrime(y, n) {
  const { value, center } = ratios(y, n, false);
  const spread = (i) => Math.abs(value[i + 1] - value[i]) / Math.sqrt(1 / n[i] + 1 / n[i + 1]);
  let sum = 0, count = 0;
  for (let i = 0; i + 1 < value.length; i++) {
    const s = spread(i);
    if (s === s) {
      sum += s;
      count++;
    }
  }
  const limit = (3.2665 * sum) / count;
  let kept = 0, keptCount = 0;
  for (let i = 0; i + 1 < value.length; i++) {
    const s = spread(i);
    if (s < limit) {
      kept += s;
      keptCount++;
    }
  }
  const average = (Math.sqrt(Math.PI / 2) * kept) / keptCount;
  return pointLimits(value, n, center, average, false);
}

/**
 * Xbar and S charts, rows in subgroups of consecutive equal x: (1) check x ascending and y, and per subgroup its
 * sum, mean and standard deviation (two reads of its rows); the value, numerator and count columns; (2) the grand
 * mean and s̄ (one subgroup size: constant limits) tested against, runs counted.
 */
function subgroupMoments(y, x, plot) {
  const rows = y.length;
  let groups = 0;
  for (let i = 0; i < rows; i++) {
    if (i > 0 && !(x[i] >= x[i - 1])) throw invalid("x", i, x[i]);
    if (i === 0 || x[i] !== x[i - 1]) groups++;
  }
  const value = new Float64Array(groups);
  const numerator = new Float64Array(groups);
  const size = new Uint32Array(groups);
  const flags = new Uint8Array(groups);
  let g = 0, from = 0, grand = 0, total = 0, sdSum = 0, sdCount = 0, rowsPer = 0;
  for (let i = 1; i <= rows; i++) {
    if (i < rows && x[i] === x[i - 1]) continue;
    let sum = 0;
    for (let k = from; k < i; k++) {
      const v = y[k];
      if (v - v !== 0) throw invalid("y", k, v);
      sum += v;
    }
    const c = i - from;
    const mean = sum / c;
    let squares = 0;
    for (let k = from; k < i; k++) squares += (y[k] - mean) ** 2;
    const sd = Math.sqrt(squares / (c - 1));
    numerator[g] = sum;
    size[g] = c;
    value[g] = plot === "mean" ? mean : sd;
    grand += sum;
    total += c;
    sdSum += sd;
    sdCount++;
    rowsPer = c;
    g++;
    from = i;
  }
  const sbar = sdSum / sdCount;
  // c4(n) for the common subgroup size (a constant: its cost does not grow with the data).
  const c4 = Math.sqrt(2 / (rowsPer - 1)) * Math.exp(lgamma(rowsPer / 2) - lgamma((rowsPer - 1) / 2));
  if (plot === "mean") {
    const center = grand / total;
    const wide = (3 * sbar) / (c4 * Math.sqrt(rowsPer));
    return testAndCount(value, center, center - wide, center + wide, flags);
  }
  const c5 = Math.sqrt(1 - c4 * c4);
  return testAndCount(value, sbar, Math.max(0, 1 - (3 * c5) / c4) * sbar, (1 + (3 * c5) / c4) * sbar, flags);
}

/** ln Γ(x) by Lanczos (g = 7, n = 9), for the constant c4 of the Xbar and S floors. */
function lgamma(x) {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

// σᵢ = scale / √nᵢ: scale is √(p̄(1 − p̄)) for proportions, √ū for rates (times σ_z for Laney's charts).
const proportionScale = (center) => Math.sqrt(center * (1 - center));

/** The floor of each chart type: its input as bench/analyze.mjs makes it, a number out. */
export const floors = {
  run: ({ y }) => run(y),
  i: ({ y }) => individuals(y),
  mr: ({ y }) => movingRange(y),
  t: ({ y }) => times(y),
  c: ({ y }) => counts(y),
  g: ({ y }) => geometric(y),
  p: ({ y, n }) => {
    const { value, center } = ratios(y, n, true);
    return pointLimits(value, n, center, proportionScale(center), true);
  },
  u: ({ y, n }) => {
    const { value, center } = ratios(y, n, false);
    return pointLimits(value, n, center, Math.sqrt(center), false);
  },
  pp: ({ y, n }) => {
    const { value, center } = ratios(y, n, true);
    const scale = proportionScale(center);
    return pointLimits(value, n, center, scale * laney(value, n, center, scale), true);
  },
  up: ({ y, n }) => {
    const { value, center } = ratios(y, n, false);
    const scale = Math.sqrt(center);
    return pointLimits(value, n, center, scale * laney(value, n, center, scale), false);
  },
  ip: ({ y, n }) => iPrime(y, n),
  xbar: ({ y, x }) => subgroupMoments(y, x, "mean"),
  s: ({ y, x }) => subgroupMoments(y, x, "sd"),
};
