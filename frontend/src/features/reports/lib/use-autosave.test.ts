import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useAutosave } from "./use-autosave";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("useAutosave", () => {
  it("saves the last value a second after the last change", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useAutosave(save, 1000));
    act(() => result.current.schedule("a"));
    await act(() => vi.advanceTimersByTimeAsync(600));
    act(() => result.current.schedule("ab"));
    await act(() => vi.advanceTimersByTimeAsync(600));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(400));
    expect(save.mock.calls).toEqual([["ab"]]);
    expect(result.current.state.status).toBe("saved");
  });

  it("saves at once on flush, and only once", async () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHook(() => useAutosave(save, 1000));
    act(() => result.current.schedule("x"));
    await act(async () => expect(await result.current.flush()).toBe(true));
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(save.mock.calls).toEqual([["x"]]);
  });

  it("keeps a failed value pending and says so", async () => {
    const save = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(undefined);
    const { result } = renderHook(() => useAutosave(save, 1000));
    act(() => result.current.schedule("x"));
    await act(async () => expect(await result.current.flush()).toBe(false));
    expect(result.current.state.status).toBe("error");
    expect(result.current.hasPending()).toBe(true);
    await act(async () => expect(await result.current.flush()).toBe(true));
    expect(save.mock.calls).toEqual([["x"], ["x"]]);
  });

  it("waits for a running save before saving what was typed meanwhile", async () => {
    let finish: () => void = () => {};
    const save = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useAutosave(save, 1000));
    act(() => result.current.schedule("a"));
    let first!: Promise<boolean>;
    act(() => {
      first = result.current.flush();
    });
    act(() => result.current.schedule("ab"));
    let second!: Promise<boolean>;
    act(() => {
      second = result.current.flush();
    });
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => {
      finish();
      await first;
    });
    await act(async () => {
      finish();
      await second;
    });
    expect(save.mock.calls).toEqual([["a"], ["ab"]]);
  });
});
