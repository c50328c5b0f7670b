import { Paragraph } from "@digdir/designsystemet-react";
import type { Provider } from "@/shared/api/types";
import { SelectField } from "@/shared/components/select-field";
import { useI18n } from "@/shared/i18n/i18n";

type ProviderSelectProps = {
  options: Provider[];
  value: string;
  onChange: (providerId: string) => void;
  label: string;
  description: string;
  /** Said instead of the list when no provider can be chosen. */
  none: string;
  error?: string;
};

/** The choice of an authorized provider for a queue step (queueing, moving before the claim). */
export function ProviderSelect({ options, value, onChange, label, description, none, error }: ProviderSelectProps) {
  const { t } = useI18n();
  if (options.length === 0) return <Paragraph>{none}</Paragraph>;
  return (
    <SelectField
      label={label}
      description={description}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
    >
      <option value="">{t("form.choose")}</option>
      {options.map((provider) => (
        <option key={provider.id} value={provider.id}>
          {provider.name}
        </option>
      ))}
    </SelectField>
  );
}
