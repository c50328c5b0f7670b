import { Link } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import type { Case } from "@/shared/api/types";
import { Facts } from "@/shared/components/facts";
import { useI18n } from "@/shared/i18n/i18n";
import { formatPersonalNumber } from "@/shared/lib/format";
import { useInterventions } from "@/shared/lib/interventions";
import { END_REASON_LABELS } from "../lib/case-vocabulary";

/** What is known about the case; `clientLink` when the viewer may open the client's page. */
export function CaseFacts({ item, clientLink }: { item: Case; clientLink: boolean }) {
  const { t } = useI18n();
  const { nameOf } = useInterventions();
  const client = item.client;
  const caseLink = (id: string, text: string) => (
    <Link asChild>
      <RouterLink to={`/arenden/${id}`}>{text}</RouterLink>
    </Link>
  );
  return (
    <Facts
      testId="case-facts"
      rows={[
        [
          t("case.client"),
          client ? (
            clientLink ? (
              <Link asChild>
                <RouterLink to={`/klienter/${client.id}`}>{client.display_name}</RouterLink>
              </Link>
            ) : (
              client.display_name
            )
          ) : (
            t("cases.clientHidden")
          ),
        ],
        [t("client.reference"), client?.reference],
        [t("client.personalNumber"), formatPersonalNumber(client?.personal_number)],
        [t("case.intervention"), nameOf(item.intervention)],
        [t("case.decisionDate"), item.decision_date],
        // After a change of provider the new provider's deadlines count from here (§6.3.1), not the decision.
        [t("case.assignmentDate"), item.assignment_date !== item.decision_date ? item.assignment_date : null],
        [t("case.scope"), `${item.scope_percent} %`],
        [t("case.startDate"), item.start_date],
        [t("case.plannedEndDate"), item.planned_end_date],
        [t("case.provider"), item.provider_name],
        [t("case.coach"), item.coach_name],
        [t("case.counsellor"), item.counsellor_name],
        [t("case.endReason"), item.end_reason ? t(END_REASON_LABELS[item.end_reason]) : null],
        [t("case.endDate"), item.end_date],
        [
          t("case.previousCase"),
          item.previous_case_id ? caseLink(item.previous_case_id, t("case.openPrevious")) : null,
        ],
        [t("case.nextCase"), item.next_case_id ? caseLink(item.next_case_id, t("case.openNext")) : null],
        [t("case.assignment"), item.assignment ? <span className="kv-pre">{item.assignment}</span> : null],
        [t("case.futurePlan"), item.future_plan ? <span className="kv-pre">{item.future_plan}</span> : null],
      ]}
    />
  );
}
