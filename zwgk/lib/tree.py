"""Nested nodes from a flat, ordered list of items that name their parent (the catalog tree)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Node:
    item: Any
    children: list["Node"] = field(default_factory=list)
    count: int = 0  # e.g. visible records under this node, children included

    @property
    def descendants(self) -> list:
        out = [self.item]
        for child in self.children:
            out.extend(child.descendants)
        return out


def build_tree(items, *, key: Callable = lambda i: i.id, parent: Callable = lambda i: i.parent_id) -> list[Node]:
    """Roots in the items' order, each with its children in the items' order. An item whose
    parent is not among the items is a root."""
    items = list(items)
    nodes = {key(item): Node(item) for item in items}
    roots = []
    for item in items:
        above = nodes.get(parent(item))
        (above.children if above is not None else roots).append(nodes[key(item)])
    return roots


def sum_counts(roots: list[Node], own: Callable[[Any], int]) -> None:
    """Set each node's count to its own count plus its descendants'."""

    def total(node: Node) -> int:
        node.count = own(node.item) + sum(total(child) for child in node.children)
        return node.count

    for root in roots:
        total(root)


def walk(roots: list[Node]):
    """Every node, depth first, in document order."""
    for node in roots:
        yield node
        yield from walk(node.children)
