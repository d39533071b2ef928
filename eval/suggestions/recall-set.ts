import { readFileSync } from "node:fs";
import type { AnnotatedText } from "./annotated-text";
import { CORPUS_ANNOTATIONS } from "./corpus-annotations";
import { WEB_ANNOTATIONS } from "./web-annotations";

export type { AnnotatedText } from "./annotated-text";

/** The recall set: the three sample corpus texts and the saved web texts (see README.md). */
export const RECALL_SET: AnnotatedText[] = [...CORPUS_ANNOTATIONS, ...WEB_ANNOTATIONS];

const ROOT = new URL("../../", import.meta.url);

/** The text of an annotated entry, read from the project's files. */
export function readAnnotatedText(entry: AnnotatedText): string {
  return readFileSync(new URL(entry.file, ROOT), "utf8");
}
