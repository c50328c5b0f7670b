"""Oversight of providers (§7.6): late reports, the provider told, and the ground for ending its assignments."""
