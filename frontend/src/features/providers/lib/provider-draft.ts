import type { InterventionCode, Provider } from "@/shared/api/types";

/** The provider form's state: text as typed, lists as rows with a stable key for React. */
export type AuthorizationRow = {
  key: string;
  intervention: InterventionCode | "";
  valid_from: string;
  valid_to: string;
};
export type AddressRow = { key: string; street: string; postal_code: string; city: string };
export type ProviderDraft = {
  org_number: string;
  name: string;
  email: string;
  phone: string;
  status: Provider["status"];
  districts: string;
  addresses: AddressRow[];
  authorizations: AuthorizationRow[];
};

let counter = 0;
export const rowKey = () => `row-${++counter}`;

export function emptyDraft(): ProviderDraft {
  return {
    org_number: "",
    name: "",
    email: "",
    phone: "",
    status: "authorized",
    districts: "",
    addresses: [{ key: rowKey(), street: "", postal_code: "", city: "" }],
    authorizations: [],
  };
}

export function draftOf(provider: Provider): ProviderDraft {
  return {
    org_number: provider.org_number,
    name: provider.name,
    email: provider.email,
    phone: provider.phone ?? "",
    status: provider.status,
    districts: provider.districts.join(", "),
    addresses: provider.addresses.map((a) => ({ key: rowKey(), ...a })),
    authorizations: provider.authorizations.map((a) => ({
      key: rowKey(),
      intervention: a.intervention,
      valid_from: a.valid_from,
      valid_to: a.valid_to ?? "",
    })),
  };
}

/** Field names as the API's `extra` names them, for the rows too (`authorizations[1].valid_from`). */
export function fieldNames(draft: ProviderDraft): string[] {
  const rows = draft.authorizations.flatMap((_, i) =>
    ["intervention", "valid_from", "valid_to"].map((f) => `authorizations[${i}].${f}`),
  );
  const addresses = draft.addresses.flatMap((_, i) =>
    ["street", "postal_code", "city"].map((f) => `addresses[${i}].${f}`),
  );
  return [
    "org_number",
    "name",
    "email",
    "phone",
    "status",
    "districts",
    "addresses",
    "authorizations",
    ...rows,
    ...addresses,
  ];
}

/** The request body: empty address rows dropped, districts split on commas, empty end dates as null. */
export function bodyOf(draft: ProviderDraft) {
  return {
    name: draft.name.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim() || null,
    status: draft.status,
    districts: draft.districts
      .split(",")
      .map((d) => d.trim())
      .filter(Boolean),
    addresses: draft.addresses
      .filter((a) => a.street.trim() || a.postal_code.trim() || a.city.trim())
      .map((a) => ({ street: a.street.trim(), postal_code: a.postal_code.trim(), city: a.city.trim() })),
    authorizations: draft.authorizations.map((a) => ({
      intervention: a.intervention as InterventionCode,
      valid_from: a.valid_from,
      valid_to: a.valid_to || null,
    })),
  };
}

/** The form's own checks, keyed like fieldNames. `messages` gives the texts. */
export function checkDraft(
  draft: ProviderDraft,
  messages: { required: string; choose: string; endBeforeStart: string; postalCode: string; email: string },
): Record<string, string | false> {
  const errors: Record<string, string | false> = {
    org_number: !draft.org_number.trim() && messages.required,
    name: !draft.name.trim() && messages.required,
    email: !draft.email.trim()
      ? messages.required
      : !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(draft.email.trim()) && messages.email,
  };
  draft.authorizations.forEach((a, i) => {
    errors[`authorizations[${i}].intervention`] = !a.intervention && messages.choose;
    errors[`authorizations[${i}].valid_from`] = !a.valid_from && messages.required;
    errors[`authorizations[${i}].valid_to`] =
      !!a.valid_to && !!a.valid_from && a.valid_to < a.valid_from && messages.endBeforeStart;
  });
  draft.addresses.forEach((a, i) => {
    const used = a.street.trim() || a.postal_code.trim() || a.city.trim();
    if (!used) return;
    errors[`addresses[${i}].street`] = !a.street.trim() && messages.required;
    errors[`addresses[${i}].postal_code`] = !/^\d{3} ?\d{2}$/.test(a.postal_code.trim()) && messages.postalCode;
    errors[`addresses[${i}].city`] = !a.city.trim() && messages.required;
  });
  return errors;
}
