# syntax=docker/dockerfile:1
#
# Kundval application image: the Litestar backend serving /api and the built
# React SPA. Build from the repository root:
#   docker build -t kundval .
# Written from the Docker documentation; no container engine runs on the
# development machines (see infra/README.md).

ARG NODE_VERSION=20
ARG PYTHON_VERSION=3.11

# --- Stage 1: build the SPA -------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS spa
WORKDIR /src

# Manifests first so the dependency layer is reused while only sources change.
# If the root package.json gains another workspace, copy its package.json here
# too: npm ci checks every workspace listed in the lockfile.
COPY package.json package-lock.json ./
COPY frontend/package.json frontend/
RUN --mount=type=cache,target=/root/.npm npm ci

COPY frontend/ frontend/
RUN npm run build --workspace frontend

# --- Stage 2: runtime ---------------------------------------------------------
FROM python:${PYTHON_VERSION}-slim-bookworm AS runtime

# PYTHONDONTWRITEBYTECODE: the root filesystem is read-only in Kubernetes, and
# pip already compiled the installed package.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    KUNDVAL_HOST=0.0.0.0 \
    KUNDVAL_PORT=8000 \
    KUNDVAL_SPA_DIR=/app/frontend/dist \
    KUNDVAL_DATA_DIR=/var/lib/kundval

# A fixed numeric uid/gid: Kubernetes' runAsNonRoot can only verify a numeric
# USER, and the manifests in infra/k8s refer to 10001.
RUN groupadd --system --gid 10001 kundval \
 && useradd --system --uid 10001 --gid kundval --no-create-home \
        --home-dir /nonexistent --shell /usr/sbin/nologin kundval \
 && install -d -o kundval -g kundval -m 0750 /var/lib/kundval

# Install the package (not an editable install) from a throwaway copy of the
# sources, so the image holds only site-packages, not a second copy of the code.
COPY pyproject.toml /tmp/build/
COPY backend/kundval /tmp/build/backend/kundval
RUN pip install --no-cache-dir /tmp/build && rm -rf /tmp/build

WORKDIR /app
COPY --from=spa /src/frontend/dist /app/frontend/dist
COPY --chmod=0755 infra/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh

USER 10001:10001
EXPOSE 8000

# urllib raises on a non-2xx answer (503 while a dependency is down), which
# makes the check fail; python is the one HTTP client the slim image has.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/api/health' % os.environ.get('KUNDVAL_PORT', '8000'), timeout=4)"]

ENTRYPOINT ["docker-entrypoint.sh"]
# No CMD: without arguments the entrypoint runs `kundval migrate` and then
# `kundval serve --host 0.0.0.0 --port 8000`; with arguments it runs those.
