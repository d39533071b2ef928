import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/app/_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Crosscheck", template: "%s · Crosscheck" },
  description: "Compare what different sources claim about the same facts.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: its scripts carry the nonce of that response's CSP
  // (proxy.ts), and no page, form pages above all, is served from a shared cache. (The app's own
  // server sends an anonymous reader's comparison page again while nothing it shows has changed,
  // with a fresh nonce: scripts/lib/held-comparisons.ts.)
  await connection();
  // An embed (/embed/…, framed by other sites) is the content alone: no navigation, no footer.
  if ((await headers()).get("x-crosscheck-embed") === "1")
    return (
      <html lang="en">
        <body className="bg-white font-sans text-stone-900 antialiased">{children}</body>
      </html>
    );
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 sm:py-10">
          {children}
        </main>
        <footer className="mx-auto max-w-5xl px-4 pb-10 text-sm text-stone-500 sm:px-6">
          Crosscheck shows who says what, on what authority, and where figures are compatible. It
          takes no side.{" "}
          <Link href="/api" className="underline underline-offset-2">
            The API
          </Link>{" "}
          gives programs the same data.
        </footer>
      </body>
    </html>
  );
}
