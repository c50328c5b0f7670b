"""Case conversations: a thread per case between the counsellor and the provider, with the system's events."""
