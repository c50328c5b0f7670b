import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@digdir/designsystemet-react";
import type { InterventionType } from "@/shared/api/types";
import { useI18n } from "@/shared/i18n/i18n";
import { formatOre } from "@/shared/lib/format";
import { TableScroll } from "@/shared/components/table-scroll";

export function InterventionTypesTable({ items }: { items: InterventionType[] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return <Paragraph>{t("interventions.empty")}</Paragraph>;
  return (
    <TableScroll>
      <Table zebra data-testid="intervention-types-table">
        <caption>{t("interventions.caption")}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell scope="col">{t("interventions.name")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("interventions.monthlyRate")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("interventions.dailyRate")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t("interventions.validFrom")}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {items.map((item) => {
            const rate = item.current_rate;
            return (
              <TableRow key={item.code} data-code={item.code}>
                <TableHeaderCell scope="row">{language === "en" ? item.name_en : item.name_sv}</TableHeaderCell>
                {rate ? (
                  <>
                    <TableCell className="kv-number">{formatOre(rate.monthly_rate_ore)}</TableCell>
                    <TableCell className="kv-number">{formatOre(rate.daily_rate_ore)}</TableCell>
                    {/* ISO dates read naturally in Swedish and are unambiguous in English. */}
                    <TableCell>{rate.valid_from}</TableCell>
                  </>
                ) : (
                  <TableCell colSpan={3}>{t("interventions.noRate")}</TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
