import { Button, Paragraph } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";

type PagerProps = {
  total: number;
  limit: number;
  offset: number;
  onChange: (offset: number) => void;
  /** What the pages are of, for the navigation landmark's name ("Sidor: Mina klienter"). */
  label: string;
};

/** Previous / next through a paginated list, with "page 2 of 5"; nothing when everything fits on one page. */
export function Pager({ total, limit, offset, onChange, label }: PagerProps) {
  const { t } = useI18n();
  if (total <= limit && offset === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav aria-label={`${t("pager.label")}: ${label}`} className="kv-pager">
      <Button
        variant="secondary"
        data-size="sm"
        disabled={page <= 1}
        onClick={() => onChange(Math.max(0, offset - limit))}
      >
        {t("pager.previous")}
      </Button>
      <Paragraph data-size="sm" className="kv-pager__position">
        {t("pager.position", { page, pages })}
      </Paragraph>
      <Button variant="secondary" data-size="sm" disabled={page >= pages} onClick={() => onChange(offset + limit)}>
        {t("pager.next")}
      </Button>
    </nav>
  );
}
