import { describe, expect, it } from "vitest";
import { MAX_COMPARED, parseSelection, toggleSelection } from "./selection";

describe("choosing providers to compare", () => {
  it("adds and removes a provider", () => {
    expect(toggleSelection([], "a")).toEqual({ selected: ["a"], refused: false });
    expect(toggleSelection(["a", "b"], "a")).toEqual({ selected: ["b"], refused: false });
  });

  it("refuses a fourth provider and keeps the three", () => {
    expect(MAX_COMPARED).toBe(3);
    expect(toggleSelection(["a", "b", "c"], "d")).toEqual({ selected: ["a", "b", "c"], refused: true });
  });

  it("still lets one of three be removed", () => {
    expect(toggleSelection(["a", "b", "c"], "b")).toEqual({ selected: ["a", "c"], refused: false });
  });

  it("reads the URL's list once each and at most three", () => {
    expect(parseSelection(null)).toEqual([]);
    expect(parseSelection("")).toEqual([]);
    expect(parseSelection("a, b,,a")).toEqual(["a", "b"]);
    expect(parseSelection("a,b,c,d")).toEqual(["a", "b", "c"]);
  });
});
