// GET /api/v1/subjects?after=&limit= — what claims are about, with how many questions each has,
// alphabetically, at most 100 a page (`nextCursor` names the next page's `after`).
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { MAX_SUBJECT_PAGE, listSubjects } from "@/lib/subjects/subject-data";
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

export const GET = apiHandler("read", async (request, _context: unknown) => {
  const params = new URL(request.url).searchParams;
  const limit = Number(params.get("limit") ?? MAX_SUBJECT_PAGE);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUBJECT_PAGE)
    return apiError(
      422,
      "validation_failed",
      `limit must be a whole number from 1 to ${MAX_SUBJECT_PAGE}.`,
    );
  const after = params.get("after")?.slice(0, 400) || undefined;
  return NextResponse.json(await listSubjects({ after, limit }));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
