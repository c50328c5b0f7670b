import { Paragraph } from "@digdir/designsystemet-react";
import { useId, useState } from "react";
import type { CaseStatus } from "@/shared/api/types";
import { Pager } from "@/shared/components/pager";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useI18n } from "@/shared/i18n/i18n";
import { useCases } from "../api/get-cases";
import { CASE_STATUSES, CASE_STATUS_LABELS } from "../lib/case-vocabulary";
import { CasesTable } from "./cases-table";

const PAGE_SIZE = 20;

type CaseListProps = {
  /** The table's caption, which also names its pages. */
  caption: string;
  /** Only this client's cases. */
  clientId?: string;
  /** Offer a filter by status. */
  statusFilter?: boolean;
  emptyText: string;
};

/** A paginated list of the cases the caller may see, optionally of one client or one status. */
export function CaseList({ caption, clientId, statusFilter = false, emptyText }: CaseListProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<CaseStatus | "">("");
  const [offset, setOffset] = useState(0);
  const query = useCases({
    limit: PAGE_SIZE,
    offset,
    ...(status ? { status } : {}),
    ...(clientId ? { client_id: clientId } : {}),
  });
  const filterId = useId();

  return (
    <div className="kv-stack">
      {statusFilter && (
        <SelectField
          id={filterId}
          label={t("cases.filterStatus")}
          value={status}
          width="auto"
          onChange={(event) => {
            setStatus(event.target.value as CaseStatus | "");
            setOffset(0);
          }}
        >
          <option value="">{t("cases.allStatuses")}</option>
          {CASE_STATUSES.map((code) => (
            <option key={code} value={code}>
              {t(CASE_STATUS_LABELS[code])}
            </option>
          ))}
        </SelectField>
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Paragraph data-testid="cases-empty">{status ? t("cases.emptyForStatus") : emptyText}</Paragraph>
      ) : (
        <>
          <CasesTable items={query.data.items} caption={caption} />
          <Pager total={query.data.total} limit={PAGE_SIZE} offset={offset} onChange={setOffset} label={caption} />
        </>
      )}
    </div>
  );
}
