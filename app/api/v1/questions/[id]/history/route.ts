// GET /api/v1/questions/:id/history — who changed what and when, newest first.
import { historyRoute } from "@/app/api/v1/_lib/history-route";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = historyRoute("question");
