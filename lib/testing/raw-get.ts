import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

/** An answer as it came over the wire: its body's bytes undecoded. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  raw: Buffer;
}

/**
 * Requests `path` from a server on loopback with exactly these headers (a Host too, which fetch
 * will not send), and reads the whole answer without decoding it.
 */
export function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, host: "127.0.0.1", path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          raw: Buffer.concat(chunks),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}
