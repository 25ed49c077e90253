// pytest and unittest failures (test_failure), plus collection/import/syntax errors they report.
import { CART, PRICING, TEST_CART, TEST_PRICING, project } from "./py-project.mjs";
import { lineOf } from "./py-run.mjs";

const PYTEST = "/usr/bin/python3 -m pytest -p no:cacheprovider";
const COMPILE = { command: "python -m compileall -q shop", run: "/usr/bin/python3 -m compileall -q shop" };
const FLAKE_OK = { command: "flake8 shop", run: "flake8 shop" };
const pytest = (args = "") => ({ command: `python -m pytest ${args}`.trim(), run: `${PYTEST} ${args}` });

const DEPRECATION = [
  "/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/site-packages/pkg_resources/__init__.py:121: DeprecationWarning: pkg_resources is deprecated as an API",
  '  warnings.warn("pkg_resources is deprecated as an API", DeprecationWarning)',
  "Successfully installed iniconfig-2.0.0 packaging-24.1 pluggy-1.5.0 pytest-8.3.3",
  "found 0 vulnerabilities",
];

const CART_QTY_BUG = CART.replace("i.price * i.qty for i", "i.price for i");

const TEST_PARAM = `import pytest

from shop.pricing import with_tax


@pytest.mark.parametrize(
    "amount, expected",
    [(10, 12.0), (0, 0.0), (19.99, 23.98), (100, 120.0), (2.5, 3.0)],
)
def test_with_tax(amount, expected):
    assert with_tax(amount) == expected
`;

const TEST_FIXTURE_ERR = `import pytest

from shop.cart import Cart, Item


@pytest.fixture
def stocked_cart():
    cart = Cart()
    cart.add(Item("pen", 1.5))
    raise RuntimeError("inventory service not configured")


def test_totals_basic():
    assert Cart().subtotal() == 0


def test_stocked_subtotal(stocked_cart):
    assert stocked_cart.subtotal() == 1.5
`;

const TEST_FIXTURE_MISSING = `from shop.cart import Item


def test_item_defaults():
    assert Item("pen", 1.5).qty == 1


def test_cart_factory(cart_factory):
    assert cart_factory(3).subtotal() == 4.5
`;

const TEST_DICT = `from shop.cart import Cart, Item


def summary(cart):
    return {"count": len(cart.items), "subtotal": cart.subtotal(), "currency": "EUR"}


def test_summary():
    cart = Cart()
    cart.add(Item("pen", 1.5, qty=2))
    assert summary(cart) == {"count": 1, "subtotal": 3.0, "currency": "USD"}


def test_empty_summary():
    assert summary(Cart())["count"] == 0
`;

const TEST_RAISES = TEST_PRICING.replace(
  "def test_discount_rejects_negative():",
  `def test_discount_rejects_over_100():
    with pytest.raises(ValueError):
        discount(10, 100)


def test_discount_rejects_negative():`,
);

const TEST_UNITTEST = `import unittest

from shop.cart import Cart, Item
from shop.pricing import with_tax


class PricingTest(unittest.TestCase):
    def test_tax(self):
        self.assertEqual(with_tax(10), 12.0)

    def test_tax_rounding(self):
        self.assertEqual(with_tax(19.99), 23.99)


class CartTest(unittest.TestCase):
    def test_empty(self):
        self.assertEqual(Cart().subtotal(), 0)

    def test_lookup(self):
        cart = Cart()
        cart.add(Item("pen", 1.5))
        self.assertEqual(cart.find("pen").qty, 1)


if __name__ == "__main__":
    unittest.main()
`;

const TEST_UNITTEST_ERR = TEST_UNITTEST.replace(
  `        self.assertEqual(cart.find("pen").qty, 1)`,
  `        self.assertEqual(cart.find("pencil").qty, 1)`,
);

const TEST_ZERO = `from shop.cart import Cart, Item


def average_price(cart):
    return cart.subtotal() / len(cart.items)


def test_average_price():
    cart = Cart()
    cart.add(Item("pen", 2.0, qty=2))
    assert average_price(cart) == 4.0


def test_average_price_empty():
    assert average_price(Cart()) == 0
`;

