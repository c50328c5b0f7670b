import { Paragraph } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";

/** "Vad betyder siffrorna?": each figure in plain words, folded away until asked for. */
export function FiguresExplained() {
  const { t } = useI18n();
  return (
    // A native <details>: Designsystemet's Details brings a 28 KB script the public pages do without.
    <details className="ds-details" data-testid="figures-explained">
      <summary>{t("comparison.explain.title")}</summary>
      <div className="kv-stack kv-stack--tight">
        <Paragraph>
          <strong>{t("comparison.endedLabel")}.</strong> {t("comparison.explain.ended")}
        </Paragraph>
        <Paragraph>
          <strong>{t("comparison.shareLabel")}.</strong> {t("comparison.explain.share")}
        </Paragraph>
        <Paragraph>
          <strong>{t("comparison.explain.likelyTitle")}.</strong> {t("comparison.explain.likely")}
        </Paragraph>
        <Paragraph>
          <strong>{t("comparison.medianLabel")}.</strong> {t("comparison.explain.median")}
        </Paragraph>
        <Paragraph>
          <strong>{t("comparison.explain.tooFewTitle")}.</strong> {t("comparison.explain.tooFew")}
        </Paragraph>
        <Paragraph>{t("comparison.explain.source")}</Paragraph>
      </div>
    </details>
  );
}
