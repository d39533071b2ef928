import { afterAll, expect, test } from "vitest";
import { recordClaim } from "@/lib/claims/claim-data";
import { ClaimInputSchema } from "@/lib/claims/claim-schema";
import { trashClaim } from "@/lib/claims/claim-trash";
import { testFixtures } from "@/lib/testing/fixtures";
import { listOrigins } from "./origin-data";

const fixtures = testFixtures();
afterAll(() => fixtures.cleanUp());

const tag = crypto.randomUUID().slice(0, 8);

test("suggested origins: the most cited among the latest live claims first; trashed claims do not count", async () => {
  const source = await fixtures.source(
    "The ministry said 26 were killed. A hospital said 31 were killed. The police said 40 died.",
  );
  const record = async (exact: string, origin: string, measure: string) => {
    const made = await recordClaim(
      ClaimInputSchema.parse({
        sourceId: source.id,
        question: { subject: fixtures.subject("Suggested origins"), measure, kind: "count" },
        quote: { exact },
        origin,
      }),
    );
    if (!made.ok) throw new Error(made.failure.message);
    return made.value;
  };
  await record("26 were killed", `Hospital ${tag}`, "killed");
  await record("31 were killed", `Hospital ${tag}`, "wounded");
  await record("40 died", `Ministry ${tag}`, "died");
  const trashed = await record("26 were killed", `Police ${tag}`, "dead");
  expect((await trashClaim(trashed.id)).ok).toBe(true);

  const names = (await listOrigins()).map((origin) => origin.name);
  const ours = names.filter((name) => name.endsWith(tag));
  expect(ours).toEqual([`Hospital ${tag}`, `Ministry ${tag}`]);
  expect((await listOrigins(1)).length).toBe(1);
});
