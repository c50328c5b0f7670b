import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/client";
import { setSession } from "./get-me";

export async function logout(): Promise<void> {
  await api.POST("/api/auth/logout");
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Even if the call fails the user asked to leave: forget the session on this side.
    onSettled: () => setSession(queryClient, null),
  });
}
