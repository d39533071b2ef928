// GET /api/v1/sources?page=&pageSize=&cursor=&q=&kind=&language= — the library, a page at a time; POST — add a source.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, validationError } from "@/app/api/v1/_lib/api-response";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { createSource } from "@/lib/sources/source-data";
import { listSources } from "@/lib/sources/source-list-data";
import { SourceListQuerySchema } from "@/lib/sources/source-list-schema";
import { SourceInputSchema } from "@/lib/sources/source-schema";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

export const GET = apiHandler("read", async (request) => {
  const query = SourceListQuerySchema.safeParse(
    Object.fromEntries(new URL(request.url).searchParams),
  );
  if (!query.success) return validationError(query.error);
  return NextResponse.json(await listSources(query.data));
});

export const POST = apiHandler("write", async (request, _context: unknown, actor) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = SourceInputSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);

  const result = await createSource(input.data, { actor });
  if (!result.ok) {
    const { id, title } = result.duplicateOf;
    return apiError(409, "duplicate_text", `This text is already in the library as “${title}”.`, {
      existing: { id, title, href: `/api/v1/sources/${id}` },
    });
  }
  return NextResponse.json(result.source, {
    status: 201,
    headers: { Location: `/api/v1/sources/${result.source.id}` },
  });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET", "POST"]);
