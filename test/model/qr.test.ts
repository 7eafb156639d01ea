import {test} from 'node:test';
import assert from 'node:assert/strict';
import {alignmentPositions, byteCapacity, encodeQr, formatBits, penalty, versionBits, type QrCode} from '../../src/model/qr.js';

// Module matrices (1 = dark, no quiet zone) from libqrencode 4.1.1 (`qrencode -8 -l M -t ASCII -m 0`), hard-coded.
const HELLO_1M = [
  '111111100110001111111',
  '100000100110001000001',
  '101110100100101011101',
  '101110100011001011101',
  '101110100110101011101',
  '100000101001101000001',
  '111111101010101111111',
  '000000000001100000000',
  '100101101100010100000',
  '001011000010001000011',
  '000110111100110001101',
  '111011001001000001011',
  '011010110010101010000',
  '000000001101000110101',
  '111111100010010101110',
  '100000101011110110000',
  '101110100001001110001',
  '101110101101000101111',
  '101110100110100010101',
  '100000100110011000000',
  '111111101111100101010',
];
const LINK_3M = [
  '11111110000001001011001111111',
  '10000010110110111101101000001',
  '10111010000011101001101011101',
  '10111010010111110011101011101',
  '10111010100110100001001011101',
  '10000010001011000011101000001',
  '11111110101010101010101111111',
  '00000000011111101100000000000',
  '10101010001000110100100010010',
  '00110101100110110100001001001',
  '00100111110001000000001110111',
  '11010100000000010110110010010',
  '10101010111100001101111001011',
  '10010100111111011100011001001',
  '00100010011010111000010111011',
  '00010100101101101100110101010',
  '01110111101000110110111001011',
  '01011100100010110010111001101',
  '10010010111111000000111010011',
  '01011000001110010110000111010',
  '10110010010000001100111110000',
  '00000000110011011100100010111',
  '11111110001010111011101011011',
  '10000010001011101110100011011',
  '10111010110000111110111110010',
  '10111010000101110000110010100',
  '10111010101110001001000111001',
  '10000010010110000101101000010',
  '11111110101010101101100110011',
];

const rows = (q: QrCode) => Array.from({length: q.size}, (_, y) => Array.from({length: q.size}, (_, x) => (q.dark(x, y) ? '1' : '0')).join(''));

test('a known version 1-M symbol, module by module ("hello", mask 7 as libqrencode chose)', () => {
  const q = encodeQr('hello')!;
  assert.equal(q.version, 1);
  assert.equal(q.size, 21);
  assert.equal(q.mask, 7);
  assert.deepEqual(rows(q), HELLO_1M);
});

test('a known version 3-M symbol with an alignment pattern (a share link with # and ,)', () => {
  const q = encodeQr('https://example.org/#saved=a,b')!;
  assert.equal(q.version, 3);
  assert.deepEqual(rows(encodeQr('https://example.org/#saved=a,b', {mask: q.mask})!), LINK_3M);
  assert.deepEqual(rows(q), LINK_3M);
});

test('format bits for level M, every mask, as the spec table gives them', () => {
  const table = ['101010000010010', '101000100100101', '101111001111100', '101101101001011', '100010111111001', '100000011001110', '100111110010111', '100101010100000'];
  assert.deepEqual(
    table.map((_, mask) => formatBits(mask).toString(2).padStart(15, '0')),
    table,
  );
});

test('version bits (BCH 18,6) as the spec table gives them, and drawn in both corners', () => {
  assert.equal(versionBits(7), 0x07c94);
  assert.equal(versionBits(8), 0x085bc);
  assert.equal(versionBits(10), 0x0a4d3);
  assert.equal(versionBits(40), 0x28c69);
  const q = encodeQr('v7', {minVersion: 7})!;
  assert.equal(q.size, 45);
  for (let i = 0; i < 18; i++) {
    const bit = ((0x07c94 >>> i) & 1) === 1;
    assert.equal(q.dark(q.size - 11 + (i % 3), Math.floor(i / 3)), bit, `top right, bit ${i}`);
    assert.equal(q.dark(Math.floor(i / 3), q.size - 11 + (i % 3)), bit, `bottom left, bit ${i}`);
  }
});

test('byte capacities at level M (the spec table) and the version chosen for a length', () => {
  assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40].map(byteCapacity), [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 2331]);
  assert.equal(encodeQr('x'.repeat(14))!.version, 1);
  assert.equal(encodeQr('x'.repeat(15))!.version, 2);
  assert.equal(encodeQr('x'.repeat(213))!.version, 10);
  assert.equal(encodeQr('x'.repeat(214))!.version, 11);
  assert.equal(encodeQr('x'.repeat(2331))!.version, 40);
  assert.equal(encodeQr('x'.repeat(2332)), undefined);
  // UTF-8 bytes are counted, not characters: 5 × 3 bytes.
  assert.equal(encodeQr('日本語日本')!.version, 2);
});

test('alignment pattern centres', () => {
  assert.deepEqual(alignmentPositions(1), []);
  assert.deepEqual(alignmentPositions(2), [6, 18]);
  assert.deepEqual(alignmentPositions(7), [6, 22, 38]);
  assert.deepEqual(alignmentPositions(10), [6, 28, 50]);
  assert.deepEqual(alignmentPositions(32), [6, 34, 60, 86, 112, 138]);
  assert.deepEqual(alignmentPositions(40), [6, 30, 58, 86, 114, 142, 170]);
});

test('finders, timing and the dark module are where the spec puts them', () => {
  const q = encodeQr('https://peerkit.example/directory#saved=1,2,3')!;
  const n = q.size;
  for (const [cx, cy] of [[3, 3], [n - 4, 3], [3, n - 4]]) {
    for (let d = -3; d <= 3; d++) {
      assert.equal(q.dark(cx + d, cy - 3), true);
      assert.equal(q.dark(cx + d, cy - 2), Math.abs(d) === 3);
      assert.equal(q.dark(cx + d, cy), Math.abs(d) !== 2);
    }
  }
  for (let i = 8; i < n - 8; i++) {
    assert.equal(q.dark(i, 6), i % 2 === 0);
    assert.equal(q.dark(6, i), i % 2 === 0);
  }
  assert.equal(q.dark(8, n - 8), true);
});

test('the mask chosen has the lowest penalty of the eight', () => {
  const text = 'https://peerkit.example/#saved=' + 'svc-1234,'.repeat(12);
  const q = encodeQr(text)!;
  const scores = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => penalty(encodeQr(text, {mask: k})!.modules, q.size));
  assert.equal(scores[q.mask], Math.min(...scores));
  // Different masks give different symbols; the forced one is used.
  assert.equal(encodeQr(text, {mask: 3})!.mask, 3);
  assert.notDeepEqual(rows(encodeQr(text, {mask: 3})!), rows(encodeQr(text, {mask: 4})!));
});
