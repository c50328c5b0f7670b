import { Button } from "@digdir/designsystemet-react";
import { useI18n } from "./i18n";

/** Offers the other language, named in that language and marked with its lang for screen readers. */
export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  const other = language === "sv" ? "en" : "sv";
  return (
    <Button variant="tertiary" data-size="sm" lang={other} onClick={() => setLanguage(other)}>
      {t("language.switchTo")}
    </Button>
  );
}
