import Link from "next/link";
import { NavLink } from "./nav-link";

const NAV = [
  { href: "/questions", label: "Questions" },
  { href: "/subjects", label: "Subjects" },
  { href: "/sources", label: "Sources" },
  { href: "/sources/new", label: "Add a source" },
];

/** The bar on every page: the product's name and where one can go. */
export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-stone-900">
          Cross<span className="text-amber-600">check</span>
        </Link>
        <nav aria-label="Main" className="flex flex-wrap gap-1 text-sm">
          {NAV.map((item) => (
            <NavLink key={item.href} href={item.href}>
              {item.label}
            </NavLink>
          ))}
        </nav>
      </div>
    </header>
  );
}
