import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/shared/api/client";
import { absencesChanged } from "./absences-changed";

/** Remove a wrongly registered absence (the audit log keeps what it was). */
export async function deleteAbsence(absenceId: string): Promise<void> {
  await api.DELETE("/api/absences/{absence_id}", { params: { path: { absence_id: absenceId } } });
}

export function useDeleteAbsence(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAbsence,
    onSuccess: () => absencesChanged(queryClient, caseId),
  });
}
