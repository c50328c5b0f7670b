import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";
import type { Role } from "@/shared/roles";

/** Accounts (names only), optionally of one role; e.g. the counsellors to pick from. */
export async function getUsers(role?: Role) {
  return ok(await api.GET("/api/users", { params: { query: role ? { role } : {} } }));
}

export const usersQueryOptions = (role?: Role) =>
  queryOptions({ queryKey: ["users", role ?? "all"], queryFn: () => getUsers(role), staleTime: 5 * 60 * 1000 });

export function useUsers(role?: Role, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ ...usersQueryOptions(role), enabled });
}
