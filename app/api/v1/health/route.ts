// GET /api/v1/health — `{ status: "ok" }` without touching the database: a load balancer's
// liveness check, and the benchmark's "empty route handler" (the framework's ceiling).
import { NextResponse } from "next/server";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";

// Rendered per request, like every other route, so the benchmark measures a real handler call.
export const dynamic = "force-dynamic";

/** Answers that this instance is up. */
export async function GET(): Promise<Response> {
  return NextResponse.json({ status: "ok" });
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
