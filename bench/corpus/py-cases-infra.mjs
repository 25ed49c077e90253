// Shell scripts (shellcheck, bash), time limits and the runner's own failures (disk, memory,
// network, lost runner). Network failures are real: `.invalid` names never resolve, port 9 on
// loopback refuses, and a local server answers 503.
import { DEPLOY_SH, project } from "./py-project.mjs";
import { lineOf, runnerEnding } from "./py-run.mjs";

const PYTEST_OK = {
  command: "python -m pytest -q",
  run: "/usr/bin/python3 -m pytest -q -p no:cacheprovider",
};

const DEPLOY_BAD = `#!/usr/bin/env bash
set -e

target=$1
cd $target
files=$(ls *.tar.gz)
for f in $files; do
  echo "uploading $f"
done
unused_var="x"
`;

const RELEASE_BAD = `#!/bin/sh
VERSION=$(cat VERSION)
if [ $VERSION == "" ]; then
  echo "no version"
fi
if [ $VERSION > "2" ]; then
  echo "major release"
fi
echo "releasing $VERSION" > /tmp/release-$VERSION.log
`;

const BASH_SYNTAX = `#!/usr/bin/env bash
set -euo pipefail

if [ -f VERSION ]; then
  echo "version file present"
else
  echo "no version file"
fi
fi
echo done
`;

const WAIT = `import time

while True:
    print("waiting for the database to accept connections...", flush=True)
    time.sleep(0.5)
`;

const HANG_TEST = `import time


def test_fast():
    assert 1 + 1 == 2


def test_waits_for_lock():
    while True:
        time.sleep(0.1)
`;

const CACHE = `import json
import os


def save(path, data):
    with open(path, "w") as f:
        json.dump(data, f)


if __name__ == "__main__":
    save(os.environ.get("CACHE_FILE", ".cache/prices.json"), {"pen": 1.5})
`;

const FETCH = `import urllib.request


def fetch_rates():
    with urllib.request.urlopen("https://rates.example.invalid/eur.json", timeout=5) as r:
        return r.read()


if __name__ == "__main__":
    print(fetch_rates())
`;

const MEM = `data = []
print("building price index...", flush=True)
import os, signal
os.kill(os.getpid(), signal.SIGKILL)
`;

const SERVER_503 = `import http.server, sys


class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(503)
        self.end_headers()
        self.wfile.write(b"Service Unavailable")

    def log_message(self, *a):
        pass


s = http.server.HTTPServer(("127.0.0.1", 0), H)
print(s.server_address[1], flush=True)
s.handle_request()
`;

const SHUTDOWN = [
  "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.",
  "##[error]The operation was canceled.",
];

// A green job full of look-alikes: warnings, skips, xfails, clean linters, "0 errors".
const TEST_QUIRKS = `import warnings

import pytest

from shop.pricing import with_tax


def test_tax_warns():
    warnings.warn("TAX_RATE will move to settings", DeprecationWarning)
    assert with_tax(10) == 12.0


@pytest.mark.skip(reason="needs the payments sandbox")
def test_refund():
    raise AssertionError("not reached")


@pytest.mark.xfail(reason="rounding bug #12", raises=AssertionError)
def test_rounding():
    assert with_tax(0.005) == 0.02
`;

const TEST_UNITS = `import unittest

from shop.pricing import discount


class DiscountTest(unittest.TestCase):
    def test_zero(self):
        self.assertEqual(discount(10, 0), 10)

    @unittest.skip("slow: exercises every percentage")
    def test_all(self):
        raise AssertionError("not reached")
`;

export const passingCases = [
  {
    name: "passing",
    prefix: "py",
    passing: true,
    files: project({ "tests/test_quirks.py": TEST_QUIRKS, "tests/test_units.py": TEST_UNITS }),
    steps: [
      { command: "flake8 shop tests", run: "flake8 shop tests && echo '0 errors'" },
      { command: "black --check shop", run: "black --check shop" },
      { command: "isort --check-only --diff shop", run: "isort --check-only --diff shop" },
      { command: "mypy shop", run: "mypy --cache-dir=/dev/null shop" },
      { command: "shellcheck scripts/*.sh", run: "shellcheck scripts/*.sh && echo 'shellcheck: no issues'" },
      { command: "python -m pytest -rA", run: "/usr/bin/python3 -m pytest -p no:cacheprovider -rA" },
      {
        command: "python -m unittest discover -s tests -p 'test_units.py' -v",
        run: "PYTHONPATH=. /usr/bin/python3 -m unittest discover -s tests -p 'test_units.py' -v",
      },
    ],
    key: [],
    locations: [],
  },
];

