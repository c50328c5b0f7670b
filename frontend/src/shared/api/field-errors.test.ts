import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { errorsForFields, invalidFields } from "./field-errors";

const error = (extra: unknown) => new ApiError(422, "Ogiltiga uppgifter.", extra);

describe("invalidFields", () => {
  it("reads the keys of docs/api.md's extra list, once each", () => {
    expect(
      invalidFields(
        error([
          { key: "personal_number", message: "invalid" },
          { message: "Expected `str`", key: "email", source: "body" },
          { key: "email", message: "again" },
        ]),
      ),
    ).toEqual(["personal_number", "email"]);
  });

  it("names no field for errors without a usable extra", () => {
    expect(invalidFields(new ApiError(409, "Konflikt."))).toEqual([]);
    expect(invalidFields(error({ key: "email" }))).toEqual([]);
    expect(invalidFields(error([{ message: "no key" }, "text", null, { key: 3 }]))).toEqual([]);
    expect(invalidFields(new Error("network"))).toEqual([]);
  });
});

describe("errorsForFields", () => {
  it("marks the form's fields that the error names, ignoring fields the form does not have", () => {
    const marked = errorsForFields(error([{ key: "end_date" }, { key: "new_provider_id" }, { key: "other" }]), [
      "reason",
      "end_date",
      "new_provider_id",
    ] as const);
    expect([...marked].sort()).toEqual(["end_date", "new_provider_id"]);
  });

  it("marks the exact row field when the form has one", () => {
    const marked = errorsForFields(error([{ key: "authorizations[1].valid_from" }, { key: "authorizations" }]), [
      "authorizations",
      "authorizations[1].valid_from",
      "authorizations[0].valid_from",
    ]);
    expect([...marked].sort()).toEqual(["authorizations", "authorizations[1].valid_from"]);
  });

  it("marks the list field for a key inside it when the form has no row field", () => {
    expect([...errorsForFields(error([{ key: "authorizations[1].valid_from" }]), ["name", "authorizations"])]).toEqual([
      "authorizations",
    ]);
  });

  it("does not take a field for another that merely starts with its name", () => {
    expect([...errorsForFields(error([{ key: "start_date_x" }]), ["start_date"])]).toEqual([]);
  });
});
