import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@digdir/designsystemet-react";
import { useState } from "react";
import type { StaffMember } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { TableScroll } from "@/shared/components/table-scroll";
import { useI18n } from "@/shared/i18n/i18n";
import { useDeactivateProviderStaff } from "../api/deactivate-provider-staff";
import { useProviderStaff } from "../api/get-provider-staff";

type StaffTableProps = {
  providerId: string;
  /** The signed-in administrator, who cannot deactivate themselves here. */
  selfId: string;
  onDeactivated: (message: string) => void;
};

/** The provider's accounts with their open cases; an administrator deactivates those without open cases. */
export function StaffTable({ providerId, selfId, onDeactivated }: StaffTableProps) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const query = useProviderStaff(providerId);
  const deactivate = useDeactivateProviderStaff(providerId);
  const [attempt, setAttempt] = useState(0);

  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0) return <Paragraph>{t("staff.empty")}</Paragraph>;

  function run(member: StaffMember) {
    setAttempt((n) => n + 1);
    deactivate.mutate(member.id, { onSuccess: () => onDeactivated(t("staff.deactivated", { name: member.name })) });
  }

  return (
    <div className="kv-stack">
      {deactivate.isError && <FormError attempt={attempt}>{messageOf(deactivate.error)}</FormError>}
      <TableScroll labelledBy="staff-caption">
        <Table zebra data-testid="staff-table">
          <caption id="staff-caption">{t("staff.caption")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("staff.name")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("staff.username")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("staff.email")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("staff.role")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("staff.state")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("staff.activeCases")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("queue.actions")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {query.data.items.map((member) => (
              <TableRow key={member.id} data-testid="staff-row" data-username={member.username}>
                <TableHeaderCell scope="row" id={`staff-${member.id}`}>
                  {member.name}
                </TableHeaderCell>
                <TableCell>{member.username}</TableCell>
                <TableCell>{member.email ?? "–"}</TableCell>
                <TableCell>
                  {member.roles.includes("provider_admin") ? t("role.provider_admin") : t("role.provider_staff")}
                </TableCell>
                <TableCell>{member.is_active ? t("staff.active") : t("staff.inactive")}</TableCell>
                <TableCell className="kv-number">{member.active_cases}</TableCell>
                <TableCell>
                  {member.is_active && member.id !== selfId && (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      data-color="danger"
                      aria-describedby={`staff-${member.id}`}
                      loading={deactivate.isPending && deactivate.variables === member.id}
                      onClick={() => run(member)}
                    >
                      {t("staff.deactivate")}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </div>
  );
}
