import { useMutation } from "@tanstack/react-query";
import { api, ok } from "@/shared/api/client";

/**
 * The clients a name, personal identity number or reference finds. A POST, so that a personal number never ends
 * up in a URL, the browser history or a server log; the log is then filtered by the chosen client's id.
 */
export async function findAuditClients(q: string) {
  return ok(await api.POST("/api/audit/clients", { body: { q } }));
}

export function useFindAuditClients() {
  return useMutation({ mutationFn: findAuditClients });
}
