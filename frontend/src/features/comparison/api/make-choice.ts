import { useMutation } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";

export type MakeChoiceInput = JsonBody<"/api/public/choices", "post">;

/**
 * The client's choice of provider with the code from the counsellor (no login). The server answers 422
 * for a wrong code, 409 for a used one, 410 for an expired one and 429 after too many wrong codes; its
 * `detail` says so in the UI language.
 */
export async function makeChoice(body: MakeChoiceInput) {
  return ok(await api.POST("/api/public/choices", { body }));
}

export function useMakeChoice() {
  return useMutation({ mutationFn: makeChoice });
}
