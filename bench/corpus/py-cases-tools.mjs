// Linters, formatters, type checker and pip: flake8, black, isort, mypy, pip.
import { CART, project } from "./py-project.mjs";
import { lineOf } from "./py-run.mjs";

const FLAKE8 = (args = ".") => ({ command: `flake8 ${args}`, run: `flake8 ${args}` });
const BLACK_OK = { command: "black --check shop/pricing.py", run: "black --check shop/pricing.py" };
const ISORT_OK = {
  command: "isort --check-only --diff shop/pricing.py",
  run: "isort --check-only --diff shop/pricing.py",
};
const MYPY = (args) => ({ command: `mypy ${args}`, run: `mypy --cache-dir=/dev/null ${args}` });
const PIP = "python3 -m pip --isolated --disable-pip-version-check --no-cache-dir";

const CART_UNUSED = CART.replace(
  "from dataclasses import dataclass, field\n",
  "import os\nimport sys\nfrom dataclasses import dataclass, field\n",
);

const MESSY = `import json
from shop.pricing import with_tax
def to_json(cart) :
    total=with_tax(cart.subtotal())
    unused = 3
    return json.dumps({"total":total, "items":[i.name for i in cart.items]})   
`;

const UNDEFINED = `from shop.cart import Cart


def restock(cart: Cart, name: str) -> None:
    item = cart.find(name)
    if item is None:
        log.warning("missing %s", name)
        return
    item.qty += 1
`;

const BADLY_FORMATTED = `def restock(cart,name,qty = 1):
    item=cart.find( name )
    if item is None: return False
    item.qty+=qty
    return True
`;

const UNSORTED_IMPORTS = `import sys
from shop.pricing import with_tax
import json
from dataclasses import dataclass
import os


@dataclass
class Line:
    name: str


def dump(x):
    return json.dumps({"gross": with_tax(x), "argv": sys.argv, "cwd": os.getcwd()})
`;

const TYPED_BAD = `from shop.cart import Cart, Item
from shop.pricing import with_tax


def gross_total(cart: Cart) -> float:
    total: int = cart.subtotal()
    return with_tax(total)


def label(cart: Cart) -> str:
    return cart.total("10")
`;

const TYPED_OPTIONAL = `from shop.cart import Cart


def quantity_of(cart: Cart, name: str) -> int:
    item = cart.find(name)
    return item.qty


def names(cart: Cart) -> list[str]:
    return [i.name for i in cart.items]


def first_name(cart: Cart) -> str:
    if cart.items:
        return cart.items[0].name
`;

const TYPED_ATTR = `from shop.cart import Cart


def describe(cart: Cart) -> str:
    return f"{len(cart.items)} items, {cart.total_price()} EUR"
`;

const TYPED_IMPORT = `import httpx

from shop.cart import Cart


def upload(cart: Cart) -> int:
    return httpx.post("https://example.invalid", json={"n": len(cart.items)}).status_code
`;

const RUFF_CART = CART_UNUSED.replace(
  "    def subtotal(self) -> float:",
  "    def subtotal(self) -> float:\n        unused = 0",
).replace("        return None\n", "        return missing_default\n");

