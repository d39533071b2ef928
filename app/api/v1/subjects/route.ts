// GET /api/v1/subjects — what claims are about, with how many questions each has.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { listSubjects } from "@/lib/subjects/subject-data";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

export const GET = apiHandler(async () => NextResponse.json({ items: await listSubjects() }));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
