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
import { useProviderGrounds } from "../api/get-provider-grounds";

/** Providers with late reports or tellings, those with a §7.6 ground first; `linkOf` gives each one's page. */
export function ProviderGrounds({ linkOf }: { linkOf: (providerId: string) => string }) {
  const { t } = useI18n();
  const query = useProviderGrounds();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  if (query.data.items.length === 0)
    return <Paragraph data-testid="grounds-empty">{t("oversight.list.empty")}</Paragraph>;
  return (
    <TableScroll labelledBy="grounds-caption">
      <Table zebra data-testid="provider-grounds">
        <caption id="grounds-caption">{t("oversight.list.caption")}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("oversight.list.provider")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("oversight.list.ground")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("oversight.list.late")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("oversight.list.lastTold")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {query.data.items.map((item) => (
            <TableRow key={item.provider_id} data-provider-id={item.provider_id}>
              <TableHeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={linkOf(item.provider_id)}>{item.provider_name}</RouterLink>
                </Link>
              </TableHeaderCell>
              <TableCell>
                {item.ground.exists ? <strong>{t("oversight.list.groundYes")}</strong> : t("oversight.list.groundNo")}
              </TableCell>
              <TableCell className="kv-number">{item.late_reports}</TableCell>
              <TableCell>{item.ground.last_told ?? t("oversight.list.never")}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
