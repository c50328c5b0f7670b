"""Run every benchmark: ``make bench`` (or ``.venv/bin/python -m bench``)."""

from bench import bundle_size, upload

if __name__ == "__main__":
    bundle_size.main()
    upload.main()
