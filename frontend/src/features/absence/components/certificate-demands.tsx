import { Alert, Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import type { AbsenceRegister } from "../api/get-absences";
import { ABSENCE_TYPE_LABELS, CERTIFICATE_LABELS } from "../lib/absence-vocabulary";

/**
 * What the register's rules ask for now: a certificate from day 8 of a sick or child-care spell,
 * until one is handed in, marked overdue ("försenat") after its due date (§3.6.1–2), and for
 * holiday leave over 14 days the notice that the intervention must end (§3.5).
 */
export function CertificateDemands({ register }: { register: AbsenceRegister }) {
  const { t } = useI18n();
  const open = register.certificate_demands.filter((demand) => !demand.satisfied);
  if (open.length === 0 && register.holiday_leave_over_limit.length === 0) return null;
  return (
    <div className="kv-stack kv-stack--tight" data-testid="absence-demands">
      {open.map((demand) => {
        const kind = CERTIFICATE_LABELS[demand.kind];
        return (
          <Alert
            key={`${demand.kind}-${demand.spell.first}`}
            data-color={demand.overdue ? "danger" : "warning"}
            data-testid="certificate-demand"
            data-overdue={demand.overdue || undefined}
          >
            <Heading level={3} data-size="xs">
              {t("absence.demand.title", { kind: kind ? t(kind) : demand.kind })}
              {demand.overdue && (
                <>
                  {" "}
                  <Tag data-color="danger" data-size="sm" data-testid="demand-overdue">
                    {t("absence.demand.overdue")}
                  </Tag>
                </>
              )}
            </Heading>
            <Paragraph>
              {t("absence.demand.text", {
                kind: kind ? t(kind) : demand.kind,
                from: demand.required_from,
                first: demand.spell.first,
                last: demand.spell.last,
                days: demand.spell.days,
                type: t(ABSENCE_TYPE_LABELS[demand.spell.type]).toLowerCase(),
                due: demand.due,
              })}
            </Paragraph>
            {demand.overdue && <Paragraph>{t("absence.demand.overdueText", { due: demand.due })}</Paragraph>}
          </Alert>
        );
      })}
      {register.holiday_leave_over_limit.map((spell) => (
        <Alert key={`holiday-${spell.first}`} data-color="warning" data-testid="holiday-warning">
          <Heading level={3} data-size="xs">
            {t("absence.holiday.title")}
          </Heading>
          <Paragraph>{t("absence.holiday.text", { first: spell.first, last: spell.last, days: spell.days })}</Paragraph>
          <Paragraph>
            <strong>{t("absence.holiday.mustEnd")}</strong>
          </Paragraph>
        </Alert>
      ))}
    </div>
  );
}
