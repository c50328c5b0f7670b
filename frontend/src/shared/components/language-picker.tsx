import { Button, Checkbox, Fieldset, Radio, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from "react";
import { useI18n } from "@/shared/i18n/i18n";
import { COMMON_LANGUAGES, findLanguages, languageName, sortByLanguageName } from "@/shared/lib/languages";

export type LanguagePickerProps = {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /** Several languages (checkboxes) or one (radio buttons). */
  multiple?: boolean;
  /** The chosen ISO 639 codes (at most one without `multiple`). */
  value: string[];
  onChange: (codes: string[]) => void;
  /** Also sends the chosen codes as form fields of this name, for forms read with FormData. */
  name?: string;
};

/**
 * Languages picked by name in the UI language instead of typed as ISO codes; the codes are what is stored.
 * Common languages are offered at once; typing searches every language the browser can name (in Swedish, English
 * or the language itself), and Enter takes the first match. The chosen ones are listed with a button each to
 * remove them. Everything is native checkboxes, radio buttons and buttons, so it works with the keyboard and a
 * screen reader, which hears how many languages match.
 */
export function LanguagePicker({
  label,
  description,
  error,
  multiple = true,
  value,
  onChange,
  name,
}: LanguagePickerProps) {
  const { t, language } = useI18n();
  const [query, setQuery] = useState("");
  const radioName = useId();
  const options = useMemo(() => {
    if (query.trim()) return findLanguages(query, language);
    return sortByLanguageName([...new Set([...value, ...COMMON_LANGUAGES])], language);
  }, [query, language, value]);

  function toggle(code: string, on: boolean) {
    if (!multiple) onChange(on ? [code] : []);
    else onChange(on ? [...value.filter((c) => c !== code), code] : value.filter((c) => c !== code));
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== "Enter") return;
    // Enter in the search field picks the first match instead of sending the form.
    event.preventDefault();
    const first = options[0];
    if (query.trim() && first) {
      toggle(first, true);
      setQuery("");
    }
  }

  return (
    <Fieldset className="kv-language-picker" data-testid="language-picker">
      <Fieldset.Legend>{label}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {value.length === 0 ? (
        <p className="kv-muted">{t("languagePicker.noneChosen")}</p>
      ) : (
        <ul className="kv-language-picker__chosen" aria-label={t("languagePicker.chosen")}>
          {value.map((code) => (
            <li key={code}>
              <span>{languageName(code, language)}</span>
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => toggle(code, false)}
                aria-label={t("languagePicker.remove", { name: languageName(code, language) })}
              >
                {t("languagePicker.removeShort")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <Textfield
        label={t("languagePicker.search")}
        description={t("languagePicker.searchHelp")}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={handleKeyDown}
        autoComplete="off"
        data-testid="language-search"
      />
      <p className="ds-sr-only" aria-live="polite">
        {query.trim() ? t("languagePicker.matches", { count: options.length }) : ""}
      </p>
      <div
        className="kv-language-picker__options"
        role="group"
        aria-label={query.trim() ? t("languagePicker.found") : t("languagePicker.common")}
      >
        {options.length === 0 ? (
          <p className="kv-muted">{t("languagePicker.noMatch", { q: query.trim() })}</p>
        ) : (
          options.map((code) =>
            multiple ? (
              <Checkbox
                key={code}
                label={languageName(code, language)}
                value={code}
                checked={value.includes(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
            ) : (
              <Radio
                key={code}
                name={radioName}
                label={languageName(code, language)}
                value={code}
                checked={value.includes(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
            ),
          )
        )}
      </div>
      {error && <ValidationMessage>{error}</ValidationMessage>}
      {name && value.map((code) => <input key={code} type="hidden" name={name} value={code} />)}
    </Fieldset>
  );
}
