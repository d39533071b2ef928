// GET /api/v1/sources/:id/suggestions — the figures and dates of a source an editor may record.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { notFound } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { listSuggestions } from "@/lib/suggestions/suggestion-data";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler("read", async (_request, { params }: Context) => {
  const { id } = await params;
  const suggestions = await listSuggestions(id);
  if (!suggestions) return notFound("source", id);
  return NextResponse.json(suggestions);
});

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
