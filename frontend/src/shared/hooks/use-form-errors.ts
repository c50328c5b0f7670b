import { useCallback, useMemo, useState } from "react";
import { errorsForFields } from "@/shared/api/field-errors";
import { useI18n } from "@/shared/i18n/i18n";

/**
 * A form's field errors from two sources: its own checks before sending (`check` returns a
 * message per failing field) and the fields the server's answer names in `extra`. `errorOf(field)`
 * gives the text to pass as the field's `error` prop, which links it with aria-describedby.
 */
export function useFormErrors<F extends string>(fields: readonly F[], serverError: unknown) {
  const { t } = useI18n();
  const [own, setOwn] = useState<Partial<Record<F, string>>>({});
  const fromServer = useMemo(() => errorsForFields(serverError, fields), [serverError, fields]);

  const errorOf = useCallback(
    (field: F): string | undefined => own[field] ?? (fromServer.has(field) ? t("form.checkField") : undefined),
    [own, fromServer, t],
  );

  /** Runs the form's own checks; true when the form may be sent. */
  const validate = useCallback((errors: Partial<Record<F, string | false | undefined>>) => {
    const failing = Object.fromEntries(Object.entries(errors).filter(([, message]) => !!message)) as Partial<
      Record<F, string>
    >;
    setOwn(failing);
    return Object.keys(failing).length === 0;
  }, []);

  const hasOwnErrors = Object.keys(own).length > 0;
  return { errorOf, validate, hasOwnErrors };
}
