import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { JsonBody, Me } from "@/shared/api/types";
import { setSession } from "./get-me";

export type LoginInput = JsonBody<"/api/auth/login", "post">;

export async function login(body: LoginInput): Promise<Me> {
  return ok(await api.POST("/api/auth/login", { body }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => setSession(queryClient, me),
  });
}
