// Python programs that crash (syntax, import and runtime errors with real tracebacks).
import { CART, ORDERS, REPORT, project } from "./py-project.mjs";
import { lineOf } from "./py-run.mjs";

const report = (args = "") => ({
  command: `python scripts/report.py ${args}`.trim(),
  run: `PYTHONPATH=. /usr/bin/python3 scripts/report.py ${args}`,
});
const PYTEST_OK = {
  command: "python -m pytest -q",
  run: "/usr/bin/python3 -m pytest -q -p no:cacheprovider",
};
const LOG_NOISE = [
  "WARNING: Running pip as the 'root' user can result in broken permissions",
  "Requirement already satisfied: pytest>=7 in /opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/site-packages (8.3.3)",
  "0 errors, 0 warnings",
];

const ERRORS = `class ConfigError(Exception):
    """The report's settings are incomplete."""
`;

const SETTINGS = `import os

from shop.errors import ConfigError

DEFAULTS = {"currency": "EUR"}


def setting(name):
    try:
        return os.environ[f"SHOP_{name.upper()}"]
    except KeyError as exc:
        raise ConfigError(f"missing setting {name!r}") from exc


def region():
    return setting("region")
`;

const REPORT_SETTINGS = REPORT.replace(
  "import json\n",
  "import json\n\nfrom shop.settings import region\n",
).replace(
  '    print(f"items: {len(cart.items)}")',
  '    print(f"region: {region()}")\n    print(f"items: {len(cart.items)}")',
);

const CIRC_A = `from shop.rules import apply_rules


def price_of(item):
    return apply_rules(item.price)
`;
const CIRC_B = `from shop.catalog import price_of

RULES = []


def apply_rules(price):
    return price
`;

const RECURSIVE = `def depth(node):
    return 1 + depth(node.get("child", node))


if __name__ == "__main__":
    print(depth({"name": "root"}))
`;

const PARSE_TABS = `def parse(rows):
    out = []
    for row in rows:
        if row:
            out.append(row)
\t        out.sort()
    return out
`;

const REL = `from .pricing import with_tax


def gross(amount):
    return with_tax(amount)


if __name__ == "__main__":
    print(gross(10))
`;

const TASKS = `import asyncio


async def fetch_price(name):
    prices = {"pen": 1.5}
    return prices[name]


async def main():
    async with asyncio.TaskGroup() as tg:
        for name in ("pen", "lamp"):
            tg.create_task(fetch_price(name))


asyncio.run(main())
`;

const POLL = `import subprocess

subprocess.run(["sleep", "5"], check=True, timeout=1)
`;

