// POST /api/v1/trash/:kind/:id/restore — take a source, question or claim out of the trash (admins).
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { trashKindOf } from "@/app/api/v1/_lib/trash-params";
import { restoreFromTrash } from "@/lib/trash/trash-actions";

type Context = { params: Promise<{ kind: string; id: string }> };

export const POST = apiHandler("restore", async (_request, { params }: Context, actor) => {
  const { kind: named, id } = await params;
  const kind = trashKindOf(named);
  if (!kind) return apiError(404, "not_found", `The trash holds sources, questions and claims.`);
  const result = await restoreFromTrash(kind, id, actor);
  if (result.ok) return new Response(null, { status: 204 });
  return apiError(result.status, result.status === 404 ? "not_found" : "conflict", result.message);
});

export const { GET, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["POST"]);
