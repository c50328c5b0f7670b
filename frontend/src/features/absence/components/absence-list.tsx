import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Tag,
} from "@digdir/designsystemet-react";
import { useState } from "react";
import { FormError } from "@/shared/components/form-error";
import { useErrorMessage } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useDeleteAbsence } from "../api/delete-absence";
import type { Absence } from "../api/get-absences";
import { ABSENCE_TYPE_LABELS, INVALID_GROUND_LABELS } from "../lib/absence-vocabulary";
import { TableScroll } from "@/shared/components/table-scroll";

type AbsenceListProps = {
  caseId: string;
  items: Absence[];
  caption: string;
  /** The provider's staff may remove a wrong registration. */
  removable: boolean;
  onRemoved: (message: string) => void;
};

/** Registrations as a table: period, type, hours, note, the ground and contact attempts of invalid absence, who
 * registered and whether late. */
export function AbsenceList({ caseId, items, caption, removable, onRemoved }: AbsenceListProps) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const remove = useDeleteAbsence(caseId);
  const [attempt, setAttempt] = useState(0);
  if (items.length === 0) return <Paragraph data-testid="absences-empty">{t("absence.list.empty")}</Paragraph>;

  function run(item: Absence, period: string) {
    setAttempt((n) => n + 1);
    remove.mutate(item.id, { onSuccess: () => onRemoved(t("absence.list.removed", { period })) });
  }

  return (
    <div className="kv-stack">
      {remove.isError && <FormError attempt={attempt}>{messageOf(remove.error)}</FormError>}
      <TableScroll>
        <Table zebra data-testid="absences-table">
          <caption>{caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("absence.list.period")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("absence.form.type")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("absence.list.hours")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("absence.form.note")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("absence.list.registered")}</TableHeaderCell>
              {removable && <TableHeaderCell scope="col">{t("absence.list.actions")}</TableHeaderCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => {
              const period = item.date_from === item.date_to ? item.date_from : `${item.date_from} – ${item.date_to}`;
              return (
                <TableRow key={item.id} data-testid="absence-row" data-late={item.late || undefined}>
                  <TableHeaderCell scope="row" className="kv-number">
                    {period}
                  </TableHeaderCell>
                  <TableCell>{t(ABSENCE_TYPE_LABELS[item.type])}</TableCell>
                  <TableCell className="kv-number">{item.hours ?? t("absence.list.wholeDays")}</TableCell>
                  <TableCell className="kv-pre">
                    {item.ground && (
                      <span data-testid="absence-ground">
                        {t("absence.list.ground", { ground: t(INVALID_GROUND_LABELS[item.ground]) })}
                        {". "}
                      </span>
                    )}
                    {item.note || (item.ground ? "" : "–")}
                    {item.contact_attempts.length > 0 && (
                      <span className="kv-muted">
                        {" "}
                        ({t("absence.list.contactAttempts", { dates: item.contact_attempts.join(", ") })})
                      </span>
                    )}
                  </TableCell>
                  <TableCell>
                    <time dateTime={item.registered_at} className="kv-number">
                      {formatDateTime(item.registered_at)}
                    </time>
                    {item.registered_by_name ? `, ${item.registered_by_name}` : ""}
                    {item.late && (
                      <>
                        {" "}
                        <Tag data-color="danger" data-size="sm" data-testid="late-tag">
                          {t("absence.list.late")}
                        </Tag>
                      </>
                    )}
                  </TableCell>
                  {removable && (
                    <TableCell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-color="danger"
                        loading={remove.isPending && remove.variables === item.id}
                        onClick={() => run(item, period)}
                        aria-label={t("absence.list.removeFor", { period, type: t(ABSENCE_TYPE_LABELS[item.type]) })}
                      >
                        {t("absence.list.remove")}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableScroll>
    </div>
  );
}
