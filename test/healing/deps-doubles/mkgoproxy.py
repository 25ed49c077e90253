"""A file:// GOPROXY folder, offline: MODULE@VERSION[:SOURCE] ... each with one Go file.

usage: mkgoproxy.py OUT MODULE@VERSION[:SOURCE] ...
The module's package (named after the path's last element) is SOURCE ("\\n" for newlines), or
`const Version = "<version>"` when no source is given. Use with GOPROXY=file://OUT GOSUMDB=off.
"""

import os
import sys
import zipfile

STAMP = (2020, 1, 1, 0, 0, 0)


def add(root: str, module: str, version: str, source: str) -> None:
    at = os.path.join(root, *module.split("/"), "@v")
    os.makedirs(at, exist_ok=True)
    mod = f"module {module}\n\ngo 1.19\n"
    with open(os.path.join(at, f"{version}.mod"), "w") as f:
        f.write(mod)
    with open(os.path.join(at, f"{version}.info"), "w") as f:
        f.write('{"Version":"%s","Time":"2020-01-01T00:00:00Z"}\n' % version)
    with zipfile.ZipFile(os.path.join(at, f"{version}.zip"), "w") as z:
        prefix = f"{module}@{version}/"
        z.writestr(zipfile.ZipInfo(prefix + "go.mod", STAMP), mod)
        z.writestr(zipfile.ZipInfo(prefix + module.rsplit("/", 1)[-1] + ".go", STAMP), source)
    with open(os.path.join(at, "list"), "a") as f:
        f.write(version + "\n")


def main() -> None:
    root = sys.argv[1]
    for spec in sys.argv[2:]:
        pin, _, source = spec.partition(":")
        module, version = pin.split("@")
        name = module.rsplit("/", 1)[-1]
        add(root, module, version, source.replace("\\n", "\n") or f'package {name}\n\nconst Version = "{version}"\n')


main()
