import { Alert } from "@digdir/designsystemet-react";
import { useEffect, useRef, type ReactNode } from "react";

/**
 * A form's error summary: an alert that takes focus when it appears or changes, so keyboard and
 * screen-reader users land on what went wrong. `attempt` changes on every submit, so a repeated
 * failure with the same text still moves focus.
 */
export function FormError({ children, attempt }: { children: ReactNode; attempt?: unknown }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [children, attempt]);
  return (
    <Alert data-color="danger" role="alert" tabIndex={-1} ref={ref}>
      {children}
    </Alert>
  );
}
