// Typed arrays carved out of a few large ArrayBuffers, for the dedup stage's shingle sets.
//
// Each copy's shingle set is a Uint32Array of some 16 KB (4,000 shingles), and a 100,000-record
// build holds 1.6 GB of them until dedup ends. Made one by one, each has its own backing store
// from malloc, and glibc's malloc keeps the freed chunks in its heap rather than giving them back
// to the system while any later chunk sits above them: 2-3.5 GB of the build's resident memory at
// 100,000 records was outside V8's heaps after dedup (docs/figures.md, stop 58, lead), and the
// peak was that memory plus the live heap of topics and related. Slabs of SLAB_BYTES are larger
// than the largest threshold at which glibc maps an allocation on its own (32 MB on 64-bit
// systems), so each is mapped and unmapped whole, and the memory is given back once the stage's
// sets are collected (stop 59, ma59). Other allocators map such sizes on their own too.

/** A slab's size: above glibc's 32 MB ceiling on its mmap threshold (DEFAULT_MMAP_THRESHOLD_MAX). */
export const SLAB_BYTES = 64 * 1024 * 1024;

/**
 * Hands out Uint32Arrays as views into shared slabs. A view keeps its whole slab alive, so a pool
 * is for arrays that live and die together (a stage's sets), never for ones kept past it.
 */
export class Uint32Pool {
  #slab: ArrayBuffer | null = null;
  #used = 0;
  #scratch = new Uint32Array(1024);

  /** A zeroed array of `length` elements. */
  take(length: number): Uint32Array {
    const bytes = length * Uint32Array.BYTES_PER_ELEMENT;
    // One too large for a slab (no page has 16 million shingles) gets a store of its own.
    if (bytes > SLAB_BYTES / 4) return new Uint32Array(length);
    if (!this.#slab || this.#used + bytes > this.#slab.byteLength) {
      this.#slab = new ArrayBuffer(SLAB_BYTES);
      this.#used = 0;
    }
    const view = new Uint32Array(this.#slab, this.#used, length);
    this.#used += bytes;
    return view;
  }

  /**
   * A working array of at least `length` elements, reused by the next call: for the arrays made
   * only to compute a kept one, which would otherwise leave a freed chunk beside each kept one.
   */
  scratch(length: number): Uint32Array {
    if (this.#scratch.length < length) this.#scratch = new Uint32Array(length * 2);
    return this.#scratch.subarray(0, length);
  }

  /** A kept copy of `values`. */
  copy(values: Uint32Array): Uint32Array {
    const kept = this.take(values.length);
    kept.set(values);
    return kept;
  }
}
