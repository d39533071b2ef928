import Link from "next/link";

interface Props {
  /** The server action that deletes, with its ids already bound. */
  action: () => Promise<void>;
  label: string;
  /** Where "Keep it" leads back to. */
  cancelHref: string;
  cancelLabel?: string;
}

/** The two buttons of a deletion's confirmation page; works without JavaScript. */
export function ConfirmDelete({ action, label, cancelHref, cancelLabel = "Keep it" }: Props) {
  return (
    <form action={action} className="flex flex-wrap gap-3">
      <button
        type="submit"
        className="rounded bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800"
      >
        {label}
      </button>
      <Link
        href={cancelHref}
        className="rounded border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
      >
        {cancelLabel}
      </Link>
    </form>
  );
}
