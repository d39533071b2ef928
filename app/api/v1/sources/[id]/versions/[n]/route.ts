// GET /api/v1/sources/:id/versions/:n — one version of a source's text, as it was.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { getTextVersion } from "@/lib/sources/text-versions-data";

type Context = { params: Promise<{ id: string; n: string }> };

export const GET = apiHandler("read", async (_request, { params }: Context) => {
  const { id, n } = await params;
  const version = /^\d{1,9}$/.test(n) ? await getTextVersion(id, Number(n)) : null;
  if (!version) return apiError(404, "not_found", `The source "${id}" has no text version "${n}".`);
  return NextResponse.json(version);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
