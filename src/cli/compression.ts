// Node's native zlib for the archive the CLI writes: on a large report, deflating and checksumming in
// C takes a fraction of the time fflate (JavaScript) does. src/file stays browser-safe and only receives it.
//
// A large part is deflated on a second thread while the report's XML is still being written: the pieces
// go through a ring of slots in shared memory to a worker that deflates each independently (see
// deflateRaw), and the main thread takes a slot back and deflates it itself whenever the worker falls
// behind, so it never waits on work it could do. Without worker threads everything runs here.
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from "worker_threads";
import * as zlib from "zlib";
import { concatBytes, type Compression, type DeflateStream } from "../file/opc/zip";

/**
 * Deflates one piece of a raw DEFLATE stream made of independent pieces: each non-final piece ends with
 * a sync flush (byte-aligned, no "last block" bit), so their concatenation is one valid stream (as pigz
 * does). Matches cannot reach back across pieces, which costs a little size on pieces of a megabyte.
 */
function deflatePiece(data: Uint8Array, level: number, final: boolean): Uint8Array {
  return zlib.deflateRawSync(data, {
    level,
    finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
  });
}

const SLOTS = 6;
const SLOT_BYTES = 1 << 20;
/** ctl[WORK]: bumped at every slot filled (the worker sleeps on it); then FIELDS words per slot. */
const WORK = 0;
const FIELDS = 5;
const STATE = 0;
const LENGTH = 1;
const LEVEL = 2;
const FINAL = 3;
const SEQ = 4;
const FREE = 0;
const FULL = 1;
const BUSY = 2;
/** How long the main thread waits for the worker to finish a slot before it gives up (a dead worker). */
const STUCK_MS = 60_000;

const WORKER_SOURCE = `
const { workerData } = require("worker_threads");
const zlib = require("zlib");
const { data, ctl, port } = workerData;
const [SLOTS, SLOT_BYTES, FIELDS] = [${SLOTS}, ${SLOT_BYTES}, ${FIELDS}];
for (;;) {
  const work = Atomics.load(ctl, 0);
  let found = false;
  for (let i = 0; i < SLOTS; i++) {
    const at = 1 + i * FIELDS;
    if (Atomics.compareExchange(ctl, at, ${FULL}, ${BUSY}) !== ${FULL}) continue;
    found = true;
    const seq = ctl[at + 4];
    try {
      const out = zlib.deflateRawSync(new Uint8Array(data, i * SLOT_BYTES, ctl[at + 1]), {
        level: ctl[at + 2],
        finishFlush: ctl[at + 3] ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      });
      port.postMessage({ seq, out });
    } catch (e) {
      port.postMessage({ seq, error: String(e) });
    }
    Atomics.store(ctl, at, ${FREE});
    Atomics.notify(ctl, at);
  }
  if (!found) Atomics.wait(ctl, 0, work);
}
`;

interface Ring {
  data: Uint8Array;
  ctl: Int32Array;
  port: MessagePort;
}

let ring: Ring | null | undefined;

/** The worker and its shared slots, started on first use; null when worker threads are unavailable. */
function sharedRing(): Ring | null {
  if (ring !== undefined) return ring;
  try {
    const data = new SharedArrayBuffer(SLOTS * SLOT_BYTES);
    const ctl = new Int32Array(new SharedArrayBuffer(4 * (1 + SLOTS * FIELDS)));
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { data, ctl, port: port2 },
      transferList: [port2],
    });
    // Neither keeps the process alive: the worker only ever waits for slots.
    worker.unref();
    port1.unref();
    ring = { data: new Uint8Array(data), ctl, port: port1 };
  } catch {
    ring = null;
  }
  return ring;
}

/** One stream's pieces: deflated here or by the worker, put back in order at the end. */
function parallelStream(level: number, r: Ring): DeflateStream {
  const { data, ctl, port } = r;
  const done = new Map<number, Uint8Array>();
  const mine = new Set<number>();
  let nextSeq = 0;
  let cursor = 0;

  const field = (slot: number, f: number) => 1 + slot * FIELDS + f;
  /** Deflates a filled slot here if the worker has not started on it; true when it did. */
  const steal = (slot: number): boolean => {
    const at = field(slot, STATE);
    if (Atomics.compareExchange(ctl, at, FULL, BUSY) !== FULL) return false;
    const len = ctl[field(slot, LENGTH)];
    const out = deflatePiece(
      data.subarray(slot * SLOT_BYTES, slot * SLOT_BYTES + len),
      ctl[field(slot, LEVEL)],
      ctl[field(slot, FINAL)] === 1
    );
    done.set(ctl[field(slot, SEQ)], out);
    Atomics.store(ctl, at, FREE);
    return true;
  };
  /** Waits until `slot` is free, doing the work itself when the worker has not picked it up. */
  const free = (slot: number): void => {
    const at = field(slot, STATE);
    const since = Date.now();
    for (;;) {
      const state = Atomics.load(ctl, at);
      if (state === FREE) return;
      if (state === FULL && steal(slot)) return;
      if (state === BUSY) {
        Atomics.wait(ctl, at, BUSY, 1000);
        if (Date.now() - since > STUCK_MS) {
          throw new Error("Kompresi berkas hasil terhenti (thread pembantu tidak menjawab).");
        }
      }
    }
  };
  const put = (piece: Uint8Array, final: boolean): void => {
    const slot = cursor;
    cursor = (cursor + 1) % SLOTS;
    free(slot);
    data.set(piece, slot * SLOT_BYTES);
    ctl[field(slot, LENGTH)] = piece.length;
    ctl[field(slot, LEVEL)] = level;
    ctl[field(slot, FINAL)] = final ? 1 : 0;
    ctl[field(slot, SEQ)] = nextSeq;
    mine.add(nextSeq++);
    Atomics.store(ctl, field(slot, STATE), FULL);
    Atomics.add(ctl, WORK, 1);
    Atomics.notify(ctl, WORK);
  };

  return (chunk, final) => {
    if (chunk.length === 0 && !final) return new Uint8Array(0);
    for (let at = 0; at < chunk.length || (final && at === 0); at += SLOT_BYTES) {
      const end = Math.min(chunk.length, at + SLOT_BYTES);
      put(chunk.subarray(at, end), final && end === chunk.length);
    }
    if (!final) return new Uint8Array(0);
    for (let slot = 0; slot < SLOTS; slot++) free(slot);
    for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
      const { seq, out, error } = m.message as { seq: number; out?: Uint8Array; error?: string };
      if (error !== undefined) throw new Error(`Kompresi berkas hasil gagal: ${error}`);
      done.set(seq, out!);
    }
    const pieces: Uint8Array[] = [];
    for (const seq of mine) {
      const out = done.get(seq);
      if (!out) throw new Error("Kompresi berkas hasil tidak lengkap.");
      pieces.push(out);
    }
    return concatBytes(pieces);
  };
}

function deflateRaw(level: number): DeflateStream {
  let parallel: DeflateStream | undefined;
  return (data, final) => {
    // A part given whole (the first call is the last) gains nothing from the worker.
    if (!parallel && final) return deflatePiece(data, level, true);
    if (!parallel) {
      const r = sharedRing();
      if (!r) return deflatePiece(data, level, final);
      parallel = parallelStream(level, r);
    }
    return parallel(data, final);
  };
}

export const nodeCompression: Compression = {
  deflateRaw,
  // zlib.crc32 exists from Node 20.15 / 22.2; older versions use the JavaScript one.
  ...(typeof zlib.crc32 === "function"
    ? { crc32: (data: Uint8Array, crc: number) => zlib.crc32(data, crc) }
    : {}),
};
