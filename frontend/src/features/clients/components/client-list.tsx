import {
  Button,
  Link,
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
import { Link as RouterLink } from "react-router";
import type { Client } from "@/shared/api/types";
import { Pager } from "@/shared/components/pager";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { useI18n } from "@/shared/i18n/i18n";
import { languageName } from "@/shared/lib/languages";
import { formatPersonalNumber } from "@/shared/lib/format";
import { useClients } from "../api/get-clients";
import { TableScroll } from "@/shared/components/table-scroll";

const PAGE_SIZE = 20;

/** The caller's clients with a search by personal number or name, each linking to the client's page. */
export function ClientList() {
  const { t } = useI18n();
  const [draft, setDraft] = useState("");
  const [q, setQ] = useState("");
  const [offset, setOffset] = useState(0);
  const query = useClients({ limit: PAGE_SIZE, offset, ...(q ? { q } : {}) });

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQ(draft.trim());
    setOffset(0);
  }

  return (
    <div className="kv-stack">
      <form role="search" onSubmit={search} className="kv-search">
        <Textfield
          label={t("clients.search")}
          description={t("clients.searchHelp")}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" variant="secondary">
          {t("clients.searchSubmit")}
        </Button>
      </form>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.items.length === 0 ? (
        <Paragraph data-testid="clients-empty">{q ? t("clients.noMatch", { q }) : t("clients.empty")}</Paragraph>
      ) : (
        <>
          <ClientsTable
            items={query.data.items}
            caption={q ? t("clients.captionSearch", { q }) : t("clients.caption")}
          />
          <Pager
            total={query.data.total}
            limit={PAGE_SIZE}
            offset={offset}
            onChange={setOffset}
            label={t("clients.caption")}
          />
        </>
      )}
    </div>
  );
}

function ClientsTable({ items, caption }: { items: Client[]; caption: string }) {
  const { t, language } = useI18n();
  return (
    <TableScroll>
      <Table zebra data-testid="clients-table">
        <caption>{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("client.name")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("client.personalNumber")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("client.reference")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("client.district")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("client.language")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((client) => (
            <TableRow key={client.id} data-client-id={client.id} data-testid="client-row">
              <TableHeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/klienter/${client.id}`}>{client.display_name}</RouterLink>
                </Link>
              </TableHeaderCell>
              <TableCell className="kv-number">
                {formatPersonalNumber(client.personal_number) || t("client.protected")}
              </TableCell>
              <TableCell>{client.reference}</TableCell>
              <TableCell>{client.district ?? "–"}</TableCell>
              <TableCell>{client.language ? languageName(client.language, language) : "–"}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
