import { isApiError } from "./api-error";

/**
 * The request fields an error answer names: docs/api.md's `extra` is a list of `{key, message}` for
 * invalid input (`[{"key": "personal_number", "message": "invalid"}]`). Nested keys keep their
 * path (`authorizations[0].valid_from`); anything else in `extra` names no field.
 */
export function invalidFields(error: unknown): string[] {
  if (!isApiError(error) || !Array.isArray(error.extra)) return [];
  const keys = error.extra
    .map((item: unknown) =>
      item && typeof item === "object" && "key" in item && typeof item.key === "string" ? item.key : null,
    )
    .filter((key): key is string => !!key);
  return [...new Set(keys)];
}

/**
 * Maps the fields an error names onto a form's own field names (`fields`). A key marks the field
 * of the same name; a form without that exact field gets the field the key lies inside
 * (`authorizations[0].valid_from` marks `authorizations` when there is no row field).
 */
export function errorsForFields<F extends string>(error: unknown, fields: readonly F[]): Set<F> {
  const marked = new Set<F>();
  for (const key of invalidFields(error)) {
    const exact = fields.find((field) => field === key);
    if (exact) {
      marked.add(exact);
      continue;
    }
    for (const field of fields) {
      if (key.startsWith(`${field}.`) || key.startsWith(`${field}[`)) marked.add(field);
    }
  }
  return marked;
}
