#!/bin/sh
# Entrypoint of the Kundval image.
#
# With no arguments (the image's default CMD) it brings the database schema up
# to date and then serves the app: the simple path for docker compose and a
# single-instance deployment.
#
# With arguments it runs them as given, without migrating first. Kubernetes
# uses that: the Deployment runs `kundval serve ...` and the kundval-migrate
# Job runs `kundval migrate`, so several replicas never race each other on a
# schema upgrade. It also allows one-off commands, e.g.
#   docker compose run --rm app kundval create-user
set -eu

if [ "$#" -gt 0 ]; then
    exec "$@"
fi

kundval migrate
# exec: uvicorn becomes PID 1 and receives SIGTERM directly, so a stop drains
# requests instead of being killed after the grace period.
exec kundval serve --host "${KUNDVAL_HOST:-0.0.0.0}" --port "${KUNDVAL_PORT:-8000}"