export const toolCases = [
  // ---- ruff (optional: gen-py installs it from a local wheel index when one is configured)
  {
    name: "ruff-check",
    category: "lint_error",
    tool: "ruff",
    needs: "ruff",
    files: project({ "shop/cart.py": RUFF_CART }),
    steps: [{ command: "ruff check .", run: '"$RUFF" check --no-cache .' }],
    key: [/^F\d{3} /],
    locations: [
      { file: "shop/cart.py", line: 1 },
      { file: "shop/cart.py", line: lineOf(RUFF_CART, "return missing_default") },
    ],
  },
  {
    name: "ruff-check-concise",
    category: "lint_error",
    tool: "ruff",
    needs: "ruff",
    files: project({ "shop/cart.py": RUFF_CART }),
    steps: [
      BLACK_OK,
      {
        command: "ruff check --output-format=concise .",
        run: '"$RUFF" check --no-cache --output-format=concise .',
      },
    ],
    key: [/: F\d{3} /],
    locations: [
      { file: "shop/cart.py", line: 2 },
      { file: "shop/cart.py", line: lineOf(RUFF_CART, "unused = 0") },
    ],
  },
  {
    name: "ruff-format-check",
    category: "format_error",
    tool: "ruff",
    needs: "ruff",
    files: project({ "shop/stock.py": BADLY_FORMATTED }),
    steps: [{ command: "ruff format --check .", run: '"$RUFF" format --no-cache --check .' }],
    key: [/unformatted: File would be reformatted/],
    locations: [{ file: "shop/stock.py" }],
  },
  {
    name: "ruff-syntax",
    category: "syntax_error",
    tool: "ruff",
    needs: "ruff",
    files: project({
      "shop/cart.py": CART.replace(
        "    def add(self, item: Item) -> None:",
        "    def add(self, item: Item) -> None",
      ),
    }),
    steps: [{ command: "ruff check .", run: '"$RUFF" check --no-cache .' }],
    key: [/^invalid-syntax: /],
    locations: [{ file: "shop/cart.py", line: lineOf(CART, "def add(self") }],
  },
  // ---- flake8 (lint_error)
  {
    name: "flake8-unused-import",
    category: "lint_error",
    tool: "flake8",
    files: project({ "shop/cart.py": CART_UNUSED }),
    steps: [BLACK_OK, FLAKE8()],
    key: [/F401/],
    locations: [
      { file: "shop/cart.py", line: 1 },
      { file: "shop/cart.py", line: 2 },
    ],
    noise: ["All checks passed!", "0 errors"],
  },
  {
    name: "flake8-mixed",
    category: "lint_error",
    tool: "flake8",
    files: project({ "shop/export.py": MESSY }),
    steps: [FLAKE8("shop")],
    key: [/^(\.\/)?shop\/export\.py:\d+:\d+: [EWF]\d+/],
    locations: [
      { file: "shop/export.py", line: 3 },
      { file: "shop/export.py", line: 5 },
      { file: "shop/export.py", line: 6 },
    ],
  },
  {
    name: "flake8-undefined-name",
    category: "lint_error",
    tool: "flake8",
    files: project({ "shop/stock.py": UNDEFINED }),
    steps: [FLAKE8("--count --statistics --show-source shop")],
    key: [/^(\.\/)?shop\/stock\.py:\d+:\d+: F821/],
    locations: [{ file: "shop/stock.py", line: 7 }],
  },
  {
    name: "flake8-tests-dir",
    category: "lint_error",
    tool: "flake8",
    files: project({
      "tests/test_extra.py": `import pytest\nfrom shop.pricing import with_tax\n\n\ndef test_zero():\n    result = with_tax(0)\n    assert with_tax(0) == 0\n`,
    }),
    steps: [FLAKE8("shop"), FLAKE8("--format=default tests")],
    key: [/F401|F841/],
    locations: [
      { file: "tests/test_extra.py", line: 1 },
      { file: "tests/test_extra.py", line: 6 },
    ],
  },
  // flake8 reports a syntax error as E999: it is the code that is broken, not its style
  {
    name: "flake8-e999",
    category: "syntax_error",
    tool: "flake8",
    files: project({
      "shop/cart.py": CART.replace(
        "    def add(self, item: Item) -> None:",
        "    def add(self, item: Item) -> None",
      ),
    }),
    steps: [FLAKE8()],
    key: [/E999/],
    locations: [{ file: "shop/cart.py", line: lineOf(CART, "def add(self") }],
  },
  // ---- black / isort (format_error)
  {
    name: "black-check",
    category: "format_error",
    tool: "black",
    files: project({ "shop/stock.py": BADLY_FORMATTED }),
    steps: [FLAKE8("--select=F shop"), { command: "black --check .", run: "black --check ." }],
    key: [/^would reformat /],
    locations: [{ file: "shop/stock.py" }],
  },
  {
    name: "black-check-diff",
    category: "format_error",
    tool: "black",
    files: project({ "shop/stock.py": BADLY_FORMATTED, "shop/misc.py": "x = {  'a':1 }\n" }),
    steps: [{ command: "black --check --diff shop", run: "black --check --diff shop" }],
    key: [/^would reformat /],
    locations: [{ file: "shop/stock.py" }, { file: "shop/misc.py" }],
  },
  {
    name: "black-color",
    category: "format_error",
    tool: "black",
    color: true,
    files: project({ "shop/stock.py": BADLY_FORMATTED }),
    steps: [
      { command: "black --check --diff --color shop tests", run: "black --check --diff --color shop tests" },
    ],
    key: [/^would reformat /],
    locations: [{ file: "shop/stock.py" }],
  },
  {
    name: "isort-check",
    category: "format_error",
    tool: "isort",
    files: project({ "shop/dump.py": UNSORTED_IMPORTS }),
    steps: [BLACK_OK, { command: "isort --check-only .", run: "isort --check-only ." }],
    key: [/^ERROR: .*Imports are incorrectly sorted/],
    locations: [{ file: "shop/dump.py" }],
  },
  {
    name: "isort-diff",
    category: "format_error",
    tool: "isort",
    files: project({ "shop/dump.py": UNSORTED_IMPORTS }),
    steps: [
      {
        command: "isort --check-only --diff --profile black shop",
        run: "isort --check-only --diff --profile black shop",
      },
    ],
    key: [/^ERROR: .*Imports are incorrectly sorted/],
    locations: [{ file: "shop/dump.py" }],
  },
  {
    name: "black-then-isort",
    category: "format_error",
    tool: "isort",
    files: project({
      "shop/dump.py": UNSORTED_IMPORTS,
      "tests/test_dump.py": "import shop.dump\nimport os\n",
    }),
    steps: [
      ISORT_OK,
      {
        command: "black --check shop && isort --check-only shop tests",
        run: "black --check shop && isort --check-only shop tests",
      },
    ],
    key: [/^ERROR: .*Imports are incorrectly sorted/],
    locations: [{ file: "shop/dump.py" }, { file: "tests/test_dump.py" }],
  },
  // ---- mypy (type_error)
  {
    name: "mypy-assignment-arg",
    category: "type_error",
    tool: "mypy",
    files: project({ "shop/totals.py": TYPED_BAD }),
    steps: [MYPY("shop")],
    key: [/: error: /],
    locations: [
      { file: "shop/totals.py", line: 6 },
      { file: "shop/totals.py", line: 11 },
    ],
  },
  {
    name: "mypy-optional",
    category: "type_error",
    tool: "mypy",
    files: project({ "shop/stock.py": TYPED_OPTIONAL }),
    steps: [FLAKE8("shop"), MYPY("--strict-optional shop")],
    key: [/: error: /],
    locations: [
      { file: "shop/stock.py", line: 6 },
      { file: "shop/stock.py", line: 13 },
    ],
  },
  {
    name: "mypy-attr-defined",
    category: "type_error",
    tool: "mypy",
    files: project({ "shop/describe.py": TYPED_ATTR }),
    steps: [MYPY("shop scripts")],
    key: [/: error: /],
    locations: [{ file: "shop/describe.py", line: 5 }],
  },
  {
    name: "mypy-pretty",
    category: "type_error",
    tool: "mypy",
    files: project({ "shop/totals.py": TYPED_BAD }),
    steps: [MYPY("--pretty shop")],
    key: [/: error: /],
    locations: [
      { file: "shop/totals.py", line: 6 },
      { file: "shop/totals.py", line: 11 },
    ],
  },
  {
    name: "mypy-color",
    category: "type_error",
    tool: "mypy",
    color: true,
    files: project({ "shop/stock.py": TYPED_OPTIONAL }),
    steps: [MYPY("--color-output shop")],
    key: [/: error: /],
    locations: [{ file: "shop/stock.py", line: 6 }],
  },
  {
    name: "mypy-strict-return",
    category: "type_error",
    tool: "mypy",
    files: project({
      "shop/report.py": `def fmt(amount):\n    return f"{amount:.2f} EUR"\n\n\ndef count(items: list[str]) -> int:\n    return str(len(items))\n`,
    }),
    steps: [MYPY("--disallow-untyped-defs shop")],
    key: [/: error: /],
    locations: [
      { file: "shop/report.py", line: 1 },
      { file: "shop/report.py", line: 6 },
    ],
  },
  // mypy cannot see a package that is not installed: an import problem, fixed by installing it
  {
    name: "mypy-missing-stub",
    category: "import_error",
    tool: "mypy",
    files: project({ "shop/upload.py": TYPED_IMPORT }),
    steps: [MYPY("shop")],
    key: [/: error: /],
    locations: [{ file: "shop/upload.py", line: 1 }],
  },
  // ---- pip (dependency_error); the index is a local HTTP server standing in for PyPI
  {
    name: "pip-no-such-package",
    category: "dependency_error",
    tool: "pip",
    files: project({}),
    steps: [
      {
        command: "python -m pip install shop-utilz==1.0",
        run: `${PIP} install --index-url "$INDEX" shop-utilz==1.0`,
      },
    ],
    key: [/^ERROR: Could not find a version/, /^ERROR: No matching distribution/],
    locations: [],
  },
  {
    name: "pip-pinned-version",
    category: "dependency_error",
    tool: "pip",
    files: project({ "requirements.txt": "shop-utils==9.9.9\n" }),
    steps: [
      {
        command: "python -m pip install -r requirements.txt",
        run: `${PIP} install --index-url "$INDEX" --target _deps -r requirements.txt`,
      },
    ],
    key: [/^ERROR: Could not find a version/, /^ERROR: No matching distribution/],
    locations: [],
  },
  {
    name: "pip-conflict",
    category: "dependency_error",
    tool: "pip",
    files: project({ "requirements.txt": "shop-a==1.0.0\nshop-b==1.0.0\n" }),
    steps: [
      {
        command: "python -m pip install -r requirements.txt",
        run: `${PIP} install --no-index --find-links "$WHEELS" --target _deps -r requirements.txt`,
      },
    ],
    key: [/^ERROR: Cannot install/, /^ERROR: ResolutionImpossible/],
    locations: [{ file: "requirements.txt" }],
  },
  {
    name: "pip-missing-requirements-file",
    category: "dependency_error",
    tool: "pip",
    files: project({}),
    steps: [
      {
        command: "python -m pip install -r requirements-dev.txt",
        run: `${PIP} install -r requirements-dev.txt`,
      },
    ],
    key: [/^ERROR: Could not open requirements file/],
    locations: [],
  },
  {
    name: "pip-requires-python",
    category: "dependency_error",
    tool: "pip",
    files: project({}),
    steps: [
      {
        command: "python -m pip install 'shop-new>=2'",
        run: `${PIP} install --no-index --find-links "$WHEELS" --target _deps 'shop-new>=2'`,
      },
    ],
    key: [/^ERROR: Package '.*' requires a different Python/],
    locations: [],
  },
  {
    name: "pip-hash-mismatch",
    category: "dependency_error",
    tool: "pip",
    files: project({
      "requirements.txt":
        "shop-c==1.0.0 --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000\n",
    }),
    steps: [
      {
        command: "python -m pip install --require-hashes -r requirements.txt",
        run: `${PIP} install --no-index --find-links "$WHEELS" --target _deps --require-hashes -r requirements.txt`,
      },
    ],
    key: [/^ERROR: THESE PACKAGES DO NOT MATCH THE HASHES/],
    locations: [],
  },
  {
    name: "pip-build-deps",
    category: "dependency_error",
    tool: "pip",
    files: project({
      "pyproject.toml":
        '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "shop"\nversion = "0.1.0"\n',
    }),
    steps: [
      { command: "python -m pip install .", run: `${PIP} install --index-url "$INDEX" --target _deps .` },
    ],
    key: [
      /× pip subprocess to install build dependencies did not run successfully\./,
      /ERROR: Could not find a version that satisfies the requirement setuptools/,
    ],
    locations: [],
  },
  {
    name: "pip-externally-managed",
    category: "dependency_error",
    tool: "pip",
    files: project({}),
    steps: [
      {
        command: "pip3 install --user shop-utils",
        run: "/usr/bin/python3 -m pip install --isolated shop-utils",
      },
    ],
    key: [/^error: externally-managed-environment/],
    locations: [],
  },
];
