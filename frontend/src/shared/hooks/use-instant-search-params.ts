import { useState } from "react";
import { useSearchParams } from "react-router";

type State = {
  params: URLSearchParams;
  /** The URL's search as last seen from the router. */
  url: string;
  /** The searches this page has navigated to that the router has not shown yet, oldest first. */
  ours: string[];
};

/**
 * The URL's search parameters as state that answers at once. React Router applies navigations in a
 * transition, so an input bound to the URL alone shows its old value until the transition commits (a ticked
 * box unticks for a moment; a quick second click acts on the old value). Here the page renders from its own
 * copy, changed in the event itself, and the URL follows (replaced, not pushed: filters are not pages of
 * their own). When the URL catches up with one of our own changes the copy stays; any other change of the
 * URL (a link, the back button) replaces it.
 */
export function useInstantSearchParams(): [URLSearchParams, (next: URLSearchParams) => void] {
  const [urlParams, setUrlParams] = useSearchParams();
  const urlText = urlParams.toString();
  const [state, setState] = useState<State>({ params: urlParams, url: urlText, ours: [] });
  let current = state;
  if (urlText !== state.url) {
    // Adjusting state while rendering, as React documents for state derived from what is passed in.
    const caughtUp = state.ours.indexOf(urlText);
    current =
      caughtUp >= 0
        ? { params: state.params, url: urlText, ours: state.ours.slice(caughtUp + 1) }
        : { params: urlParams, url: urlText, ours: [] };
    setState(current);
  }
  function update(next: URLSearchParams) {
    const text = next.toString();
    setState((s) => ({ params: next, url: s.url, ours: [...s.ours, text] }));
    setUrlParams(next, { replace: true, preventScrollReset: true });
  }
  return [current.params, update];
}
