// The gzip members of a .warc.gz, inflated by Node's zlib (native) instead of warcio's pako
// (JavaScript), for warcio's WARCParser to parse: a reader that hands the parser each member's
// decompressed bytes and keeps the file offset of the member being read, as warcio's own reader
// does, so that every record's offset is still the offset of its gzip member.
//
// Why: pako's inflate was about half of the reader's CPU (a profile of 300 records: inflate_fast,
// inflate, crc32 and Inflate.push), and the reader runs on the build's main thread. Node's
// streams cannot say where one member ends inside a chunk, so each member is inflated on its own
// with inflateRawSync: its header parsed here (RFC 1952), its deflate data inflated with
// `info: true`, whose engine's bytesWritten is the deflate data's length where the data ends
// before the bytes given (inflate stops at the end of the stream), then the 8-byte trailer's CRC-32
// and length checked.
//
// Memory stays bounded: the file is read ahead by at most READ_AHEAD_BYTES (a member larger than
// that is read further, to MAX_NATIVE_INPUT), and a member is inflated whole only up to
// MAX_NATIVE_OUTPUT decoded bytes. A larger member (a whole .warc.gz compressed as one member, a
// record of a large video) is inflated by pako as a stream, as before this reader, the
// member's offset kept the same way (warcio's NoConcatInflator adds the member's length to the
// reader's raw offset when it ends).

import { constants, crc32, inflateRawSync } from 'node:zlib';
import { AsyncIterReader, NoConcatInflator } from 'warcio';
import { messageOf } from '../errors.ts';

/** A gzip member that does not inflate, or bytes where a member should start. */
export class GzipMemberDamage extends Error {
  constructor(
    /** The byte offset of the member (or of the bytes) in the file. */
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Bytes read ahead of the member being inflated: a member is inflated in one call when all of it
 * has been read, so the buffer is refilled to this size whenever less than REFILL_BELOW_BYTES is
 * left. WARC writers' members are a record each: the bench's pages are 30-40 KB compressed.
 */
const READ_AHEAD_BYTES = 1 << 20;
const REFILL_BELOW_BYTES = 256 << 10;

/** A member still unfinished after this many compressed bytes is inflated as a stream (pako). */
const MAX_NATIVE_INPUT = 8 << 20;

/** A member decoding to more than this is inflated as a stream (pako), not held whole. */
const MAX_NATIVE_OUTPUT = 32 << 20;

/** Bytes given to pako at a time: a file read stream's chunk, as warcio's reader gave it. */
const STREAM_SLICE_BYTES = 64 << 10;

/** zlib's output buffer where a member's decoded size is not known ahead (see #outputSize). */
const DEFAULT_OUTPUT_BYTES = 64 << 10;

/** What inflateRawSync gives with `info: true` (Node's typings say Buffer). */
interface InflateInfo {
  buffer: Buffer;
  engine: { bytesWritten: number };
}

/** pako's stream state, which its typings leave out. */
interface PakoStream {
  avail_in: number;
  msg: string;
}

const EMPTY = Buffer.alloc(0);

/** `bytes` as a Buffer over the same memory: no copy. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** ID1, ID2 and CM = 8 (deflate): the first bytes of a gzip member. */
const MEMBER_START = Buffer.from([0x1f, 0x8b, 0x08]);

/** Whether `bytes` (1 or more) are the start of a gzip member, as far as they go. */
export function startsGzipMember(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, MEMBER_START.length);
  return n > 0 && MEMBER_START.subarray(0, n).equals(bytes.subarray(0, n));
}

/**
 * The length of the gzip header at `at` (RFC 1952 2.3: the fixed 10 bytes, then the optional
 * extra field, name, comment and header CRC its flags announce); 0 where the bytes so far end
 * inside it; -1 where the bytes are not a gzip header.
 */
function gzipHeaderLength(bytes: Buffer, at: number): number {
  const end = bytes.length;
  if (!startsGzipMember(bytes.subarray(at, at + MEMBER_START.length))) return -1;
  if (end - at < 10) return 0;
  const flags = bytes[at + 3] as number;
  // Bits 5-7 are reserved: a decoder must refuse a member that sets them.
  if (flags & 0xe0) return -1;
  let p = at + 10;
  if (flags & 0x04) {
    if (p + 2 > end) return 0;
    p += 2 + bytes.readUInt16LE(p);
  }
  for (const flag of [0x08, 0x10]) {
    // FNAME and FCOMMENT, each zero-terminated.
    if (!(flags & flag)) continue;
    const zero = bytes.indexOf(0, p);
    if (zero < 0) return 0;
    p = zero + 1;
  }
  if (flags & 0x02) p += 2;
  return p > end ? 0 : p - at;
}

/**
 * warcio's AsyncIterReader over a .warc.gz (see the top of this module): the parser reads the
 * decompressed records through it, and getRawOffset() is the file offset of the end of the last
 * member inflated whole, as with warcio's pako reader. Damage (a member that does not inflate,
 * fails its CRC, or bytes between members that are not one) is thrown as GzipMemberDamage, from
 * then on at every read. A file that ends inside a member gives the member's bytes decoded so far
 * and then ends, its offset not counted, as warcio's reader does, and `cutAt` names the member.
 */
export class GzipMembersReader extends AsyncIterReader {
  /** Compressed bytes read and not yet inflated: from `pos` on. */
  #buffer: Buffer = EMPTY;
  #pos = 0;
  #sourceEnded = false;
  /** Decoded bytes not yet handed out, from `#nextOut` on. */
  #out: Buffer[] = [];
  #nextOut = 0;
  /** The member being inflated as a stream, when it is too large to inflate whole. */
  #stream: NoConcatInflator<AsyncIterReader> | null = null;
  #ended = false;
  #damage: GzipMemberDamage | null = null;
  /**
   * The offset of the member the file ends inside, once the reading has come to it: the records
   * read from it are cut short, whatever of them its decoded bytes hold.
   */
  cutAt: number | null = null;