export const infraCases = [
  // ---- shellcheck / bash
  {
    name: "shellcheck-tty",
    prefix: "sh",
    category: "lint_error",
    tool: "shellcheck",
    files: project({ "scripts/deploy.sh": DEPLOY_BAD }),
    steps: [{ command: "shellcheck scripts/*.sh", run: "shellcheck scripts/*.sh" }],
    key: [/^In scripts\/deploy\.sh line \d+:/, /SC\d{4} \((warning|error)\)/],
    locations: [
      { file: "scripts/deploy.sh", line: 5 },
      { file: "scripts/deploy.sh", line: 6 },
      { file: "scripts/deploy.sh", line: 10 },
    ],
  },
  {
    name: "shellcheck-gcc",
    prefix: "sh",
    category: "lint_error",
    tool: "shellcheck",
    files: project({ "scripts/deploy.sh": DEPLOY_BAD, "scripts/release.sh": RELEASE_BAD }),
    steps: [{ command: "shellcheck -f gcc scripts/*.sh", run: "shellcheck -f gcc scripts/*.sh" }],
    key: [/: (warning|error): .*\[SC\d+\]/],
    locations: [
      { file: "scripts/deploy.sh", line: 5 },
      { file: "scripts/release.sh", line: 3 },
    ],
  },
  {
    name: "shellcheck-severity-error",
    prefix: "sh",
    category: "lint_error",
    tool: "shellcheck",
    files: project({ "scripts/release.sh": RELEASE_BAD }),
    steps: [
      { command: "shellcheck scripts/deploy.sh", run: "shellcheck scripts/deploy.sh" },
      { command: "shellcheck -S error scripts/release.sh", run: "shellcheck -S error scripts/release.sh" },
    ],
    key: [/^In scripts\/release\.sh line 6:/, /SC\d{4} \(error\)/],
    locations: [{ file: "scripts/release.sh", line: 6 }],
  },
  {
    name: "shellcheck-color",
    prefix: "sh",
    category: "lint_error",
    tool: "shellcheck",
    color: true,
    files: project({ "scripts/deploy.sh": DEPLOY_BAD }),
    steps: [
      {
        command: "shellcheck --color=always scripts/deploy.sh",
        run: "shellcheck --color=always scripts/deploy.sh",
      },
    ],
    key: [/^In scripts\/deploy\.sh line \d+:/, /SC\d{4} \((warning|error)\)/],
    locations: [
      { file: "scripts/deploy.sh", line: 5 },
      { file: "scripts/deploy.sh", line: 6 },
    ],
  },
  {
    name: "bash-syntax",
    prefix: "sh",
    category: "syntax_error",
    tool: "bash",
    files: project({ "scripts/check.sh": BASH_SYNTAX }),
    steps: [{ command: "bash -n scripts/check.sh", run: "bash -n scripts/check.sh" }],
    key: [/syntax error near unexpected token/],
    locations: [{ file: "scripts/check.sh", line: 9 }],
  },
  {
    name: "script-not-executable",
    prefix: "sh",
    category: "build_failure",
    tool: "bash",
    files: project({}),
    prepare: ["chmod -x scripts/deploy.sh"],
    steps: [{ command: "./scripts/deploy.sh staging", run: "./scripts/deploy.sh staging" }],
    expectExit: 126,
    key: [/Permission denied/],
    locations: [{ file: "scripts/deploy.sh" }],
  },
  {
    name: "bash-unbound-variable",
    prefix: "sh",
    category: "runtime_error",
    tool: "bash",
    files: project({
      "scripts/deploy.sh": DEPLOY_SH.replace(
        'echo "deploying to ${target}"',
        'echo "deploying ${VERSION} to ${target}"',
      ),
    }),
    steps: [{ command: "bash scripts/deploy.sh production", run: "bash scripts/deploy.sh production" }],
    key: [/unbound variable/],
    locations: [{ file: "scripts/deploy.sh", line: lineOf(DEPLOY_SH, 'echo "deploying') }],
  },
  // ---- timeouts
  {
    name: "timeout-command",
    prefix: "infra",
    category: "timeout",
    tool: "timeout",
    files: project({ "scripts/wait_db.py": WAIT }),
    steps: [
      PYTEST_OK,
      {
        command: "timeout -v 2 python scripts/wait_db.py",
        run: "timeout -v 2 /usr/bin/python3 scripts/wait_db.py",
      },
    ],
    expectExit: 124,
    key: [/^timeout: sending signal/],
    locations: [],
  },
  {
    name: "timeout-pytest-interrupted",
    prefix: "infra",
    category: "timeout",
    tool: "pytest",
    files: project({ "tests/test_lock.py": HANG_TEST }),
    steps: [
      {
        command: "timeout -v -s INT 3 python -m pytest -v tests/test_lock.py",
        run: "timeout -v -s INT 3 /usr/bin/python3 -m pytest -p no:cacheprovider -v tests/test_lock.py",
      },
    ],
    expectExit: 124,
    key: [/KeyboardInterrupt !+$/],
    locations: [],
  },
  {
    name: "timeout-job-limit",
    prefix: "infra",
    category: "timeout",
    tool: null,
    files: project({ "tests/test_lock.py": HANG_TEST }),
    steps: [
      {
        command: "python -m pytest -v",
        run: "timeout -s KILL 3 /usr/bin/python3 -m pytest -p no:cacheprovider -v tests/test_lock.py",
      },
    ],
    key: [
      "The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.",
      "The operation was canceled.",
    ],
    locations: [],
    tail: runnerEnding([
      "##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 360 minutes.",
      "##[error]The operation was canceled.",
    ]),
  },
  {
    name: "timeout-step-limit",
    prefix: "infra",
    category: "timeout",
    tool: null,
    files: project({ "scripts/wait_db.py": WAIT }),
    steps: [
      PYTEST_OK,
      { command: "python scripts/wait_db.py", run: "timeout -s KILL 2 /usr/bin/python3 scripts/wait_db.py" },
    ],
    key: ["The action 'Run python scripts/wait_db.py' has timed out after 10 minutes."],
    locations: [],
    tail: runnerEnding([
      "##[error]The action 'Run python scripts/wait_db.py' has timed out after 10 minutes.",
    ]),
  },
  // KILL instead of TERM: exit 137 like an out-of-memory kill, but `timeout -v` says who killed it
  {
    name: "timeout-kill",
    prefix: "infra",
    category: "timeout",
    tool: "timeout",
    files: project({ "scripts/wait_db.py": WAIT }),
    steps: [
      {
        command: "timeout -v -s KILL 2 python scripts/wait_db.py",
        run: "timeout -v -s KILL 2 /usr/bin/python3 scripts/wait_db.py",
      },
    ],
    expectExit: 137,
    key: [/timeout: sending signal KILL/],
    locations: [],
  },
  {
    name: "timeout-curl-wait",
    prefix: "infra",
    category: "timeout",
    tool: "timeout",
    files: project({}),
    steps: [
      {
        command: "timeout -v 3 sh -c 'until curl -s http://127.0.0.1:9/health; do sleep 1; done'",
        run: "timeout -v 3 sh -c 'until curl -s http://127.0.0.1:9/health; do echo \"service not ready\"; sleep 1; done'",
      },
    ],
    expectExit: 124,
    key: [/^timeout: sending signal/],
    locations: [],
  },
  // ---- infrastructure
  {
    name: "disk-full-python",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({ "scripts/cache.py": CACHE }),
    env: { CACHE_FILE: "/dev/full" },
    steps: [{ command: "python scripts/cache.py", run: "/usr/bin/python3 scripts/cache.py" }],
    key: [/^OSError: \[Errno 28\] No space left on device/],
    locations: [],
  },
  {
    name: "disk-full-tar",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({}),
    steps: [PYTEST_OK, { command: "tar -cf dist/site.tar shop", run: "tar -cf /dev/full shop" }],
    key: [/No space left on device/],
    locations: [],
  },
  {
    name: "disk-full-cp",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({}),
    steps: [{ command: "cp orders.json /mnt/artifacts/", run: "cp orders.json /dev/full" }],
    key: [/No space left on device/],
    locations: [],
  },
  {
    name: "oom-killed",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({ "scripts/index.py": MEM }),
    prepare: [`printf 'set -e\\npython3 scripts/index.py\\n' > build.sh`],
    steps: [PYTEST_OK, { command: "python scripts/index.py", run: "PATH=/usr/bin:/bin bash -e build.sh" }],
    expectExit: 137,
    key: [/Killed/],
    locations: [],
  },
  {
    name: "dns-curl",
    prefix: "infra",
    category: "infrastructure_error",
    tool: "curl",
    files: project({}),
    steps: [
      {
        command: "curl -fsSL https://downloads.example.invalid/tool.tar.gz -o tool.tar.gz",
        run: "curl -fsSL https://downloads.example.invalid/tool.tar.gz -o tool.tar.gz",
      },
    ],
    key: [/Could not resolve host/],
    locations: [],
  },
  {
    name: "dns-git",
    prefix: "infra",
    category: "infrastructure_error",
    tool: "git",
    files: project({}),
    steps: [
      {
        command: "git clone https://github.example.invalid/acme/fixtures.git",
        run: "git clone https://github.example.invalid/acme/fixtures.git",
      },
    ],
    key: [/Could not resolve host/],
    locations: [],
  },
  {
    name: "dns-python",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({ "scripts/rates.py": FETCH }),
    steps: [{ command: "python scripts/rates.py", run: "/usr/bin/python3 scripts/rates.py" }],
    key: [/^urllib\.error\.URLError: /],
    locations: [],
  },
  {
    name: "dns-node",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({
      "fetch.mjs":
        "const r = await fetch('https://registry.example.invalid/widgets.json');\nconsole.log(r.status);\n",
    }),
    steps: [{ command: "node fetch.mjs", run: `${process.execPath} fetch.mjs` }],
    key: [/getaddrinfo ENOTFOUND/],
    locations: [],
  },
  {
    name: "connection-refused",
    prefix: "infra",
    category: "infrastructure_error",
    tool: "curl",
    files: project({}),
    steps: [
      {
        command: "curl -sS --fail http://localhost:9/health",
        run: "curl -sS --fail http://127.0.0.1:9/health",
      },
    ],
    key: [/^curl: \(7\)/],
    locations: [],
  },
  {
    name: "http-503",
    prefix: "infra",
    category: "infrastructure_error",
    tool: "curl",
    files: project({ "server.py": SERVER_503 }),
    steps: [
      {
        command: "curl -sSf https://artifacts.example.com/widgets/latest.tgz -o latest.tgz",
        run: "/usr/bin/python3 server.py > port.txt & sleep 0.5; curl -sSf http://127.0.0.1:$(cat port.txt)/widgets/latest.tgz -o latest.tgz",
      },
    ],
    key: [/^curl: \(22\)/],
    locations: [],
  },
  {
    name: "runner-shutdown",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({}),
    steps: [
      PYTEST_OK,
      { command: "python -m pytest -v", run: "/usr/bin/python3 -m pytest -p no:cacheprovider -v; exit 143" },
    ],
    key: [
      "The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.",
    ],
    locations: [],
    tail: runnerEnding(SHUTDOWN, { keepExit: true }),
  },
  {
    name: "runner-lost",
    prefix: "infra",
    category: "infrastructure_error",
    tool: null,
    files: project({}),
    steps: [
      { command: "python -m pytest -q", run: "/usr/bin/python3 -m pytest -p no:cacheprovider -q; exit 1" },
    ],
    key: [
      "The self-hosted runner: ci-runner-03 lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
    ],
    locations: [],
    tail: runnerEnding([
      "##[error]The self-hosted runner: ci-runner-03 lost communication with the server. Verify the machine is running and has a healthy network connection. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.",
    ]),
  },
];
