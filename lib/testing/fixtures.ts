import { db } from "@/lib/db/client";
import { createSource } from "@/lib/sources/source-data";
import { SourceInputSchema } from "@/lib/sources/source-schema";

/**
 * Rows a test creates and deletes afterwards, so that no test depends on another's data. Subjects
 * get a unique suffix: questions are found by name, and two tests must never share one.
 */
export function testFixtures() {
  const sources: string[] = [];
  const subjects: string[] = [];
  const tag = crypto.randomUUID().slice(0, 8);

  return {
    subject: (name: string) => {
      const unique = `${name} ${tag}-${subjects.length + 1}`;
      subjects.push(unique);
      return unique;
    },
    async source(text: string, extra: Record<string, unknown> = {}) {
      const input = SourceInputSchema.parse({
        title: `Fixture ${tag}`,
        text: `${text}\n[${crypto.randomUUID()}]`,
        ...extra,
      });
      const result = await createSource(input);
      if (!result.ok) throw new Error("fixture source already exists");
      sources.push(result.source.id);
      return result.source;
    },
    async cleanUp() {
      await purgeTestRows({ sourceIds: sources, subjectNames: subjects });
    },
  };
}

/**
 * Deletes a test's rows for good, in the order the foreign keys allow: claims (with passages),
 * sources, then the questions and subjects the test named. The app itself never deletes like
 * this; it moves rows to the trash.
 */
export async function purgeTestRows({
  sourceIds = [],
  subjectNames = [],
}: {
  sourceIds?: string[];
  subjectNames?: string[];
}): Promise<void> {
  const subjectWhere = { subject: { name: { in: subjectNames } } };
  await db.claim.deleteMany({
    where: { OR: [{ sourceId: { in: sourceIds } }, { question: subjectWhere }] },
  });
  await db.source.deleteMany({ where: { id: { in: sourceIds } } });
  await db.question.deleteMany({ where: subjectWhere });
  await db.subject.deleteMany({ where: { name: { in: subjectNames } } });
}
