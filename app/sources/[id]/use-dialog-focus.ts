"use client";

import { useEffect, type RefObject } from "react";

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Makes an open panel behave as a dialog for keyboard users: focus moves into it when it opens
 * (to `initial`, else its first control), Tab and Shift+Tab cycle inside it, Escape closes it,
 * and on closing focus returns to what had it before (a button, or the text).
 */
export function useDialogFocus(
  dialog: RefObject<HTMLElement | null>,
  open: boolean,
  onClose: () => void,
  initial?: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    if (!open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = dialog.current;
    (initial?.current ?? focusables(root)[0] ?? root)?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (!root) return;
      if (event.key === "Escape") {
        event.preventDefault();
        onClose();
        return;
      }
      if (event.key !== "Tab") return;
      const items = focusables(root);
      const first = items[0];
      const last = items.at(-1);
      if (!first || !last) return;
      const inside = root.contains(document.activeElement);
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
      if (returnTo?.isConnected) returnTo.focus();
    };
    // onClose changes identity on every render; the dialog's lifetime is what matters here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, dialog, initial]);
}

function focusables(root: HTMLElement | null): HTMLElement[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => element.getClientRects().length > 0,
  );
}
