import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold tracking-tight">Nothing here</h1>
      <p className="text-stone-700">
        This page does not exist, or what it showed has been deleted.
      </p>
      <p>
        <Link href="/sources" className="underline">
          Go to the sources
        </Link>{" "}
        or{" "}
        <Link href="/" className="underline">
          the start page
        </Link>
        .
      </p>
    </div>
  );
}
