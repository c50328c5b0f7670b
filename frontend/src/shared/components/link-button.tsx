import { Button, type ButtonProps } from "@digdir/designsystemet-react";
import { Link as RouterLink } from "react-router";

/** A link to another page that looks like a button ("Ny klient"). */
export function LinkButton({
  to,
  children,
  variant = "primary",
  ...rest
}: { to: string } & Omit<ButtonProps, "asChild">) {
  return (
    <Button asChild variant={variant} {...rest}>
      <RouterLink to={to}>{children}</RouterLink>
    </Button>
  );
}
