import { Button, Fieldset, Textfield, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";
import { SelectField } from "@/shared/components/select-field";
import { useI18n } from "@/shared/i18n/i18n";
import { useInterventions } from "@/shared/lib/interventions";
import { rowKey, type AuthorizationRow } from "../lib/provider-draft";

type AuthorizationsEditorProps = {
  rows: AuthorizationRow[];
  onChange: (rows: AuthorizationRow[]) => void;
  errorOf: (field: string) => string | undefined;
};

/** The provider's authorizations as rows of intervention, valid from and valid to; rows are added and removed. */
export function AuthorizationsEditor({ rows, onChange, errorOf }: AuthorizationsEditorProps) {
  const { t } = useI18n();
  const { options } = useInterventions();
  const focusRow = useRef<string | null>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // A new row takes focus at its first field; after a removal, focus goes to the add button.
    if (focusRow.current === "add") addRef.current?.focus();
    else if (focusRow.current)
      listRef.current?.querySelector<HTMLElement>(`[data-row="${focusRow.current}"] select`)?.focus();
    focusRow.current = null;
  }, [rows]);

  const update = (key: string, patch: Partial<AuthorizationRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  function add() {
    const key = rowKey();
    focusRow.current = key;
    onChange([...rows, { key, intervention: "", valid_from: "", valid_to: "" }]);
  }

  function remove(key: string) {
    focusRow.current = "add";
    onChange(rows.filter((row) => row.key !== key));
  }

  const listError = errorOf("authorizations");
  return (
    <Fieldset data-testid="authorizations-editor">
      <Fieldset.Legend>{t("provider.authorizations")}</Fieldset.Legend>
      <Fieldset.Description>{t("providerForm.authorizationsHelp")}</Fieldset.Description>
      {listError && <ValidationMessage>{listError}</ValidationMessage>}
      <div ref={listRef} className="kv-stack">
        {rows.length === 0 && <p className="kv-muted">{t("providerForm.noAuthorizations")}</p>}
        {rows.map((row, index) => {
          const field = (name: string) => errorOf(`authorizations[${index}].${name}`);
          const n = index + 1;
          return (
            <Fieldset key={row.key} data-row={row.key} className="kv-row-fieldset" data-testid="authorization-row">
              <Fieldset.Legend>{t("providerForm.authorizationN", { n })}</Fieldset.Legend>
              <div className="kv-row-fields">
                <SelectField
                  label={t("case.intervention")}
                  value={row.intervention}
                  onChange={(event) =>
                    update(row.key, { intervention: event.target.value as AuthorizationRow["intervention"] })
                  }
                  error={field("intervention")}
                >
                  <option value="">{t("form.choose")}</option>
                  {options.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </SelectField>
                <Textfield
                  type="date"
                  label={t("provider.validFrom")}
                  value={row.valid_from}
                  onChange={(event) => update(row.key, { valid_from: event.target.value })}
                  error={field("valid_from")}
                />
                <Textfield
                  type="date"
                  label={t("provider.validTo")}
                  description={t("providerForm.validToHelp")}
                  value={row.valid_to}
                  onChange={(event) => update(row.key, { valid_to: event.target.value })}
                  error={field("valid_to")}
                />
              </div>
              <div>
                <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => remove(row.key)}>
                  {t("providerForm.removeAuthorization", { n })}
                </Button>
              </div>
            </Fieldset>
          );
        })}
      </div>
      <div>
        <Button ref={addRef} variant="secondary" data-size="sm" onClick={add}>
          {t("providerForm.addAuthorization")}
        </Button>
      </div>
    </Fieldset>
  );
}
