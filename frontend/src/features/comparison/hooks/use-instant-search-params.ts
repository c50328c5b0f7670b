import { useState } from "react";
import { useSearchParams } from "react-router";

/**
 * The URL's search parameters as state that answers at once. React Router applies navigations in a
 * transition, so an input bound to the URL alone shows its old value until the transition commits (a ticked
 * box unticks for a moment, and a fast second click gets lost). Here the page renders from a local copy,
 * updated in the event itself, and the URL follows (replaced, not pushed: filters are not pages of their
 * own). A change that comes from the URL (a link, the back button) replaces the copy.
 */
export function useInstantSearchParams(): [URLSearchParams, (next: URLSearchParams) => void] {
  const [urlParams, setUrlParams] = useSearchParams();
  const urlText = urlParams.toString();
  const [params, setParams] = useState(urlParams);
  const [synced, setSynced] = useState(urlText);
  if (urlText !== synced) {
    // Adjusting state while rendering, as React documents for state derived from props.
    setSynced(urlText);
    setParams(urlParams);
  }
  function update(next: URLSearchParams) {
    setParams(next);
    setSynced(next.toString());
    setUrlParams(next, { replace: true, preventScrollReset: true });
  }
  return [params, update];
}
