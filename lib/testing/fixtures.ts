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
      await db.source.deleteMany({ where: { id: { in: sources } } });
      await db.subject.deleteMany({ where: { name: { in: subjects } } });
    },
  };
}