export const codeCases = [
  // ---- syntax
  {
    name: "syntax-missing-colon",
    category: "syntax_error",
    tool: "python",
    files: project({ "scripts/report.py": REPORT.replace("def main(argv):", "def main(argv)") }),
    steps: [PYTEST_OK, report()],
    key: [/^SyntaxError: /],
    locations: [{ file: "scripts/report.py", line: lineOf(REPORT, "def main(argv):") }],
    noise: LOG_NOISE,
  },
  {
    name: "syntax-indentation",
    category: "syntax_error",
    tool: "python",
    files: project({
      "scripts/report.py": REPORT.replace("        cart.add(Item(row", "    cart.add(Item(row"),
    }),
    steps: [report()],
    key: [/^IndentationError: /],
    locations: [{ file: "scripts/report.py", line: lineOf(REPORT, "cart.add(Item(row") }],
  },
  {
    name: "syntax-in-imported-module",
    category: "syntax_error",
    tool: "python",
    files: project({
      "shop/cart.py": CART.replace("        return None\n", "        return None,\n    )\n"),
    }),
    steps: [report()],
    key: [/^SyntaxError: /],
    locations: [{ file: "shop/cart.py", line: lineOf(CART, "        return None") + 1 }],
  },
  {
    name: "syntax-compileall",
    category: "syntax_error",
    tool: "python",
    files: project({ "shop/pricing.py": `"""Price helpers."""\n\nTAX_RATE = 0.2\nCURRENCY = "EUR\n` }),
    steps: [{ command: "python -m compileall -q shop", run: "/usr/bin/python3 -m compileall -q shop" }],
    key: [/^\*\*\* Error compiling/, /^SyntaxError: /],
    locations: [{ file: "shop/pricing.py", line: 4 }],
  },
  {
    name: "syntax-taberror",
    category: "syntax_error",
    tool: "python",
    files: project({ "shop/parse.py": PARSE_TABS }),
    steps: [{ command: "python -c 'import shop.parse'", run: "/usr/bin/python3 -c 'import shop.parse'" }],
    key: [/^TabError: /],
    locations: [{ file: "shop/parse.py", line: 6 }],
  },
  {
    name: "syntax-fstring",
    category: "syntax_error",
    tool: "python",
    files: project({
      "scripts/report.py": REPORT.replace(
        `print(f"items: {len(cart.items)}")`,
        `print(f"items: {len(cart.items)")`,
      ),
    }),
    steps: [report()],
    key: [/^SyntaxError: /],
    locations: [{ file: "scripts/report.py", line: lineOf(REPORT, `print(f"items:`) }],
  },
  // ---- imports
  {
    name: "import-local-module",
    category: "import_error",
    tool: "python",
    files: project({
      "scripts/report.py": REPORT.replace("from shop.cart import", "from shop.basket import"),
    }),
    steps: [report()],
    key: [/^ModuleNotFoundError: /],
    locations: [{ file: "scripts/report.py", line: lineOf(REPORT, "from shop.cart import") }],
  },
  {
    name: "import-third-party",
    category: "import_error",
    tool: "python",
    files: project({ "scripts/report.py": REPORT.replace("import json\n", "import json\n\nimport httpx\n") }),
    steps: [PYTEST_OK, report()],
    key: [/^ModuleNotFoundError: /],
    locations: [{ file: "scripts/report.py", line: 3 }],
    noise: LOG_NOISE,
  },
  {
    name: "import-cannot-import-name",
    category: "import_error",
    tool: "python",
    files: project({ "scripts/report.py": REPORT.replace("import Cart, Item", "import Cart, Item, Order") }),
    steps: [report()],
    key: [/^ImportError: cannot import name/],
    locations: [{ file: "scripts/report.py", line: lineOf(REPORT, "from shop.cart import") }],
  },
  {
    name: "import-circular",
    category: "import_error",
    tool: "python",
    files: project({ "shop/catalog.py": CIRC_A, "shop/rules.py": CIRC_B }),
    steps: [{ command: "python -c 'import shop.catalog'", run: "/usr/bin/python3 -c 'import shop.catalog'" }],
    key: [/^ImportError: cannot import name .*circular import/],
    locations: [{ file: "shop/rules.py", line: 1 }],
  },
  {
    name: "import-relative-no-parent",
    category: "import_error",
    tool: "python",
    files: project({ "shop/gross.py": REL }),
    steps: [{ command: "python shop/gross.py", run: "/usr/bin/python3 shop/gross.py" }],
    key: [/^ImportError: attempted relative import/],
    locations: [{ file: "shop/gross.py", line: 1 }],
  },
  // ---- runtime
  {
    name: "runtime-keyerror",
    category: "runtime_error",
    tool: "python",
    files: project({ "orders.json": JSON.stringify({ lines: [] }) + "\n" }),
    steps: [PYTEST_OK, report()],
    key: [/^KeyError: /],
    locations: [{ file: "scripts/report.py", line: lineOf(REPORT, 'build_cart(data["items"])') }],
    noise: LOG_NOISE,
  },
  {
    name: "runtime-typeerror",
    category: "runtime_error",
    tool: "python",
    files: project({ "orders.json": ORDERS.replace("1.5", '"1.5"') + "\n" }),
    steps: [report()],
    key: [/^TypeError: /],
    locations: [{ file: "shop/cart.py", line: lineOf(CART, "i.price * i.qty") }],
  },
  {
    name: "runtime-filenotfound",
    category: "runtime_error",
    tool: "python",
    files: project({ "orders.json": null }),
    steps: [report()],
    key: [/^FileNotFoundError: /],
    locations: [{ file: "scripts/report.py", line: lineOf(REPORT, "with open(path)") }],
  },
  {
    name: "runtime-chained-custom",
    category: "runtime_error",
    tool: "python",
    files: project({
      "shop/errors.py": ERRORS,
      "shop/settings.py": SETTINGS,
      "scripts/report.py": REPORT_SETTINGS,
    }),
    steps: [report()],
    key: [/^KeyError: 'SHOP_REGION'/, /^shop\.errors\.ConfigError: /],
    locations: [{ file: "shop/settings.py", line: lineOf(SETTINGS, "raise ConfigError") }],
  },
  {
    name: "runtime-recursion",
    category: "runtime_error",
    tool: "python",
    files: project({ "scripts/tree.py": RECURSIVE }),
    steps: [{ command: "python scripts/tree.py", run: "/usr/bin/python3 scripts/tree.py" }],
    key: [/^RecursionError: /],
    locations: [{ file: "scripts/tree.py", line: 2 }],
  },
  {
    name: "runtime-valueerror",
    category: "runtime_error",
    tool: "python",
    files: project({ "orders.json": ORDERS.replace('"discount": 10', '"discount": 120') + "\n" }),
    steps: [report()],
    key: [/^ValueError: percent out of range/],
    locations: [{ file: "shop/pricing.py", line: 12 }],
  },
  {
    name: "runtime-exception-group",
    category: "runtime_error",
    tool: "python",
    files: project({ "scripts/prices.py": TASKS }),
    steps: [{ command: "python scripts/prices.py", run: "/usr/bin/python3 scripts/prices.py" }],
    key: [/\| ExceptionGroup: /, /\| KeyError: 'lamp'/],
    locations: [{ file: "scripts/prices.py", line: 6 }],
  },
  // subprocess.TimeoutExpired: a command the program waits on took too long
  {
    name: "timeout-subprocess",
    prefix: "infra",
    category: "timeout",
    tool: "python",
    files: project({ "scripts/poll.py": POLL }),
    steps: [{ command: "python scripts/poll.py", run: "/usr/bin/python3 scripts/poll.py" }],
    key: [/^subprocess\.TimeoutExpired: /],
    locations: [{ file: "scripts/poll.py", line: 3 }],
  },
];
