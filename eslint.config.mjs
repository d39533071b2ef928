import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// The layers of docs/design: pure domain code in lib/ knows nothing of the framework or the
// database; server modules in lib/ are the only code that talks to Prisma; app/ calls them.
const FRAMEWORK_AND_DATABASE = [
  { name: "server-only", message: "Pure domain code runs anywhere; keep it free of server-only." },
  { name: "react", message: "Pure domain code knows nothing of React." },
];
const FRAMEWORK_AND_DATABASE_PATTERNS = [
  { group: ["next", "next/*"], message: "Pure domain code knows nothing of Next.js." },
  { group: ["react-dom", "react-dom/*"], message: "Pure domain code knows nothing of React." },
  { group: ["@prisma/*", "@/generated/*"], message: "Only lib/ server modules talk to Prisma." },
  { group: ["@/lib/db/*"], message: "Only lib/ server modules use the database client." },
];

// Server modules inside the domain folders: they read and write the database.
const SERVER_MODULES = [
  "lib/**/*-data.ts",
  "lib/**/*-trash.ts",
  "lib/**/*-upsert.ts",
  "lib/**/*-select.ts",
  "lib/**/*-revert.ts",
  "lib/**/*-edit.ts",
  "lib/claims/claim-record.ts",
  "lib/claims/claim-source.ts",
  "lib/questions/stored-verdict.ts",
  "lib/questions/verdict-check.ts",
  "lib/search/search-sql.ts",
  "lib/search/search-kinds.ts",
  "lib/search/search-filters.ts",
  "lib/**/*.int.test.ts",
];

const eslintConfig = [
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "generated/**",
      ".data/**",
      ".scratch/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
      // Import cycles are found by `npm run lint:cycles` (dpdm) in two seconds; import/no-cycle
      // took over 90 % of this lint's two minutes.
    },
  },
  {
    files: [
      "lib/values/**",
      "lib/agreement/**",
      "lib/passages/**",
      "lib/suggestions/**",
      "lib/citations/**",
      "lib/import/**",
      "lib/exports/**",
      "lib/claims/**",
      "lib/questions/**",
      "lib/subjects/**",
      "lib/sources/**",
      "lib/origins/**",
      "lib/history/**",
      "lib/text/**",
      "lib/naming/**",
      "lib/http/**",
      "lib/search/**",
    ],
    ignores: SERVER_MODULES,
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: FRAMEWORK_AND_DATABASE, patterns: FRAMEWORK_AND_DATABASE_PATTERNS },
      ],
    },
  },
  {
    files: ["app/**"],
    // Tests check what a handler stored, so they may read the database.
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "@/generated/*", "@/lib/db/client", "@/lib/db/transaction"],
              message: "Pages and route handlers call named data functions in lib/, never Prisma.",
            },
          ],
        },
      ],
    },
  },
  {
    // Scripts talk to a terminal: printing is their job.
    files: ["scripts/**", "seed/**", "bench/**", "eval/**"],
    rules: { "no-console": "off" },
  },
];

export default eslintConfig;
