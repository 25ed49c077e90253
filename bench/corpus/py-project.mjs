// The small, correct Python project every gen-py case starts from; each case breaks one thing.
export const PRICING = `"""Price helpers."""

TAX_RATE = 0.2


def with_tax(amount: float) -> float:
    return round(amount * (1 + TAX_RATE), 2)


def discount(amount: float, percent: int) -> float:
    if not 0 <= percent <= 100:
        raise ValueError(f"percent out of range: {percent}")
    return round(amount * (100 - percent) / 100, 2)
`;

export const CART = `from dataclasses import dataclass, field
from typing import Optional

from shop.pricing import discount, with_tax


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1


@dataclass
class Cart:
    items: list[Item] = field(default_factory=list)

    def add(self, item: Item) -> None:
        self.items.append(item)

    def find(self, name: str) -> Optional[Item]:
        for item in self.items:
            if item.name == name:
                return item
        return None

    def subtotal(self) -> float:
        return round(sum(i.price * i.qty for i in self.items), 2)

    def total(self, percent_off: int = 0) -> float:
        return with_tax(discount(self.subtotal(), percent_off))
`;

export const REPORT = `import json
import sys

from shop.cart import Cart, Item


def load(path):
    with open(path) as f:
        return json.load(f)


def build_cart(rows):
    cart = Cart()
    for row in rows:
        cart.add(Item(row["name"], row["price"], row.get("qty", 1)))
    return cart


def main(argv):
    data = load(argv[1] if len(argv) > 1 else "orders.json")
    cart = build_cart(data["items"])
    print(f"items: {len(cart.items)}")
    print(f"total: {cart.total(data.get('discount', 0))}")


if __name__ == "__main__":
    main(sys.argv)
`;

export const TEST_PRICING = `import pytest

from shop.pricing import discount, with_tax


def test_with_tax():
    assert with_tax(10) == 12.0


def test_discount_half():
    assert discount(10, 50) == 5.0


def test_discount_rejects_negative():
    with pytest.raises(ValueError):
        discount(10, -5)
`;

export const TEST_CART = `from shop.cart import Cart, Item


def make_cart():
    cart = Cart()
    cart.add(Item("pen", 1.5, qty=4))
    cart.add(Item("book", 12.0))
    return cart


def test_subtotal_counts_quantity():
    assert make_cart().subtotal() == 18.0


def test_total_with_discount():
    assert make_cart().total(percent_off=10) == 19.44


def test_find_missing_returns_none():
    assert make_cart().find("lamp") is None
`;

export const ORDERS = JSON.stringify(
  {
    items: [
      { name: "pen", price: 1.5, qty: 4 },
      { name: "book", price: 12.0 },
    ],
    discount: 10,
  },
  null,
  2,
);

export const DEPLOY_SH = `#!/usr/bin/env bash
set -euo pipefail

target="\${1:-staging}"
echo "deploying to \${target}"
`;

/** The project's files; pass overrides ({path: content | null}) to break or drop one. */
export function project(overrides = {}) {
  const files = {
    "shop/__init__.py": "",
    "shop/pricing.py": PRICING,
    "shop/cart.py": CART,
    "scripts/report.py": REPORT,
    "tests/test_pricing.py": TEST_PRICING,
    "tests/test_cart.py": TEST_CART,
    "orders.json": ORDERS + "\n",
    "requirements.txt": "pytest>=7\n",
    "setup.cfg": "[flake8]\nmax-line-length = 100\nexclude = .git,__pycache__,.venv\n",
    "scripts/deploy.sh": DEPLOY_SH,
  };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  return files;
}
