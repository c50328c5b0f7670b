import { Alert } from "@digdir/designsystemet-react";
import { forwardRef } from "react";

/**
 * A live region for success messages. It stays in the page (empty when there is nothing to say) so
 * screen readers announce the text when it arrives; it can take focus after an action whose form
 * disappeared with the change.
 */
export const StatusMessage = forwardRef<HTMLDivElement, { message: string | null; testId?: string }>(
  function StatusMessage({ message, testId }, ref) {
    return (
      <div role="status" tabIndex={-1} ref={ref} data-testid={testId} className="kv-status">
        {message && <Alert data-color="success">{message}</Alert>}
      </div>
    );
  },
);
