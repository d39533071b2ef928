// GET /api/v1/openapi.json — this API as an OpenAPI 3.1 document, generated from its zod schemas.
import { NextResponse } from "next/server";
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { buildOpenApiDocument } from "@/lib/openapi/build-document";

export const GET = apiHandler("read", async () => NextResponse.json(buildOpenApiDocument()));

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
