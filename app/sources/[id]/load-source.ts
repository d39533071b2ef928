import "server-only";
import { cache } from "react";
import { getSource } from "@/lib/sources/source-data";

/** One read of a source (its whole text) per request, shared by the page and its metadata. */
export const loadSource = cache(getSource);
