/** Reading an input file's bytes, at most a limit: /dev/zero or a huge file is refused, not read forever. */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 1024 * 1024;

/**
 * The file's bytes, or undefined when it holds more than `max` bytes (then only max + 1 were read).
 * Throws the file system's error (ENOENT, EISDIR, EACCES…).
 */
export function readBytesAtMost(path: string, max: number): Uint8Array | undefined {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, max + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return Buffer.concat(chunks, total);
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > max) return undefined;
    }
  } finally {
    closeSync(fd);
  }
}
