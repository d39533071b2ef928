// GET /api/v1/origins/:id/history — who renamed or merged it and when, newest first.
import { historyRoute } from "@/app/api/v1/_lib/history-route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = historyRoute("origin");
