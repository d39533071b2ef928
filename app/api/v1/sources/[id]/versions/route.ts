// GET /api/v1/sources/:id/versions — every version of a source's text, newest first.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { listTextVersions } from "@/lib/sources/text-versions-data";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("read", async (_request, { params }: Context) => {
  const { id } = await params;
  const items = await listTextVersions(id);
  if (!items) return notFound("source", id);
  return NextResponse.json({
    items: items.map((item) => ({
      ...item,
      href: `/api/v1/sources/${id}/versions/${item.number}`,
    })),
  });
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
