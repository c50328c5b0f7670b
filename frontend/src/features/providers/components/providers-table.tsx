import {
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";
import { ErrorAlert, Loading } from "@/shared/components/query-state";
import { TableScroll } from "@/shared/components/table-scroll";
import { useI18n } from "@/shared/i18n/i18n";
import { useInterventions } from "@/shared/lib/interventions";
import { useProviders } from "../api/get-providers";
import { PROVIDER_STATUS_LABELS } from "../lib/provider-status";

/** The provider register: each provider's status, districts and the interventions it may take today. */
export function ProvidersTable() {
  const { t } = useI18n();
  const { nameOf } = useInterventions();
  const query = useProviders();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0) return <Paragraph>{t("providers.empty")}</Paragraph>;
  return (
    <TableScroll labelledBy="providers-caption">
      <Table zebra data-testid="providers-table">
        <caption id="providers-caption">{t("providers.caption")}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("provider.name")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("provider.orgNumber")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("provider.status")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("provider.districts")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("providers.authorizedToday")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {query.data.items.map((provider) => {
            const today = provider.authorizations.filter((a) => a.active_today).map((a) => nameOf(a.intervention));
            return (
              <TableRow key={provider.id} data-provider-id={provider.id}>
                <TableHeaderCell scope="row">
                  <Link asChild>
                    <RouterLink to={`/anordnare/${provider.id}`}>{provider.name}</RouterLink>
                  </Link>
                </TableHeaderCell>
                <TableCell className="kv-number">{provider.org_number}</TableCell>
                <TableCell>{t(PROVIDER_STATUS_LABELS[provider.status])}</TableCell>
                <TableCell>{provider.districts.join(", ") || "–"}</TableCell>
                <TableCell>{today.length ? today.join(", ") : t("providers.noAuthorization")}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
