/**
 * Scratch memory (src/text/memory.ts): the typed arrays one window's analysis uses, carved from a
 * reused buffer.
 */
import { describe, expect, it } from 'vitest';
import { OWN_ARRAYS, Scratch } from '../../src/text/memory.js';

describe('Scratch', () => {
  it('hands out distinct zero-filled arrays of the asked length until it is reset', () => {
    const s = new Scratch();
    const a = s.int32s(10).fill(7);
    const b = s.uint8s(3).fill(9);
    const c = s.uint16s(5).fill(11);
    const d = s.float64s(2).fill(0.5);
    expect([a.length, b.length, c.length, d.length]).toEqual([10, 3, 5, 2]);
    expect([...a]).toEqual(Array(10).fill(7));
    expect([...b]).toEqual([9, 9, 9]);
    expect([...c]).toEqual(Array(5).fill(11));
    expect([...d]).toEqual([0.5, 0.5]);
    // Each is aligned for its element size, and none overlaps another.
    for (const x of [a, b, c, d]) expect(x.byteOffset % 8).toBe(0);
  });

  it('reuses the same bytes after reset, zero-filled again', () => {
    const s = new Scratch();
    const a = s.int32s(4).fill(-1);
    s.reset();
    const b = s.int32s(4);
    expect(b.buffer).toBe(a.buffer);
    expect(b.byteOffset).toBe(a.byteOffset);
    expect([...b]).toEqual([0, 0, 0, 0]);
    expect([...a]).toEqual([0, 0, 0, 0]); // the old view sees the reuse: it must not be kept
  });

  it('grows into a new buffer without touching the arrays already handed out', () => {
    const s = new Scratch();
    const first = s.uint8s(60_000).fill(1);
    const second = s.uint8s(60_000).fill(2); // more than the 64 KB the scratch starts with
    expect(second.buffer).not.toBe(first.buffer);
    expect(first.every((v) => v === 1)).toBe(true);
    expect(second.every((v) => v === 2)).toBe(true);
  });

  it('gives an array of its own to a request larger than a quarter of its largest buffer', () => {
    const s = new Scratch();
    const small = s.int32s(8);
    const big = s.int32s(300_000); // 1.2 MB
    expect(big.length).toBe(300_000);
    expect(big.byteOffset).toBe(0);
    expect(big.buffer.byteLength).toBe(1_200_000);
    expect(s.int32s(8).buffer).toBe(small.buffer); // the buffer in use stays the same
  });
});

describe('OWN_ARRAYS', () => {
  it('allocates a zero-filled array of its own each time', () => {
    const a = OWN_ARRAYS.int32s(3);
    const b = OWN_ARRAYS.int32s(3);
    expect(a.buffer).not.toBe(b.buffer);
    expect([...OWN_ARRAYS.uint8s(2), ...OWN_ARRAYS.uint16s(2), ...OWN_ARRAYS.float64s(2), ...a]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
