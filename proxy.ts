import { NextResponse, type NextRequest } from "next/server";

/**
 * Refuses addresses with a broken %-escape ("/sources/%E0%A4%A") before routing, where Next.js
 * would otherwise answer a plain-text 500: API clients get a JSON 400, people a short page.
 */
export function proxy(request: NextRequest) {
  const path = new URL(request.url).pathname;
  try {
    decodeURIComponent(path);
    return NextResponse.next();
  } catch {
    const message = "This address is not valid: it has a broken %-escape.";
    if (path.startsWith("/api/")) {
      return NextResponse.json({ error: { code: "bad_address", message } }, { status: 400 });
    }
    const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Bad address · Crosscheck</title><body style="font-family:system-ui;margin:3rem"><h1>Bad address</h1><p>${message}</p><p><a href="/">Go to the start page</a></p></body></html>`;
    return new NextResponse(page, {
      status: 400,
      headers: { "content-type": "text/html; charset=utf-8" },
    });
  }
}

export const config = {
  // Everything but Next's own assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
