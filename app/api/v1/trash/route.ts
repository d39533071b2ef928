// GET /api/v1/trash?kind=source|question|claim&page= — what is in the trash (admins).
import { NextResponse } from "next/server";
import { z } from "zod";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { TRASH_KINDS, listTrash } from "@/lib/trash/trash-data";

const TrashQuerySchema = z.object({
  kind: z.enum(TRASH_KINDS, { error: "kind is source, question or claim" }).default("source"),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const GET = apiHandler("restore", async (request) => {
  const query = TrashQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error);
  return NextResponse.json(await listTrash(query.data.kind, { page: query.data.page }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
