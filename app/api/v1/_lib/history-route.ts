import { NextResponse } from "next/server";
import { z } from "zod";
import { MAX_VERSION } from "@/lib/forms/version-field";
import { listHistory } from "@/lib/history/history-data";
import type { RecordKind } from "@/lib/history/revision-data";
import { apiHandler } from "./api-handler";
import { validationError } from "./api-response";
import { otherMethods } from "./method-not-allowed";

const HistoryQuerySchema = z.object({
  before: z.coerce
    .number({ error: "before must be a version number" })
    .int("before must be a whole number")
    .min(1, "before starts at 1")
    .max(MAX_VERSION, "no record has that many versions")
    .optional(),
});

/** GET …/:id/history?before=<version> for one kind of record: its changes, newest first. */
export function historyRoute(kind: RecordKind) {
  return {
    ...otherMethods(["GET"]),
    GET: apiHandler("read", async (request, { params }: { params: Promise<{ id: string }> }) => {
      const { id } = await params;
      const query = HistoryQuerySchema.safeParse(
        Object.fromEntries(new URL(request.url).searchParams),
      );
      if (!query.success) return validationError(query.error);
      const items = await listHistory(kind, id, { beforeVersion: query.data.before });
      return NextResponse.json({ items });
    }),
  };
}
