import { useState } from "react";
import { useLocation } from "react-router";

/** State a page passes along with navigate(to, { state: { message } }) to say what just succeeded. */
export type FlashState = { message?: string };

/** The success message the previous page left for this one, if any (read once, on arrival). */
export function useFlashMessage(): string | null {
  const { state } = useLocation();
  const [message] = useState(() => (state as FlashState | null)?.message ?? null);
  return message;
}
