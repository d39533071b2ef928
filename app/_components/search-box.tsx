/** The search field of the header: a plain GET form, so it works before any script has loaded. */
export function SearchBox() {
  return (
    <form action="/search" method="get" role="search" className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        Search sources, passages, questions and subjects
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        maxLength={200}
        placeholder="Search…"
        className="w-40 rounded border border-stone-300 bg-white px-2 py-1.5 text-sm sm:w-56"
      />
      <button
        type="submit"
        className="rounded border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
      >
        Search
      </button>
    </form>
  );
}
