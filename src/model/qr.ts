/**
 * A compact QR code encoder (ISO/IEC 18004): byte mode, error correction level M, versions 1–40,
 * the mask chosen by the spec's penalty rules. Pure and synchronous: the share link's QR code is
 * made in the page, nothing is requested anywhere. Only the printable handout loads it.
 *
 *   const qr = encodeQr('https://example.org/#saved=a,b');
 *   qr && qr.dark(x, y);
 */

export interface QrCode {
  /** 1–40. */
  version: number;
  /** Modules per side: 17 + 4 × version. */
  size: number;
  /** The mask applied, 0–7. */
  mask: number;
  /** Row by row, 1 = dark. */
  modules: Uint8Array;
  /** Whether the module at column `x`, row `y` is dark. */
  dark(x: number, y: number): boolean;
}

// Level M, by version (index 0 unused): error-correction codewords per block, and blocks.
const ECC_PER_BLOCK = [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28];
const BLOCKS = [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49];

/** Modules left for data and error correction once the function patterns are drawn. */
function rawModules(v: number): number {
  let n = (16 * v + 128) * v + 64;
  if (v >= 2) {
    const align = Math.floor(v / 7) + 2;
    n -= (25 * align - 10) * align - 55;
    if (v >= 7) n -= 36;
  }
  return n;
}

/** Data codewords of a version at level M. */
export function dataCodewords(v: number): number {
  return Math.floor(rawModules(v) / 8) - ECC_PER_BLOCK[v] * BLOCKS[v];
}

/** The bytes a version holds in byte mode at level M. */
export function byteCapacity(v: number): number {
  return Math.floor((dataCodewords(v) * 8 - 4 - (v < 10 ? 8 : 16)) / 8);
}

/** Rows / columns of the alignment patterns' centres. */
export function alignmentPositions(v: number): number[] {
  if (v === 1) return [];
  const align = Math.floor(v / 7) + 2;
  const step = v === 32 ? 26 : Math.ceil((v * 4 + 4) / (align * 2 - 2)) * 2;
  const out = [6];
  for (let pos = v * 4 + 10; out.length < align; pos -= step) out.splice(1, 0, pos);
  return out;
}

/** The 15 format bits (level M, `mask`), BCH-coded and masked with 0x5412. */
export function formatBits(mask: number): number {
  const data = mask; // level M's two bits are 00
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** The 18 version bits (versions 7 and up), BCH-coded. */
export function versionBits(v: number): number {
  let rem = v;
  for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
  return (v << 12) | rem;
}

// ---- Reed–Solomon over GF(256), x^8 + x^4 + x^3 + x^2 + 1 -------------------------------------

function gfMul(a: number, b: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((b >>> i) & 1) * a;
  }
  return z;
}

function rsDivisor(degree: number): number[] {
  const out = new Array<number>(degree).fill(0);
  out[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      out[j] = gfMul(out[j], root);
      if (j + 1 < degree) out[j] ^= out[j + 1];
    }
    root = gfMul(root, 0x02);
  }
  return out;
}

function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
  const out = divisor.map(() => 0);
  for (const b of data) {
    const factor = b ^ (out.shift() as number);
    out.push(0);
    divisor.forEach((d, i) => (out[i] ^= gfMul(d, factor)));
  }
  return out;
}

// ---- the symbol ---------------------------------------------------------------------------------

