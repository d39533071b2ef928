// GET /api/v1/origins?q=&limit= — origins whose names hold the words typed (the origin field's
// suggestions as an editor types); with no q, the origins cited most lately.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { searchOrigins } from "@/lib/origins/origin-data";
import { OriginSearchSchema } from "@/lib/origins/origin-schema";

/** Suggestions when the client names no limit. */
const SHOWN = 20;

export const GET = apiHandler("read", async (request) => {
  const query = OriginSearchSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return validationError(query.error);
  const items = await searchOrigins(query.data.q ?? "", query.data.limit ?? SHOWN);
  return NextResponse.json({ items });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
