import type { IncomingMessage } from "node:http";
import { Transform, Writable, type Duplex } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { ImportRefusal } from "./import-refusal";

const DECODERS: Record<string, () => Duplex> = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * A response's body, decompressed, refused as soon as it passes `maxBytes` — counted while it
 * streams, both as sent and as decompressed, whatever Content-Length claimed, so neither a huge
 * page nor a small gzip bomb is ever held in memory beyond the limit.
 */
export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const decoders = contentCodings(response.headers["content-encoding"]).map((coding) => {
    const decoder = DECODERS[coding];
    if (!decoder) {
      throw new ImportRefusal(
        "unreadable_document",
        `The site sent the document compressed as "${coding}", which Crosscheck cannot read.`,
      );
    }
    return decoder();
  });
  const chunks: Buffer[] = [];
  let size = 0;
  const collect = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      if (size > maxBytes) return callback(tooLarge(maxBytes, decoders.length > 0));
      chunks.push(chunk);
      callback();
    },
  });
  try {
    await pipeline([response, limit(maxBytes), ...decoders, collect]);
  } catch (error) {
    if (error instanceof ImportRefusal || !isZlibError(error)) throw error;
    throw new ImportRefusal(
      "unreadable_document",
      "The site sent a damaged compressed document; try again later.",
    );
  }
  return Buffer.concat(chunks, size);
}

/** Fails the stream once more than `maxBytes` have passed through it. */
function limit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      callback(seen > maxBytes ? tooLarge(maxBytes, false) : null, chunk);
    },
  });
}

/** Codings in the order they were applied; undoing them runs in reverse. */
function contentCodings(header: string | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== "" && coding !== "identity")
    .reverse();
}

function tooLarge(maxBytes: number, decompressed: boolean): ImportRefusal {
  const megabytes = Math.round((maxBytes / 1024 / 1024) * 10) / 10;
  const how = decompressed ? " once decompressed" : "";
  return new ImportRefusal(
    "too_large",
    `The document is larger than ${megabytes} MB${how}, too large to import.`,
  );
}

function isZlibError(error: unknown): boolean {
  // zlib's codes start with Z_ (Z_DATA_ERROR), brotli's with ERR__ERROR (…_FORMAT_PADDING_1).
  return error instanceof Error && "code" in error && /^(Z_|ERR__ERROR)/.test(String(error.code));
}
