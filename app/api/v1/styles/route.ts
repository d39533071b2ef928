// GET /api/v1/styles — the citation styles exports can use; POST /api/v1/styles — upload a .csl style.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError, validationError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { readJsonBody } from "@/app/api/v1/_lib/read-json-body";
import { addStyle, listStyles } from "@/lib/citations/style-data";
import { CitationStyleInputSchema } from "@/lib/citations/style-schema";

export const GET = apiHandler("read", async () => NextResponse.json({ items: await listStyles() }));

export const POST = apiHandler("write", async (request, _context: unknown, actor) => {
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = CitationStyleInputSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const result = await addStyle(input.data, actor);
  if (result.ok)
    return NextResponse.json(result.style, {
      status: 201,
      headers: { Location: `/api/v1/styles/${result.style.name}` },
    });
  if (result.code === "name_taken")
    return apiError(
      409,
      "name_taken",
      `A style named "${result.name}" exists already; choose another name.`,
    );
  return apiError(422, "invalid_style", result.reason, { fields: { xml: [result.reason] } });
});

export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET", "POST"]);