/** The data codewords (mode, count, bytes, terminator, padding), then interleaved with their error correction. */
function codewords(bytes: Uint8Array, v: number): number[] {
  const bits: number[] = [];
  const put = (value: number, n: number) => {
    for (let i = n - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  const capacity = dataCodewords(v) * 8;
  put(4, 4);
  put(bytes.length, v < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  put(0, Math.min(4, capacity - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) put(pad, 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));

  const blocks = BLOCKS[v];
  const ecc = ECC_PER_BLOCK[v];
  const raw = Math.floor(rawModules(v) / 8);
  const short = blocks - (raw % blocks);
  const shortLen = Math.floor(raw / blocks) - ecc;
  const divisor = rsDivisor(ecc);
  const dataBlocks: number[][] = [];
  const eccBlocks: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const block = data.slice(k, (k += shortLen + (i < short ? 0 : 1)));
    dataBlocks.push(block);
    eccBlocks.push(rsRemainder(block, divisor));
  }
  const out: number[] = [];
  for (let i = 0; i <= shortLen; i++) for (const b of dataBlocks) if (i < b.length) out.push(b[i]);
  for (let i = 0; i < ecc; i++) for (const b of eccBlocks) out.push(b[i]);
  return out;
}

const MASKS: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** The spec's penalty score of a finished symbol (N1 runs, N2 blocks, N3 finder-like patterns, N4 balance). */
export function penalty(m: Uint8Array, size: number): number {
  let score = 0;
  const at = (x: number, y: number, row: boolean) => (row ? m[y * size + x] : m[x * size + y]);
  for (const row of [true, false]) {
    for (let y = 0; y < size; y++) {
      let run = 1;
      for (let x = 1; x <= size; x++) {
        if (x < size && at(x, y, row) === at(x - 1, y, row)) run++;
        else {
          if (run >= 5) score += run - 2;
          run = 1;
        }
      }
      // 1:1:3:1:1 with four light modules on one side (outside the symbol counts as light).
      const light = (from: number) => {
        for (let x = from; x < from + 4; x++) if (x >= 0 && x < size && at(x, y, row)) return false;
        return true;
      };
      for (let x = 0; x + 7 <= size; x++) {
        let finder = true;
        for (let k = 0; k < 7 && finder; k++) finder = at(x + k, y, row) === (k === 1 || k === 5 ? 0 : 1);
        if (finder && (light(x - 4) || light(x + 7))) score += 40;
      }
    }
  }
  let dark = 0;
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const c = m[y * size + x];
      dark += c;
      if (x + 1 < size && y + 1 < size && c === m[y * size + x + 1] && c === m[(y + 1) * size + x] && c === m[(y + 1) * size + x + 1]) score += 3;
    }
  const total = size * size;
  return score + Math.floor((Math.abs(dark * 2 - total) * 10) / total) * 10;
}

/**
 * The QR code of `text` (UTF-8 bytes), at level M, in the smallest version from `minVersion` up
 * that holds it; undefined when even version 40 cannot. `mask` forces a mask (tests).
 */
export function encodeQr(text: string, o: {minVersion?: number; mask?: number} = {}): QrCode | undefined {
  const bytes = new TextEncoder().encode(text);
  let v = Math.max(1, Math.min(40, o.minVersion ?? 1));
  while (v <= 40 && byteCapacity(v) < bytes.length) v++;
  if (v > 40) return undefined;
  const size = v * 4 + 17;
  const m = new Uint8Array(size * size);
  const fn = new Uint8Array(size * size);
  const set = (x: number, y: number, dark: boolean | number) => {
    m[y * size + x] = dark ? 1 : 0;
    fn[y * size + x] = 1;
  };

  // Timing patterns, then finders (with separators), alignment patterns, and the reserved areas.
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ])
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const x = cx + dx;
        const y = cy + dy;
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        if (x >= 0 && x < size && y >= 0 && y < size) set(x, y, d !== 2 && d !== 4);
      }
  const align = alignmentPositions(v);
  const last = align.length - 1;
  for (let i = 0; i <= last; i++)
    for (let j = 0; j <= last; j++) {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(align[i] + dx, align[j] + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }
  const drawFormat = (mask: number) => {
    const bits = formatBits(mask);
    const bit = (i: number) => (bits >>> i) & 1;
    for (let i = 0; i <= 5; i++) set(8, i, bit(i));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
    set(8, size - 8, 1);
  };
  drawFormat(0);
  if (v >= 7) {
    const bits = versionBits(v);
    for (let i = 0; i < 18; i++) {
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      set(a, b, (bits >>> i) & 1);
      set(b, a, (bits >>> i) & 1);
    }
  }

  // The codewords, in two-column zigzags from the bottom right (skipping the vertical timing column).
  const data = codewords(bytes, v);
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++)
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vert : vert;
        if (fn[y * size + x] || i >= data.length * 8) continue;
        m[y * size + x] = (data[i >>> 3] >>> (7 - (i & 7))) & 1;
        i++;
      }
  }

  const masked = (mask: number) => {
    const out = m.slice();
    const f = MASKS[mask];
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (!fn[y * size + x] && f(x, y)) out[y * size + x] ^= 1;
    return out;
  };
  let best = o.mask ?? -1;
  if (best < 0) {
    let lowest = Infinity;
    for (let k = 0; k < 8; k++) {
      drawFormat(k);
      const p = penalty(masked(k), size);
      if (p < lowest) [best, lowest] = [k, p];
    }
  }
  drawFormat(best);
  const modules = masked(best);
  return {version: v, size, mask: best, modules, dark: (x, y) => modules[y * size + x] === 1};
}