  constructor(source: AsyncIterable<Uint8Array>) {
    // No pako inflator for warcio to make: this class inflates (compressed is set after).
    super(source, null);
    // WARCParser reads a record's offset from getRawOffset() and skips the 2 bytes after a
    // record's block only when the reader is compressed.
    this.compressed = 'gzip';
  }

  override async _next(): Promise<Uint8Array | null> {
    if (this._savedChunk) {
      const chunk = this._savedChunk;
      this._savedChunk = null;
      return chunk;
    }
    for (;;) {
      if (this.#damage) throw this.#damage;
      if (this.#nextOut < this.#out.length) {
        const chunk = this.#out[this.#nextOut++] as Buffer;
        if (this.#nextOut === this.#out.length) {
          this.#out = [];
          this.#nextOut = 0;
        }
        return chunk;
      }
      if (this.#ended) return null;
      try {
        await (this.#stream ? this.#streamMore() : this.#inflateMember());
      } catch (error) {
        if (!(error instanceof GzipMemberDamage)) throw error;
        this.#damage = error;
      }
    }
  }

  #emit(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.#out.push(asBuffer(bytes));
  }

  #available(): number {
    return this.#buffer.length - this.#pos;
  }

  /** Reads on until `bytes` are buffered past `pos`, or the file ends. */
  async #fill(bytes: number): Promise<void> {
    const parts: Uint8Array[] = [this.#buffer.subarray(this.#pos)];
    let size = this.#available();
    while (size < bytes && !this.#sourceEnded) {
      const chunk = await this._loadNext();
      if (chunk === null) this.#sourceEnded = true;
      else {
        parts.push(chunk);
        size += chunk.length;
      }
    }
    if (parts.length > 1) {
      this.#buffer = Buffer.concat(parts, size);
      this.#pos = 0;
    }
  }

  /** The member at `pos`, inflated whole; or handed to #streamMore when it is too large. */
  async #inflateMember(): Promise<void> {
    if (this.#available() < REFILL_BELOW_BYTES) await this.#fill(READ_AHEAD_BYTES);
    if (this.#available() === 0) {
      this.#ended = true;
      return;
    }
    let want = this.#available();
    for (;;) {
      const result = this.#tryMember();
      if (result === 'whole') return;
      if (result === 'too-large') {
        this.#startStream();
        return;
      }
      if (this.#sourceEnded) {
        this.#endInside(result);
        return;
      }
      if (want >= MAX_NATIVE_INPUT) {
        this.#startStream();
        return;
      }
      // The member goes on past the bytes read: read twice as far, and inflate it again.
      want = Math.min(want * 2, MAX_NATIVE_INPUT);
      await this.#fill(want);
    }
  }

  /**
   * Inflates the member at `pos` from the bytes read so far: 'whole' when it ended there (its
   * bytes decoded and passed, `pos` and the raw offset past it), else what it lacks.
   */
  #tryMember(): 'whole' | 'more' | 'too-large' | { partial: Buffer } {
    const at = this._rawOffset;
    const header = gzipHeaderLength(this.#buffer, this.#pos);
    if (header < 0) {
      throw new GzipMemberDamage(
        at,
        `no gzip member at byte ${at} (found ${JSON.stringify(this.#buffer.subarray(this.#pos, this.#pos + 16).toString('latin1'))})`,
      );
    }
    if (header === 0) return 'more';
    const deflated = this.#buffer.subarray(this.#pos + header);
    let inflated: InflateInfo;
    try {
      inflated = inflateRawSync(deflated, {
        info: true,
        // A member cut by the end of the bytes read gives what it decodes to so far.
        finishFlush: constants.Z_SYNC_FLUSH,
        maxOutputLength: MAX_NATIVE_OUTPUT,
        chunkSize: this.#outputSize(header),
      }) as unknown as InflateInfo;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
      throw new GzipMemberDamage(
        at,
        `gzip member at byte ${at} does not inflate: ${messageOf(error)}`,
      );
    }
    const used = inflated.engine.bytesWritten;
    // Inflate stops at the end of the deflate data; having used every byte given, it wants more
    // (a member's 8-byte trailer follows its data, so a whole member never ends there).
    if (used === deflated.length || deflated.length - used < 8) {
      return this.#sourceEnded ? { partial: inflated.buffer } : 'more';
    }
    const decoded = inflated.buffer;
    const crcWrong = deflated.readUInt32LE(used) !== crc32(decoded);
    if (crcWrong || deflated.readUInt32LE(used + 4) !== decoded.length % 2 ** 32) {
      throw new GzipMemberDamage(
        at,
        `gzip member at byte ${at} fails its check: its data is corrupt (its ${crcWrong ? 'CRC-32' : 'length'} differs)`,
      );
    }
    const length = header + used + 8;
    this.#pos += length;
    this._rawOffset += length;
    this.#emit(decoded);
    return 'whole';
  }

  /**
   * zlib's output buffer for the member at `pos`: one byte more than the decoded size its trailer
   * gives (ISIZE, the 4 bytes before the next member's start, or before the end of the file), so
   * that the member decodes into one buffer, not a list of buffers joined by a copy (a copy of
   * every page and 600 buffers a second more for the collector). Only a guess at where the member
   * ends, as its deflate data can hold the same 3 bytes: a wrong size costs a copy, not a byte.
   */
  #outputSize(header: number): number {
    const data = this.#pos + header;
    const next = this.#buffer.indexOf(MEMBER_START, data);
    const end = next >= 0 ? next : this.#sourceEnded ? this.#buffer.length : -1;
    if (end - data < 8) return DEFAULT_OUTPUT_BYTES;
    const size = this.#buffer.readUInt32LE(end - 4);
    // Deflate decodes to at most 1032 times its size: a larger ISIZE is not this member's.
    if (size >= MAX_NATIVE_OUTPUT || size > (end - data) * 1032) return DEFAULT_OUTPUT_BYTES;
    // zlib's smallest output buffer is 64 bytes.
    return Math.max(size + 1, 64);
  }

