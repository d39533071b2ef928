// DELETE /api/v1/styles/:name — remove an uploaded citation style.
import { apiHandler } from "@/app/api/v1/_lib/api-handler";
import { apiError } from "@/app/api/v1/_lib/api-response";
import { otherMethods } from "@/app/api/v1/_lib/method-not-allowed";
import { removeStyle } from "@/lib/citations/style-data";
import { StyleNameSchema } from "@/lib/citations/style-schema";

type Context = { params: Promise<{ name: string }> };

export const DELETE = apiHandler("trash", async (_request, { params }: Context) => {
  const { name } = await params;
  // A name no style could have (a NUL byte, a slash…) names nothing; the database never sees it.
  if (!StyleNameSchema.safeParse(name).success)
    return apiError(404, "not_found", "No uploaded style has that name.");
  if (await removeStyle(name)) return new Response(null, { status: 204 });
  return apiError(404, "not_found", `No uploaded style is named "${name.slice(0, 64)}".`);
});

export const { GET, POST, PUT, PATCH, OPTIONS } = otherMethods(["DELETE"]);
