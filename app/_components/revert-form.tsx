/**
 * "Restore this version": a plain form, so it works without JavaScript. It names the version the
 * page showed as current, so restoring over a change someone just made is refused, not silent.
 */
export function RevertForm({
  action,
  version,
  currentVersion,
}: {
  action: (formData: FormData) => Promise<void>;
  version: number;
  currentVersion: number;
}) {
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="currentVersion" value={currentVersion} />
      <button type="submit" className="text-sm underline">
        Restore version {version}
      </button>
    </form>
  );
}