  /**
   * The file ends inside the member at `pos`: its bytes decoded so far are passed on and the
   * reading ends, the raw offset left at the member's start (the reader above names the damage).
   */
  #endInside(result: 'more' | { partial: Buffer }): void {
    this.cutAt = this._rawOffset;
    if (result !== 'more') this.#emit(result.partial);
    this.#pos = this.#buffer.length;
    this.#ended = true;
  }

  /** The member at `pos` is inflated by pako as a stream, from the bytes read so far on. */
  #startStream(): void {
    this.#stream = new NoConcatInflator({ raw: false }, this);
  }

  /**
   * The next STREAM_SLICE_BYTES of the file into the streamed member: no more at once, as a
   * slice of a compression bomb decodes to up to about a thousand times its size.
   */
  async #streamMore(): Promise<void> {
    if (this.#available() === 0) {
      const chunk = this.#sourceEnded ? null : await this._loadNext();
      if (chunk === null) {
        // Ended inside the streamed member: what it decoded to is passed on already.
        this.cutAt = this._rawOffset;
        this.#sourceEnded = true;
        this.#stream = null;
        this.#ended = true;
        return;
      }
      this.#buffer = asBuffer(chunk);
      this.#pos = 0;
    }
    const slice = this.#buffer.subarray(this.#pos, this.#pos + STREAM_SLICE_BYTES);
    this.#pos += slice.length;
    const stream = this.#stream as NoConcatInflator<AsyncIterReader>;
    const at = this._rawOffset;
    stream.push(slice);
    for (const chunk of stream.chunks) this.#emit(chunk);
    stream.chunks = [];
    if (!stream.ended) return;
    const state = (stream as unknown as { strm: PakoStream }).strm;
    if (stream.err) {
      throw new GzipMemberDamage(
        at,
        `gzip member at byte ${at} does not inflate: ${state.msg || `error ${stream.err}`}`,
      );
    }
    // NoConcatInflator.onEnd has added the member's length to the raw offset; the bytes of the
    // slice it left are the next member's.
    this.#pos -= state.avail_in;
    this.#stream = null;
  }
}
