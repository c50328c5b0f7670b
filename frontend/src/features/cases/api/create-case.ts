import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody } from "@/shared/api/types";
import { caseChanged } from "./case-changed";

export type CreateCaseInput = JsonBody<"/api/cases", "post">;

/** Step 1: the counsellor's decision (status `decided`). */
export async function createCase(body: CreateCaseInput) {
  return ok(await api.POST("/api/cases", { body }));
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCase, onSuccess: () => caseChanged(queryClient) });
}