export const testCases = [
  {
    name: "pytest-assert",
    category: "test_failure",
    tool: "pytest",
    files: project({ "shop/cart.py": CART_QTY_BUG }),
    steps: [COMPILE, pytest()],
    key: [/^FAILED /, /^E {7}(AssertionError: )?assert /],
    locations: [
      { file: "tests/test_cart.py", line: lineOf(TEST_CART, "== 18.0") },
      { file: "tests/test_cart.py", line: lineOf(TEST_CART, "== 19.44") },
    ],
    noise: DEPRECATION,
  },
  {
    name: "pytest-exception-in-code",
    category: "test_failure",
    tool: "pytest",
    files: project({ "tests/test_stats.py": TEST_ZERO }),
    steps: [FLAKE_OK, pytest("-q")],
    key: [/^FAILED /, /^E {7}ZeroDivisionError/],
    locations: [{ file: "tests/test_stats.py", line: lineOf(TEST_ZERO, "/ len(cart.items)") }],
  },
  {
    name: "pytest-verbose-param",
    category: "test_failure",
    tool: "pytest",
    files: project({ "tests/test_tax.py": TEST_PARAM }),
    steps: [pytest("-v")],
    key: [/^FAILED /, /^E {7}(AssertionError: )?assert /],
    locations: [{ file: "tests/test_tax.py", line: lineOf(TEST_PARAM, "assert with_tax") }],
  },
  {
    name: "pytest-fixture-error",
    category: "test_failure",
    tool: "pytest",
    files: project({ "tests/test_stock.py": TEST_FIXTURE_ERR }),
    steps: [pytest("-ra")],
    key: [/^ERROR tests\/test_stock/, /^E {7}RuntimeError/],
    locations: [{ file: "tests/test_stock.py", line: lineOf(TEST_FIXTURE_ERR, "raise RuntimeError") }],
  },
  {
    name: "pytest-fixture-missing",
    category: "test_failure",
    tool: "pytest",
    files: project({ "tests/test_factory.py": TEST_FIXTURE_MISSING }),
    steps: [pytest()],
    key: [/^ERROR tests\/test_factory/, /^E {7}fixture 'cart_factory' not found/],
    locations: [
      { file: "tests/test_factory.py", line: lineOf(TEST_FIXTURE_MISSING, "def test_cart_factory") },
    ],
  },
  {
    name: "pytest-color-dict",
    category: "test_failure",
    tool: "pytest",
    color: true,
    files: project({ "tests/test_summary.py": TEST_DICT }),
    steps: [pytest("--color=yes")],
    key: [/^FAILED /, /^E {7}AssertionError: assert /],
    locations: [{ file: "tests/test_summary.py", line: lineOf(TEST_DICT, '"currency": "USD"') }],
  },
  {
    name: "pytest-did-not-raise",
    category: "test_failure",
    tool: "pytest",
    files: project({ "tests/test_pricing.py": TEST_RAISES }),
    steps: [COMPILE, pytest("-q --tb=short")],
    key: [/^FAILED /, /^E {3}Failed: DID NOT RAISE/],
    locations: [{ file: "tests/test_pricing.py", line: lineOf(TEST_RAISES, "discount(10, 100)") - 1 }],
  },
  // pytest printing plain Python tracebacks (--tb=native) and one line per failure (--tb=line)
  {
    name: "pytest-tb-native",
    category: "test_failure",
    tool: "pytest",
    files: project({ "tests/test_stats.py": TEST_ZERO }),
    steps: [pytest("--tb=native")],
    key: [/^FAILED /, /^ZeroDivisionError/],
    locations: [{ file: "tests/test_stats.py", line: lineOf(TEST_ZERO, "/ len(cart.items)") }],
  },
  {
    name: "pytest-tb-line",
    category: "test_failure",
    tool: "pytest",
    files: project({ "shop/cart.py": CART_QTY_BUG }),
    steps: [pytest("--tb=line -q")],
    key: [/^FAILED /, /test_cart\.py:\d+: /],
    locations: [
      { file: "tests/test_cart.py", line: lineOf(TEST_CART, "== 18.0") },
      { file: "tests/test_cart.py", line: lineOf(TEST_CART, "== 19.44") },
    ],
  },
  {
    name: "unittest-fail",
    category: "test_failure",
    tool: "unittest",
    files: project({ "tests/test_legacy.py": TEST_UNITTEST.replace("23.99)", "23.98)") }),
    steps: [
      {
        command: "python -m unittest discover -s tests -p 'test_legacy.py' -v",
        run: "PYTHONPATH=. /usr/bin/python3 -m unittest discover -s tests -p 'test_legacy.py' -v",
      },
    ],
    key: [/^FAIL: test_tax_rounding/, /^AssertionError: 23\.99 != 23\.98/],
    locations: [{ file: "tests/test_legacy.py", line: lineOf(TEST_UNITTEST, "23.99)") }],
  },
  {
    name: "unittest-error",
    category: "test_failure",
    tool: "unittest",
    files: project({ "tests/test_legacy.py": TEST_UNITTEST_ERR }),
    steps: [
      {
        command: "python -m unittest tests.test_legacy",
        run: "/usr/bin/python3 -m unittest tests.test_legacy",
      },
    ],
    key: [/^ERROR: test_lookup/, /^AttributeError: 'NoneType' object has no attribute 'qty'/],
    locations: [{ file: "tests/test_legacy.py", line: lineOf(TEST_UNITTEST_ERR, '"pencil"') }],
    prepare: ["touch tests/__init__.py"],
  },
  // pytest refusing to start: a plugin's option without the plugin (pytest-cov is not installed)
  {
    name: "pytest-missing-plugin",
    category: "dependency_error",
    tool: "pytest",
    files: project({ "setup.cfg": "[tool:pytest]\naddopts = --cov=shop --cov-report=term-missing\n" }),
    steps: [COMPILE, pytest()],
    key: [/error: unrecognized arguments: --cov=shop/],
    locations: [],
  },
  // collection errors: the test run never started, so the category is what broke the import
  {
    name: "pytest-collect-modulenotfound",
    category: "import_error",
    tool: "pytest",
    files: project({
      "tests/test_cart.py": TEST_CART.replace("from shop.cart import", "from shop.basket import"),
    }),
    steps: [COMPILE, pytest()],
    key: [/^E {3}ModuleNotFoundError/, /^ERROR tests\/test_cart\.py/],
    locations: [{ file: "tests/test_cart.py", line: 1 }],
  },
  {
    name: "pytest-collect-cannot-import",
    category: "import_error",
    tool: "pytest",
    files: project({
      "tests/test_pricing.py": TEST_PRICING.replace("import discount, with_tax", "import discount, with_vat"),
    }),
    steps: [pytest("-q")],
    key: [/^E {3}ImportError: cannot import name/, /^ERROR tests\/test_pricing\.py/],
    locations: [{ file: "tests/test_pricing.py", line: 3 }],
  },
  {
    name: "pytest-collect-syntax",
    category: "syntax_error",
    tool: "pytest",
    files: project({
      "shop/pricing.py": PRICING.replace(
        "return round(amount * (1 + TAX_RATE), 2)",
        "return round(amount * (1 + TAX_RATE, 2)",
      ),
    }),
    steps: [pytest()],
    key: [/^E {3}SyntaxError/, /^ERROR tests\/test_pricing\.py/],
    locations: [
      { file: "shop/pricing.py", line: lineOf(PRICING, "return round(amount * (1 + TAX_RATE), 2)") },
    ],
  },
  {
    name: "pytest-collect-indent",
    category: "syntax_error",
    tool: "pytest",
    files: project({
      "shop/cart.py": CART.replace(
        "        self.items.append(item)",
        "      self.items.append(item)\n        return None",
      ),
    }),
    steps: [pytest("-q")],
    key: [/^E {3}IndentationError/],
    locations: [{ file: "shop/cart.py", line: lineOf(CART, "self.items.append(item)") + 1 }],
  },
  {
    name: "unittest-import",
    category: "import_error",
    tool: "unittest",
    files: project({
      "tests/test_legacy.py": TEST_UNITTEST.replace(
        "from shop.pricing import with_tax",
        "from shop.tax import with_tax",
      ),
    }),
    prepare: ["touch tests/__init__.py"],
    steps: [{ command: "python -m unittest discover -v", run: "/usr/bin/python3 -m unittest discover -v" }],
    key: [/^ImportError: Failed to import test module/, /^ModuleNotFoundError: No module named 'shop\.tax'/],
    locations: [{ file: "tests/test_legacy.py", line: 4 }],
  },
];
