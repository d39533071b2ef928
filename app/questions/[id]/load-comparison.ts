import "server-only";
import { cache } from "react";
import { getQuestionComparison } from "@/lib/questions/question-data";
import { loadForPage } from "@/app/_auth/lag-tolerant";

/** One comparison per request, shared by the page and its metadata. */
export const loadComparison = cache((id: string) => loadForPage(() => getQuestionComparison(id)));
