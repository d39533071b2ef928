import Link from "next/link";

export default function HomePage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-semibold tracking-tight">Who says what, on what authority</h1>
      <p className="max-w-2xl text-lg text-stone-700">
        Crosscheck records the figures that sources assert — casualty counts, dates — each tied to
        the exact words that assert it, and shows where sources agree and where they diverge.
      </p>
      <Link
        href="/sources"
        className="inline-block rounded bg-stone-900 px-4 py-2 text-white hover:bg-stone-700"
      >
        Browse the sources
      </Link>
    </div>
  );
}
