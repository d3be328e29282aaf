"""Building the catalog tree from a flat, ordered list."""
from types import SimpleNamespace as Item

from zwgk.lib.tree import build_tree, sum_counts, walk


def items():
    return [Item(id=1, parent_id=None, name="概况"), Item(id=2, parent_id=1, name="机构"),
            Item(id=5, parent_id=None, name="政策"), Item(id=3, parent_id=2, name="领导"),
            Item(id=4, parent_id=1, name="职能"), Item(id=9, parent_id=77, name="孤儿")]


def test_children_follow_the_list_order_under_their_parents():
    roots = build_tree(items())
    assert [n.item.name for n in roots] == ["概况", "政策", "孤儿"]  # a missing parent makes a root
    assert [n.item.name for n in roots[0].children] == ["机构", "职能"]
    assert [n.item.name for n in roots[0].children[0].children] == ["领导"]
    assert [n.item.name for n in walk(roots)] == ["概况", "机构", "领导", "职能", "政策", "孤儿"]
    assert [i.name for i in roots[0].descendants] == ["概况", "机构", "领导", "职能"]


def test_counts_add_up_the_descendants():
    roots = build_tree(items())
    own = {1: 1, 2: 10, 3: 100, 4: 1000, 5: 7}
    sum_counts(roots, lambda item: own.get(item.id, 0))
    assert [n.count for n in roots] == [1111, 7, 0]
    assert roots[0].children[0].count == 110


def test_other_keys_can_be_used():
    rows = [{"pk": "a", "up": None}, {"pk": "b", "up": "a"}]
    roots = build_tree(rows, key=lambda r: r["pk"], parent=lambda r: r["up"])
    assert roots[0].children[0].item["pk"] == "b"
