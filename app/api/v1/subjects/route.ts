// GET /api/v1/subjects — what claims are about, with how many questions each has.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/http/api-handler";
import { listSubjects } from "@/lib/subjects/subject-data";

export const GET = apiHandler(async () => NextResponse.json({ items: await listSubjects() }));
