import {
  Button,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  Textfield,
  ValidationMessage,
} from "@digdir/designsystemet-react";
import { useEffect, useRef, useState } from "react";
import type { QueueItem, StaffMember } from "@/shared/api/types";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useI18n } from "@/shared/i18n/i18n";
import { formatDateTime } from "@/shared/lib/format";
import { useInterventions } from "@/shared/lib/interventions";
import { useClaimCase } from "../api/claim-case";
import { useProviderQueue } from "../api/get-provider-queue";
import { useHandBackCase } from "../api/hand-back-case";
import { coachOptions } from "../lib/coaches";
import { picksCoach, type Viewer } from "../lib/viewer";
import { TableScroll } from "@/shared/components/table-scroll";

type ProviderQueueProps = {
  viewer: Viewer;
  /** The provider's staff, for an administrator choosing the coach. */
  staff: StaffMember[] | undefined;
  /** After a claim: the case, now the provider's, opens. */
  onClaimed: (caseId: string) => void;
  /** After a hand-back, for the page's status message. */
  onHandedBack: (message: string) => void;
};

/** The provider's queue: claim a client (naming the coach) or hand them back with a reason. */
export function ProviderQueue({ viewer, staff, onClaimed, onHandedBack }: ProviderQueueProps) {
  const { t } = useI18n();
  const query = useProviderQueue();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0) return <Paragraph data-testid="queue-empty">{t("queue.empty")}</Paragraph>;
  return (
    <TableScroll>
      <Table zebra data-testid="queue-table">
        <caption>{t("queue.caption")}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("queue.client")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.intervention")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("cases.decisionDate")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("queue.queuedAt")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("client.district")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("client.language")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("case.scope")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("queue.actions")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {query.data.items.map((item) => (
            <QueueRow
              key={item.id}
              item={item}
              viewer={viewer}
              staff={staff}
              onClaimed={onClaimed}
              onHandedBack={onHandedBack}
            />
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

const clientCellId = (item: QueueItem) => `queue-client-${item.id}`;

function QueueRow({ item, viewer, staff, onClaimed, onHandedBack }: { item: QueueItem } & ProviderQueueProps) {
  const { nameOf } = useInterventions();
  return (
    <TableRow data-testid="queue-row" data-case-id={item.id}>
      {/* The buttons of every row have the same names; the client's name describes them. */}
      <TableHeaderCell scope="row" id={clientCellId(item)}>
        {item.client_name}
      </TableHeaderCell>
      <TableCell>{nameOf(item.intervention)}</TableCell>
      <TableCell className="kv-number">{item.decision_date}</TableCell>
      <TableCell className="kv-number">{formatDateTime(item.queued_at)}</TableCell>
      <TableCell>{item.district ?? "–"}</TableCell>
      <TableCell>{item.language ?? "–"}</TableCell>
      <TableCell className="kv-number">{item.scope_percent} %</TableCell>
      <TableCell>
        <div className="kv-row-actions">
          <ClaimControl item={item} viewer={viewer} staff={staff} onClaimed={onClaimed} />
          <HandBackControl item={item} onHandedBack={onHandedBack} />
        </div>
      </TableCell>
    </TableRow>
  );
}

function ClaimControl({
  item,
  viewer,
  staff,
  onClaimed,
}: Pick<ProviderQueueProps, "viewer" | "staff" | "onClaimed"> & { item: QueueItem }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useClaimCase(item.id);
  const [coachId, setCoachId] = useState("");
  const [missing, setMissing] = useState(false);
  const choosing = picksCoach(viewer);

  function claim() {
    mutation.reset();
    const chosen = choosing ? coachId : viewer.id;
    setMissing(!chosen);
    if (!chosen) return;
    mutation.mutate({ coach_id: chosen }, { onSuccess: (claimed) => onClaimed(claimed.id) });
  }

  return (
    <div className="kv-stack kv-stack--tight">
      {choosing &&
        (staff ? (
          <SelectField
            data-size="sm"
            label={t("case.coach")}
            value={coachId}
            onChange={(event) => setCoachId(event.target.value)}
            error={missing ? t("caseAction.claim.coachMissing") : undefined}
          >
            <option value="">{t("form.choose")}</option>
            {coachOptions(staff).map((coach) => (
              <option key={coach.id} value={coach.id}>
                {coach.name}
              </option>
            ))}
          </SelectField>
        ) : (
          <Loading />
        ))}
      <div>
        <Button data-size="sm" loading={mutation.isPending} onClick={claim} aria-describedby={clientCellId(item)}>
          {t("caseAction.claim.submit")}
        </Button>
      </div>
      {mutation.isError && <ValidationMessage role="alert">{messageOf(mutation.error)}</ValidationMessage>}
    </div>
  );
}

function HandBackControl({ item, onHandedBack }: Pick<ProviderQueueProps, "onHandedBack"> & { item: QueueItem }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const mutation = useHandBackCase(item.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // Opening moves focus to the reason; cancelling returns it to the button that opened the form.
    if (open) reasonRef.current?.focus();
    else if (wasOpen.current) toggleRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <div>
        <Button
          ref={toggleRef}
          data-size="sm"
          variant="secondary"
          aria-describedby={clientCellId(item)}
          onClick={() => setOpen(true)}
        >
          {t("caseAction.handBack.submit")}
        </Button>
      </div>
    );
  }

  function handBack() {
    mutation.reset();
    setMissing(!reason.trim());
    if (!reason.trim()) return;
    mutation.mutate(
      { reason: reason.trim() },
      { onSuccess: () => onHandedBack(t("caseAction.handBack.doneFor", { client: item.client_name })) },
    );
  }

  return (
    <div className="kv-stack kv-stack--tight">
      <Textfield
        maxLength={2000}
        ref={reasonRef}
        multiline
        rows={2}
        data-size="sm"
        label={t("caseAction.handBack.reason")}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={missing ? t("caseAction.handBack.reasonMissing") : undefined}
      />
      <div className="kv-row-actions">
        <Button
          data-size="sm"
          variant="secondary"
          loading={mutation.isPending}
          onClick={handBack}
          aria-describedby={clientCellId(item)}
        >
          {t("caseAction.handBack.submit")}
        </Button>
        <Button data-size="sm" variant="tertiary" onClick={() => setOpen(false)}>
          {t("form.cancel")}
        </Button>
      </div>
      {mutation.isError && <ValidationMessage role="alert">{messageOf(mutation.error)}</ValidationMessage>}
    </div>
  );
}
