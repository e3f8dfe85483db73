# The crawler as a scheduled job: runs every spider once and exits with the run's code
# (0 ok, 1 failed, 3 layout drift, 75 another run holds the lock, 130 interrupted).
#   docker build -t persian-diplomacy-archive .
#   docker run --rm -v archive:/data persian-diplomacy-archive
#   docker run --rm -v archive:/data persian-diplomacy-archive --spiders ilna --since 2025-12-01
# See docs/DEPLOY.md for compose, cron and a Kubernetes CronJob.
FROM python:3.12-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    ARCHIVE_DB=/data/archive.db \
    CHROMIUM_PATH=/usr/bin/chromium

# Debian's Chromium for the pages that need a browser (never `playwright install`), a font
# with Persian glyphs for it, and CA certificates for the real sites.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-noto-core ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt ./
RUN pip install -r requirements.txt

COPY . .
# A non-root user owns the archive volume; the lock files live beside the archive.
RUN useradd --system --create-home --uid 10001 --user-group crawler \
 && mkdir -p /data \
 && chown crawler:crawler /data
USER 10001:10001
VOLUME ["/data"]

ENTRYPOINT ["python", "-m", "crawler.run"]
CMD []
