import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/history/actor";
import { BUNDLED_STYLES, isBundledStyle, registerCslStyle, type CitationStyle } from "./csl-styles";
import { StyleNameSchema, styleNameFromId, type CitationStyleInput } from "./style-schema";

/** A style people can choose: bundled with Crosscheck or uploaded. */
export interface StyleOption {
  name: string;
  title: string;
  uploaded: boolean;
}

/** Every style offered where one is chosen: the bundled ones, then the uploaded ones by title. */
export async function listStyles(): Promise<StyleOption[]> {
  const uploaded = await db.citationStyle.findMany({
    select: { name: true, title: true },
    orderBy: [{ title: "asc" }, { name: "asc" }],
  });
  return [
    ...Object.entries(BUNDLED_STYLES).map(([name, title]) => ({ name, title, uploaded: false })),
    ...uploaded.map((style) => ({ ...style, uploaded: true })),
  ];
}

/** The style a name chooses (bundled, or uploaded and stored), or null when none has it. */
export async function findStyle(name: string): Promise<CitationStyle | null> {
  if (isBundledStyle(name)) return name;
  const parsed = StyleNameSchema.safeParse(name);
  if (!parsed.success) return null;
  const row = await db.citationStyle.findUnique({
    where: { name: parsed.data },
    select: { xml: true },
  });
  return row ? { xml: row.xml } : null;
}

export type AddStyleResult =
  | { ok: true; style: StyleOption & { id: string; class: string } }
  | { ok: false; code: "invalid_style"; reason: string }
  | { ok: false; code: "name_taken"; name: string };

/**
 * Stores an uploaded .csl file after the checks and the trial rendering of registerCslStyle:
 * a style that cannot be used is refused with the reason, and never stored.
 */
export async function addStyle(input: CitationStyleInput, actor: Actor): Promise<AddStyleResult> {
  const checked = registerCslStyle(input.xml);
  if (!checked.ok) return { ok: false, code: "invalid_style", reason: checked.reason };
  const name = input.name ?? styleNameFromId(checked.info.id);
  if (isBundledStyle(name)) return { ok: false, code: "name_taken", name };
  try {
    await db.citationStyle.create({
      data: { name, title: checked.info.title, xml: input.xml, actorName: actor.name },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, code: "name_taken", name };
    throw error;
  }
  return {
    ok: true,
    style: {
      name,
      title: checked.info.title,
      uploaded: true,
      id: checked.info.id,
      class: checked.info.class,
    },
  };
}

/** Removes an uploaded style; false when no uploaded style has this name. */
export async function removeStyle(name: string): Promise<boolean> {
  const { count } = await db.citationStyle.deleteMany({ where: { name } });
  return count > 0;
}
