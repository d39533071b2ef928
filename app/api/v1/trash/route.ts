// GET /api/v1/trash?kind=source|question|claim&page=&cursor= — what is in the trash (admins).
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { listTrash } from "@/lib/trash/trash-data";
import { TrashQuerySchema } from "@/lib/trash/trash-kinds";

export const GET = apiHandler("restore", async (request) => {
  const query = TrashQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error);
  return NextResponse.json(await listTrash(query.data.kind, query.data));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
