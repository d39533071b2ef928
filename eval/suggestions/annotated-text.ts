import type { AnnotatedFigure } from "@/lib/suggestions/measure-recall";
import type { ReferenceDate } from "@/lib/values/types";

/** One hand-annotated text: where it is, its publication date and every figure to record. */
export interface AnnotatedText {
  name: string;
  /** Path from the project's root. */
  file: string;
  reference: ReferenceDate | null;
  figures: AnnotatedFigure[];
}
