import { Field, Label, Select, ValidationMessage, type SelectProps } from "@digdir/designsystemet-react";
import { forwardRef, type ReactNode } from "react";

export type SelectFieldProps = SelectProps & {
  label: ReactNode;
  description?: ReactNode;
  /** Shown under the select; Field links it with aria-describedby and sets aria-invalid. */
  error?: ReactNode;
};

/** A labelled native select with description and validation message, as Textfield is for inputs. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>(function SelectField(
  { label, description, error, className, children, ...rest },
  ref,
) {
  return (
    <Field className={className}>
      <Label>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Select ref={ref} aria-invalid={error ? true : undefined} {...rest}>
        {children}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
});
