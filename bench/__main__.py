"""Run every benchmark: ``make bench`` (or ``.venv/bin/python -m bench``)."""

from bench import upload

if __name__ == "__main__":
    upload.main()
