// GET /embed/questions/:id/chart.svg — a question's range chart as a standalone SVG image.
import { getQuestionComparison } from "@/lib/questions/question-data";
import { rangeChartSvg } from "@/app/_components/range-chart-svg";
import { publicOrigin } from "@/lib/http/public-origin";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  const comparison = await getQuestionComparison((await params).id);
  if (!comparison)
    return new Response("No question has this id.\n", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const origin = publicOrigin(request.url, request.headers, process.env.CROSSCHECK_PUBLIC_URL);
  return new Response(rangeChartSvg(comparison, { origin }), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `inline; filename="crosscheck-question-${comparison.question.id}.svg"`,
    },
  });
}
