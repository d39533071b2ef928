import "server-only";
import { cache } from "react";
import { getQuestionComparison } from "@/lib/questions/question-data";

/** One comparison per request, shared by the page and its metadata. */
export const loadComparison = cache(getQuestionComparison);
