"""The municipality's working-day calendar: Sweden's holidays plus the non-working days it adds."""
