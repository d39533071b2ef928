// npm run build: the production build `npm start` would make, without starting anything.
import { runMain } from "./lib/fatal";
import { buildIfStale, generateClientIfStale } from "./lib/next-build";
import { step } from "./lib/steps";

runMain(async () => {
  await step("Prisma client", generateClientIfStale, (made) => (made ? "generated" : "up to date"));
  await step("build", buildIfStale, (built) => (built ? "built" : "up to date"));
});
