#!/usr/bin/env python3
"""Helpers of backup.sh and restore.sh (Python's standard library only, so nothing needs installing).

  db_tool.py sqlite-path                  the SQLite file of ConnectionStrings__Default ("Data Source=…")
  db_tool.py sqlite-copy SRC DST [--check-source]
                                          online copy through SQLite's backup API, then an integrity check of the
                                          copy (and of SRC first with --check-source); SRC or DST may end in .gz
  db_tool.py sqlite-tables FILE           how many tables FILE holds (0 when it does not exist)
  db_tool.py mysql-defaults FILE [--host H] [--port P] [--user U] [--socket S]
                                          writes a [client] option file (mode 600) from ConnectionStrings__Default
                                          and the flags; the password comes from the connection string or
                                          CULTIVATION_DB_PASSWORD, never from the command line. Prints the
                                          connection string's database name (may be empty).
"""
import gzip
import os
import pathlib
import shutil
import sqlite3
import sys
import tempfile


def parse_connection_string(text):
    """ADO.NET style: key=value pairs separated by ';', values optionally in '…' or "…" (doubled quote inside)."""
    pairs, i, n = {}, 0, len(text or "")
    while i < n:
        eq = text.find("=", i)
        if eq < 0:
            break
        key = text[i:eq].strip().lower()
        i = eq + 1
        while i < n and text[i] == " ":
            i += 1
        if i < n and text[i] in "'\"":
            quote, i, value = text[i], i + 1, []
            while i < n:
                if text[i] == quote:
                    if i + 1 < n and text[i + 1] == quote:
                        value.append(quote)
                        i += 2
                        continue
                    i += 1
                    break
                value.append(text[i])
                i += 1
            value = "".join(value)
            semi = text.find(";", i)
            i = n if semi < 0 else semi + 1
        else:
            semi = text.find(";", i)
            end = n if semi < 0 else semi
            value = text[i:end].strip()
            i = end + 1
        if key:
            pairs[key] = value
    return pairs


def first(pairs, *names):
    for name in names:
        if pairs.get(name):
            return pairs[name]
    return ""


def connection_pairs():
    return parse_connection_string(os.environ.get("ConnectionStrings__Default", ""))


def sqlite_path():
    print(first(connection_pairs(), "data source", "datasource", "filename"))


def read_only_uri(path):
    return pathlib.Path(path).resolve().as_uri() + "?mode=ro"


def sqlite_tables(path):
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        print(0)
        return
    db = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        print(db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0])
    finally:
        db.close()


def integrity(db):
    return db.execute("PRAGMA integrity_check").fetchone()[0]


def sqlite_copy(source, target, check_source=False):
    named = source
    work = tempfile.mkdtemp(prefix="cultivation-sqlite-", dir=os.path.dirname(os.path.abspath(target)) or ".")
    try:
        if source.endswith(".gz"):
            plain = os.path.join(work, "source.db")
            with gzip.open(source, "rb") as compressed, open(plain, "wb") as out:
                shutil.copyfileobj(compressed, out)
            source = plain
        if not os.path.exists(source):
            sys.exit(f"no SQLite database at {named}")
        copy_to = os.path.join(work, "copy.db") if target.endswith(".gz") else target
        src = sqlite3.connect(read_only_uri(source), uri=True, timeout=60)
        try:
            if check_source and integrity(src) != "ok":
                sys.exit(f"{named} fails SQLite's integrity check: nothing restored")
        except sqlite3.DatabaseError as error:
            src.close()
            sys.exit(f"{named} is not a usable SQLite database ({error}): nothing restored")
        dst = sqlite3.connect(copy_to)
        try:
            # One step (pages=-1): a consistent snapshot while the host keeps running.
            src.backup(dst)
            result = integrity(dst)
            if result != "ok":
                sys.exit(f"integrity check of the copy failed: {result}")
        finally:
            dst.close()
            src.close()
        if copy_to != target:
            partial = target + ".partial"
            with open(copy_to, "rb") as plain, gzip.open(partial, "wb", compresslevel=6) as out:
                shutil.copyfileobj(plain, out)
            os.replace(partial, target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def option_value(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def mysql_defaults(path, args):
    pairs = connection_pairs()
    flags = dict(zip(args[::2], args[1::2]))
    server = flags.get("--host") or first(pairs, "server", "host", "data source", "datasource", "address", "addr", "network address")
    options = {
        "user": flags.get("--user") or first(pairs, "user", "user id", "userid", "uid", "username", "user name"),
        "password": os.environ.get("CULTIVATION_DB_PASSWORD") or first(pairs, "password", "pwd"),
        "port": flags.get("--port") or first(pairs, "port"),
        "socket": flags.get("--socket") or (server if server.startswith("/") else ""),
        "host": "" if server.startswith("/") else (server or "127.0.0.1"),
    }
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write("[client]\n")
        for name, value in options.items():
            if value:
                out.write(f"{name}={option_value(value)}\n")
    os.chmod(path, 0o600)
    print(first(pairs, "database", "initial catalog"))


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    command, rest = argv[1], argv[2:]
    if command == "sqlite-path":
        sqlite_path()
    elif command == "sqlite-tables" and len(rest) == 1:
        sqlite_tables(rest[0])
    elif command == "sqlite-copy" and len(rest) in (2, 3):
        sqlite_copy(rest[0], rest[1], check_source="--check-source" in rest[2:])
    elif command == "mysql-defaults" and len(rest) >= 1:
        mysql_defaults(rest[0], rest[1:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
