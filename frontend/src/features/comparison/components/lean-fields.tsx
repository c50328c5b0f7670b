import { forwardRef, useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from "react";

/*
 * Form fields for the public pages, as plain HTML with Designsystemet's classes. Designsystemet's own Field
 * (behind Select, Textfield and Checkbox) is a <ds-field> custom element whose script links label,
 * description and error; that script is 28 KB gzip, a fifth of what a resident's phone would download for
 * /jamfor. Three fields do not need it: the ids are linked here. Staff pages keep using Designsystemet's.
 */

type Described = { label: ReactNode; description?: ReactNode; error?: ReactNode };

function useDescribedBy(description: ReactNode, error: ReactNode) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { id, descriptionId, errorId, describedBy: [errorId, descriptionId].filter(Boolean).join(" ") || undefined };
}

export function LeanSelect({
  label,
  description,
  error,
  children,
  className,
  ...rest
}: Described & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, descriptionId, errorId, describedBy } = useDescribedBy(description, error);
  return (
    <div className={className ? `ds-field ${className}` : "ds-field"}>
      <label className="ds-label" htmlFor={id}>
        {label}
      </label>
      {description && (
        <div data-field="description" id={descriptionId}>
          {description}
        </div>
      )}
      <select
        className="ds-input"
        id={id}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      >
        {children}
      </select>
      {error && (
        <p className="ds-validation-message" data-field="validation" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export const LeanTextfield = forwardRef<HTMLInputElement, Described & InputHTMLAttributes<HTMLInputElement>>(
  function LeanTextfield({ label, description, error, className, ...rest }, ref) {
    const { id, descriptionId, errorId, describedBy } = useDescribedBy(description, error);
    return (
      <div className={className ? `ds-field ${className}` : "ds-field"}>
        <label className="ds-label" htmlFor={id}>
          {label}
        </label>
        {description && (
          <div data-field="description" id={descriptionId}>
            {description}
          </div>
        )}
        <input
          ref={ref}
          type="text"
          className="ds-input"
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
        {error && (
          <p className="ds-validation-message" data-field="validation" id={errorId}>
            {error}
          </p>
        )}
      </div>
    );
  },
);

export function LeanCheckbox({
  label,
  className,
  ...rest
}: { label: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const id = useId();
  return (
    <div className={className ? `ds-field ${className}` : "ds-field"}>
      <input type="checkbox" className="ds-input" id={id} {...rest} />
      <label className="ds-label" data-weight="regular" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}
