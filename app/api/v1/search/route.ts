// GET /api/v1/search?q=&kind=&limit=&cursor=&subject=&language=&from=&to= — sources, passages,
// questions and subjects that have the words, narrowed by subject, language and publication date.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { search } from "@/lib/search/search-data";
import { SearchParamsSchema } from "@/lib/search/search-schema";

export const GET = apiHandler("read", async (request) => {
  const params = SearchParamsSchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!params.success) return validationError(params.error);
  return NextResponse.json(await search(params.data));
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
