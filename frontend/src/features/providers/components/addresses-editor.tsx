import { Button, Fieldset, Textfield } from "@digdir/designsystemet-react";
import { useI18n } from "@/shared/i18n/i18n";
import { rowKey, type AddressRow } from "../lib/provider-draft";

type AddressesEditorProps = {
  rows: AddressRow[];
  onChange: (rows: AddressRow[]) => void;
  errorOf: (field: string) => string | undefined;
};

/** The provider's visiting addresses; an empty row is ignored on saving. */
export function AddressesEditor({ rows, onChange, errorOf }: AddressesEditorProps) {
  const { t } = useI18n();
  const update = (key: string, patch: Partial<AddressRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));
  return (
    <Fieldset>
      <Fieldset.Legend>{t("provider.addresses")}</Fieldset.Legend>
      <div className="kv-stack">
        {rows.map((row, index) => {
          const n = index + 1;
          const field = (name: string) => errorOf(`addresses[${index}].${name}`);
          return (
            <Fieldset key={row.key} className="kv-row-fieldset">
              <Fieldset.Legend>{t("providerForm.addressN", { n })}</Fieldset.Legend>
              <div className="kv-row-fields">
                <Textfield
                  maxLength={200}
                  label={t("provider.street")}
                  value={row.street}
                  onChange={(event) => update(row.key, { street: event.target.value })}
                  error={field("street")}
                />
                <Textfield
                  label={t("provider.postalCode")}
                  inputMode="numeric"
                  value={row.postal_code}
                  onChange={(event) => update(row.key, { postal_code: event.target.value })}
                  error={field("postal_code")}
                />
                <Textfield
                  maxLength={100}
                  label={t("provider.city")}
                  value={row.city}
                  onChange={(event) => update(row.key, { city: event.target.value })}
                  error={field("city")}
                />
              </div>
              <div>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  {t("providerForm.removeAddress", { n })}
                </Button>
              </div>
            </Fieldset>
          );
        })}
      </div>
      <div>
        <Button
          variant="secondary"
          data-size="sm"
          onClick={() => onChange([...rows, { key: rowKey(), street: "", postal_code: "", city: "" }])}
        >
          {t("providerForm.addAddress")}
        </Button>
      </div>
    </Fieldset>
  );
}
