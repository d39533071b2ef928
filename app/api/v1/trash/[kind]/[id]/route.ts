// DELETE /api/v1/trash/:kind/:id — delete a trashed source, question or claim for good (admins).
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { trashKindOf } from "@/app/api/v1/_lib/trash-params";
import { purgeFromTrash } from "@/lib/trash/trash-actions";

type Context = { params: Promise<{ kind: string; id: string }> };

export const DELETE = apiHandler("purge", async (_request, { params }: Context, actor) => {
  const { kind: named, id } = await params;
  const kind = trashKindOf(named);
  if (!kind) return apiError(404, "not_found", `The trash holds sources, questions and claims.`);
  const result = await purgeFromTrash(kind, id, actor);
  if (result === "purged") return new Response(null, { status: 204 });
  if (result === "not_in_trash")
    return apiError(409, "not_in_trash", `This ${kind} is not in the trash; move it there first.`);
  return apiError(404, "not_found", `The trash holds no ${kind} with the id "${id}".`);
});

export const { GET, POST, PUT, PATCH, OPTIONS } = otherMethods(["DELETE"]);
