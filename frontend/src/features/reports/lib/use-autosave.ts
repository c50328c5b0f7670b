import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

export type AutosaveState =
  | { status: "idle" }
  | { status: "saving"; savedAt?: Date }
  | { status: "saved"; savedAt: Date }
  | { status: "error"; error: unknown; savedAt?: Date };

/**
 * Saves the latest value `delay` ms after the last change, at once on `flush()` (on blur, before
 * handing in), one save at a time: a change during a save is saved right after it. `flush()`
 * resolves to false when the save failed; the value stays pending for the next attempt.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = 1000) {
  const [state, setState] = useState<AutosaveState>({ status: "idle" });
  const saveRef = useRef(save);
  // The latest `save` for the timers and flush(); updated after render, before any event or timer can run.
  useLayoutEffect(() => {
    saveRef.current = save;
  }, [save]);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<boolean> | null>(null);
  const lastSaved = useRef<Date | undefined>(undefined);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    while (running.current) await running.current;
    const next = pending.current;
    if (!next) return true;
    pending.current = null;
    setState({ status: "saving", savedAt: lastSaved.current });
    const run = saveRef.current(next.value).then(
      () => {
        lastSaved.current = new Date();
        // A change typed during the save is still pending: its own timer saves it.
        setState({ status: "saved", savedAt: lastSaved.current });
        return true;
      },
      (error: unknown) => {
        pending.current ??= next;
        setState({ status: "error", error, savedAt: lastSaved.current });
        return false;
      },
    );
    running.current = run;
    try {
      return await run;
    } finally {
      running.current = null;
    }
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  // Leaving the page saves what was typed last.
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      if (pending.current) void flush();
    },
    [flush],
  );

  return { state, schedule, flush, hasPending: () => pending.current !== null };
}
