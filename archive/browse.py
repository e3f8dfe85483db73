"""Open an archive in Datasette with the project's metadata, Persian search and RTL styling.

``python -m archive.browse [archive.db] [datasette options...]`` (``scripts/browse`` runs it).
The archive is upgraded to the current schema first (the views and search indexes live there).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from archive import default_path

HERE = Path(__file__).resolve().parent
METADATA = HERE / "metadata.yml"
STATIC = HERE / "static"
PLUGINS = HERE / "plugins"


def metadata(database: str) -> dict:
    """The metadata with its ``archive`` database entry (and links to it) renamed ``database``."""
    data = yaml.safe_load(METADATA.read_text("utf-8"))
    data["databases"] = {database: data["databases"]["archive"]}
    data["description_html"] = data["description_html"].replace("/archive/", f"/{database}/")
    return data


def datasette_command(db_path: str | Path, *options: str, metadata_dir: str | Path) -> list[str]:
    """The ``datasette serve`` command line; the metadata file is written to ``metadata_dir``."""
    db_path = Path(db_path)
    path = Path(metadata_dir) / "metadata.json"
    path.write_text(json.dumps(metadata(db_path.stem), ensure_ascii=False, indent=1), "utf-8")
    datasette = Path(sys.executable).with_name("datasette")
    return [str(datasette) if datasette.exists() else "datasette", "serve", str(db_path),
            "--metadata", str(path), "--static", f"assets:{STATIC}", "--plugins-dir", str(PLUGINS),
            "--setting", "sql_time_limit_ms", "5000", "--setting", "facet_time_limit_ms", "1000",
            *options]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    db_path = argv.pop(0) if argv and not argv[0].startswith("-") else default_path()
    if not Path(db_path).is_file():
        print(f"error: no archive at {db_path} (run a crawl or scripts/demo first)", file=sys.stderr)
        return 1
    from archive.schema import open_archive

    open_archive(db_path).close()  # upgrade in place: views and search indexes come with the schema
    with tempfile.TemporaryDirectory(prefix="archive-browse-") as workdir:
        command = datasette_command(db_path, *argv, metadata_dir=workdir)
        print(f"Browsing {db_path}: {' '.join(command)}", file=sys.stderr)
        try:
            return subprocess.run(command).returncode
        except KeyboardInterrupt:
            return 130


if __name__ == "__main__":
    sys.exit(main())
