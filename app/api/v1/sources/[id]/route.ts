// GET, PATCH, DELETE /api/v1/sources/:id — one source: its metadata and text.
import { NextResponse } from "next/server";
import { apiHandler } from "@/lib/http/api-handler";
import { notFound, validationError } from "@/lib/http/api-response";
import { readJsonBody } from "@/lib/http/read-json-body";
import { deleteSource, getSource, updateSource } from "@/lib/sources/source-data";
import { SourceUpdateSchema } from "@/lib/sources/source-schema";
import { otherMethods } from "@/lib/http/method-not-allowed";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  const source = await getSource(id);
  return source ? NextResponse.json(source) : notFound("source", id);
});

export const PATCH = apiHandler(async (request, { params }: Context) => {
  const { id } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return body.response;
  const input = SourceUpdateSchema.safeParse(body.value);
  if (!input.success) return validationError(input.error);
  const source = await updateSource(id, input.data);
  return source ? NextResponse.json(source) : notFound("source", id);
});

export const DELETE = apiHandler(async (_request, { params }: Context) => {
  const { id } = await params;
  return (await deleteSource(id)) ? new Response(null, { status: 204 }) : notFound("source", id);
});

export const { POST, PUT } = otherMethods(["GET", "PATCH", "DELETE"]);
