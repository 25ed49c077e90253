"""A local package index for pip, offline: tiny pure-Python wheels in one --find-links folder.

usage: mkwheels.py OUT NAME==VERSION[:SOURCE] ...
Each wheel holds one module NAME (dashes become underscores) whose __init__.py is SOURCE ("\\n"
for newlines), or VERSION = "<version>" when no source is given.
"""

import base64
import hashlib
import os
import sys
import zipfile

STAMP = (2020, 1, 1, 0, 0, 0)


def wheel(out: str, name: str, version: str, source: str) -> None:
    module = name.replace("-", "_")
    dist = f"{module}-{version}"
    files = {
        f"{module}/__init__.py": source,
        f"{dist}.dist-info/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
        f"{dist}.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: mkwheels\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    with zipfile.ZipFile(os.path.join(out, f"{dist}-py3-none-any.whl"), "w") as z:
        for path, text in files.items():
            data = text.encode()
            z.writestr(zipfile.ZipInfo(path, STAMP), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record.append(f"{path},sha256={digest},{len(data)}")
        record.append(f"{dist}.dist-info/RECORD,,")
        z.writestr(zipfile.ZipInfo(f"{dist}.dist-info/RECORD", STAMP), "\n".join(record) + "\n")


def main() -> None:
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for spec in sys.argv[2:]:
        pin, _, source = spec.partition(":")
        name, version = pin.split("==")
        wheel(out, name, version, source.replace("\\n", "\n") or f"VERSION = {version!r}\n")


main()
