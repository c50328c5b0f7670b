"""E-mail: an outbox written in the same transaction as the change, delivered by a worker over SMTP."""
