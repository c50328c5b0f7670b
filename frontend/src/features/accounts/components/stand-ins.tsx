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
} from "@digdir/designsystemet-react";
import { useState, type FormEvent } from "react";
import type { StandIn } from "@/shared/api/types";
import { FormError } from "@/shared/components/form-error";
import { ErrorAlert, Loading, useErrorMessage } from "@/shared/components/query-state";
import { SelectField } from "@/shared/components/select-field";
import { useFormErrors } from "@/shared/hooks/use-form-errors";
import { useI18n } from "@/shared/i18n/i18n";
import { todayIso } from "@/shared/lib/dates";
import { useCreateStandIn } from "../api/create-stand-in";
import { useDeleteStandIn } from "../api/delete-stand-in";
import { useStandIns } from "../api/get-stand-ins";
import { useUsers } from "../api/get-users";
import { TableScroll } from "@/shared/components/table-scroll";

/** Every stand-in arrangement; a supervisor ends one with "Ta bort". */
export function StandInsTable({ onDeleted }: { onDeleted: (message: string) => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const query = useStandIns();
  const remove = useDeleteStandIn();
  const [attempt, setAttempt] = useState(0);
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0) return <Paragraph data-testid="stand-ins-empty">{t("standIns.empty")}</Paragraph>;

  function run(item: StandIn) {
    setAttempt((n) => n + 1);
    remove.mutate(item.id, {
      onSuccess: () =>
        onDeleted(t("standIns.deleted", { counsellor: item.counsellor_name, standIn: item.stand_in_name })),
    });
  }

  return (
    <div className="kv-stack">
      {remove.isError && <FormError attempt={attempt}>{messageOf(remove.error)}</FormError>}
      <TableScroll>
        <Table zebra data-testid="stand-ins-table">
          <caption>{t("standIns.caption")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{t("standIns.counsellor")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("standIns.standIn")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("standIns.from")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("standIns.to")}</TableHeaderCell>
              <TableHeaderCell scope="col">{t("queue.actions")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {query.data.items.map((item) => (
              <TableRow key={item.id} data-testid="stand-in-row">
                <TableHeaderCell scope="row">{item.counsellor_name}</TableHeaderCell>
                <TableCell>{item.stand_in_name}</TableCell>
                <TableCell className="kv-number">{item.valid_from}</TableCell>
                <TableCell className="kv-number">{item.valid_to}</TableCell>
                <TableCell>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    loading={remove.isPending && remove.variables === item.id}
                    onClick={() => run(item)}
                    aria-label={t("standIns.deleteFor", {
                      counsellor: item.counsellor_name,
                      standIn: item.stand_in_name,
                    })}
                  >
                    {t("standIns.delete")}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </div>
  );
}

const FIELDS = ["counsellor_id", "stand_in_id", "valid_from", "valid_to"] as const;

/** Name a counsellor to cover a colleague's caseload for a period (both days included). */
export function StandInForm({ onCreated }: { onCreated: (message: string) => void }) {
  const { t } = useI18n();
  const messageOf = useErrorMessage();
  const users = useUsers("counsellor");
  const mutation = useCreateStandIn();
  const [counsellorId, setCounsellorId] = useState("");
  const [standInId, setStandInId] = useState("");
  const [from, setFrom] = useState(todayIso());
  const [to, setTo] = useState("");
  const [attempt, setAttempt] = useState(0);
  const { errorOf, validate, hasOwnErrors } = useFormErrors(FIELDS, mutation.error);
  const counsellors = (users.data?.items ?? []).filter((user) => user.is_active);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (mutation.isPending) return;
    setAttempt((n) => n + 1);
    mutation.reset();
    const ok = validate({
      counsellor_id: !counsellorId && t("form.chooseOne"),
      stand_in_id: !standInId ? t("form.chooseOne") : standInId === counsellorId && t("standIns.samePerson"),
      valid_from: !from && t("form.required"),
      valid_to: !to ? t("form.required") : to < from && t("standIns.endBeforeStart"),
    });
    if (!ok) return;
    mutation.mutate(
      { counsellor_id: counsellorId, stand_in_id: standInId, valid_from: from, valid_to: to },
      {
        onSuccess: (created) => {
          setCounsellorId("");
          setStandInId("");
          setTo("");
          onCreated(t("standIns.created", { counsellor: created.counsellor_name, standIn: created.stand_in_name }));
        },
      },
    );
  }

  if (users.isPending) return <Loading />;
  if (users.isError) return <ErrorAlert error={users.error} />;
  return (
    <form onSubmit={handleSubmit} noValidate className="kv-stack kv-form" data-testid="stand-in-form">
      {hasOwnErrors ? (
        <FormError attempt={attempt}>{t("form.fixMarked")}</FormError>
      ) : mutation.error ? (
        <FormError attempt={attempt}>{messageOf(mutation.error)}</FormError>
      ) : null}
      <SelectField
        label={t("standIns.counsellor")}
        value={counsellorId}
        onChange={(e) => setCounsellorId(e.target.value)}
        error={errorOf("counsellor_id")}
      >
        <option value="">{t("form.choose")}</option>
        {counsellors.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("standIns.standIn")}
        value={standInId}
        onChange={(e) => setStandInId(e.target.value)}
        error={errorOf("stand_in_id")}
      >
        <option value="">{t("form.choose")}</option>
        {counsellors.map((user) => (
          <option key={user.id} value={user.id}>
            {user.name}
          </option>
        ))}
      </SelectField>
      <Textfield
        type="date"
        label={t("standIns.from")}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        error={errorOf("valid_from")}
      />
      <Textfield
        type="date"
        label={t("standIns.to")}
        value={to}
        onChange={(e) => setTo(e.target.value)}
        error={errorOf("valid_to")}
      />
      <div>
        <Button type="submit" loading={mutation.isPending}>
          {t("standIns.submit")}
        </Button>
      </div>
    </form>
  );
}
