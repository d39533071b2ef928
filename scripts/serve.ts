// The web server of `npm start`, `npm run dev` (with --dev) and the end-to-end tests: Next.js's
// request handler inside a plain Node HTTP server, which answers what Next's own server would
// send an empty 400 (methods Node cannot parse, methods no route serves). HOST and PORT as in
// the README; the database comes from DATABASE_URL.
import { createServer } from "node:http";
import { readEnv } from "@/lib/config/env-schema";
import { hostPolicyOf } from "@/lib/http/allowed-hosts";
import {
  API_CHECKED_HEADER,
  answerClientErrors,
  guardApi,
  refuseUnknownMethods,
  stampClientAddress,
} from "./lib/app-server";
import { heldComparisons } from "./lib/held-comparisons";
import { primaryFingerprints } from "./lib/primary-fingerprints";
import { encodeResponses } from "./lib/response-encoding";

const dev = process.argv.includes("--dev");
// Next.js expects this before it loads; `next start` and `next dev` set it the same way.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });

const parsed = readEnv(process.env);
if (!parsed.ok) {
  console.error(`crosscheck: invalid configuration: ${parsed.message}`);
  process.exit(1);
}
const { HOST, PORT } = parsed.env;

// tsx turns on Node's source maps for our TypeScript; left on, Node would also read and keep the
// source map of every compiled chunk of the built app as it loads: a second or so at start, and
// 70 MB of heap held for good (132 MB live after a collection instead of 205, on the benchmark's
// pages). Stack traces of the built app name its compiled chunks, as under `next start`.
if (!dev) process.setSourceMapsEnabled(false);
const { default: next } = await import("next");
const server = createServer();
answerClientErrors(server);
// Given the server, Next.js attaches its own upgrade handling (hot reload in development).
const app = next({ dev, hostname: HOST, port: PORT, httpServer: server });
await app.prepare();
const hosts = hostPolicyOf(parsed.env);
// Comparisons (pages and API) are served again to anonymous readers while nothing they show has
// changed; not while developing (the code changes under them), nor on a private instance (where
// readers must sign in first).
const { DATABASE_URL } = parsed.env;
const held =
  !dev && parsed.env.CROSSCHECK_PRIVATE !== "1" && DATABASE_URL
    ? heldComparisons({
        hosts,
        fingerprint: primaryFingerprints(DATABASE_URL),
        publicUrl: parsed.env.CROSSCHECK_PUBLIC_URL,
      })
    : null;
// The JSON API's answers (the requests guardApi checked) go out whole, in one write.
const handler = app.getRequestHandler();
const encoded = encodeResponses(held ? held.fill(handler) : handler, (request) =>
  Boolean(request.headers[API_CHECKED_HEADER]),
);
const served = held ? held.lookup(encoded) : encoded;
server.on("request", stampClientAddress(refuseUnknownMethods(guardApi(served, hosts))));
server.once("error", (error) => {
  console.error(`crosscheck: the web server stopped: ${error.message}`);
  process.exit(1);
});
server.listen(PORT, HOST);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    process.exit(0);
  });
}
