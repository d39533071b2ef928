"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation link that tells sighted and screen-reader users which section they are in. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const current =
    pathname === href ||
    (href !== "/" && pathname.startsWith(`${href}/`) && !isMoreSpecific(href, pathname));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded px-3 py-1.5 ${current ? "bg-stone-900 text-white" : "text-stone-700 hover:bg-stone-100"}`}
    >
      {children}
    </Link>
  );
}

// "/sources/new" has its own link, so on that page "/sources" is not the current one.
function isMoreSpecific(href: string, pathname: string): boolean {
  return href === "/sources" && pathname.startsWith("/sources/new");
}
