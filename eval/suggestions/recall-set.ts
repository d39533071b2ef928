import { readFileSync } from "node:fs";
import type { AnnotatedFigure } from "@/lib/suggestions/measure-recall";
import type { ReferenceDate } from "@/lib/values/types";
import { CORPUS_ANNOTATIONS } from "./corpus-annotations";
import { WEB_ANNOTATIONS } from "./web-annotations";

/** One hand-annotated text: where it is, its publication date and every figure to record. */
export interface AnnotatedText {
  name: string;
  /** Path from the project's root. */
  file: string;
  reference: ReferenceDate | null;
  figures: AnnotatedFigure[];
}

/** The recall set: the three sample corpus texts and the saved web texts (see README.md). */
export const RECALL_SET: AnnotatedText[] = [...CORPUS_ANNOTATIONS, ...WEB_ANNOTATIONS];

const ROOT = new URL("../../", import.meta.url);

/** The text of an annotated entry, read from the project's files. */
export function readAnnotatedText(entry: AnnotatedText): string {
  return readFileSync(new URL(entry.file, ROOT), "utf8");
}
