import { Heading } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

/**
 * The page's one h1. tabIndex -1 lets the layout move focus here after client-side navigation,
 * so screen readers announce the new page as they would after a full load.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <Heading level={1} data-size="lg" tabIndex={-1} className="kv-page-heading">
      {children}
    </Heading>
  );
}
