import Link from "next/link";
import { currentActor } from "@/app/_auth/current-actor";
import { allows } from "@/lib/auth/permissions";
import { NavLink } from "./nav-link";
import { SearchBox } from "./search-box";

const NAV = [
  { href: "/questions", label: "Questions", permission: "read" },
  { href: "/subjects", label: "Subjects", permission: "read" },
  { href: "/sources", label: "Sources", permission: "read" },
  { href: "/sources/new", label: "Add a source", permission: "write" },
  { href: "/api", label: "API", permission: "read" },
  { href: "/styles", label: "Citation styles", permission: "write" },
  { href: "/trash", label: "Trash", permission: "restore" },
  { href: "/admin/users", label: "Accounts", permission: "manageUsers" },
] as const;

/** The bar on every page: the product's name, where one can go, and who is signed in. */
export async function SiteHeader() {
  const actor = await currentActor();
  const shown = NAV.filter(
    (item) => item.permission === "read" || allows(actor?.role ?? null, item.permission),
  );
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900">
          Cross<span className="text-amber-700">check</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
          {shown.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <SearchBox />
          {actor ? (
            <Link href="/account" className="text-stone-700 underline-offset-2 hover:underline">
              {actor.name} <span className="text-stone-500">({actor.role})</span>
            </Link>
          ) : (
            <Link href="/sign-in" className="text-stone-700 underline-offset-2 hover:underline">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
