"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requirePagePermission } from "@/app/_auth/require-permission";
import { purgeFromTrash, restoreFromTrash } from "@/lib/trash/trash-actions";
import { TRASH_KINDS, type TrashKind } from "@/lib/trash/trash-kinds";
import { idArgument, oneOfArgument } from "@/lib/forms/action-arguments";

/** Takes a record out of the trash (admins), then says so on the trash page. */
export async function restoreAction(kind: TrashKind, id: string): Promise<void> {
  if (!oneOfArgument(kind, TRASH_KINDS) || !idArgument(id)) notFound();
  const actor = await requirePagePermission("restore", "/trash");
  const result = await restoreFromTrash(kind, id, actor);
  revalidatePath("/", "layout");
  redirect(`/trash?kind=${kind}&outcome=${result.ok ? "restored" : "refused"}`);
}

/** Deletes a trashed record for good (admins), after the browser's confirmation. */
export async function purgeAction(kind: TrashKind, id: string): Promise<void> {
  if (!oneOfArgument(kind, TRASH_KINDS) || !idArgument(id)) notFound();
  const actor = await requirePagePermission("purge", "/trash");
  const result = await purgeFromTrash(kind, id, actor);
  revalidatePath("/trash");
  redirect(`/trash?kind=${kind}&outcome=${result === "purged" ? "purged" : "refused"}`);
}
