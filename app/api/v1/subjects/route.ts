// GET /api/v1/subjects?q=&after=&limit= — what claims are about, with how many questions each has,
// alphabetically, at most 100 a page (`nextCursor` names the next page's `after`); with q, only
// the subjects whose names hold every word typed.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { listSubjects } from "@/lib/subjects/subject-data";
import { SubjectListQuerySchema } from "@/lib/subjects/subject-schema";

export const GET = apiHandler("read", async (request, _context: unknown) => {
  const query = SubjectListQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success) return validationError(query.error);
  return NextResponse.json(await listSubjects(query.data));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
