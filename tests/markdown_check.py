"""Read an export back with markdown-it-py the way a CommonMark + GFM-table renderer would."""

from __future__ import annotations

import json
import re

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.front_matter import front_matter_plugin

from tui.export import visible

PARSER = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)


def parse(markdown: str) -> SyntaxTreeNode:
    return SyntaxTreeNode(PARSER.parse(markdown))


def canonical(text: str) -> str:
    """What an escaped text must render as: its visible form, paragraphs separated by exactly
    one blank line, no blank lines around it."""
    return re.sub(r"\n{3,}", "\n\n", visible(text).strip("\n"))


def literal(inline: SyntaxTreeNode) -> str:
    """The text of an inline node that must hold only literal text (fails on any markup)."""
    parts = []
    for child in inline.children:
        assert child.type in {"text", "softbreak"}, f"interpreted as {child.type}: {inline}"
        parts.append(child.content if child.type == "text" else "\n")
    return "".join(parts)


def rendered_text(inline: SyntaxTreeNode) -> str:
    """The visible text of an inline node whatever its markup (for generated headers)."""
    parts = []
    for child in inline.walk():
        if child.type == "text":
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
    return "".join(parts)


def paragraphs(nodes: list[SyntaxTreeNode]) -> str:
    """Paragraph nodes as text, one blank line between them, nothing else allowed."""
    texts = []
    for node in nodes:
        assert node.type == "paragraph", f"expected a paragraph, got {node.type}"
        texts.append(literal(node.children[0]))
    return "\n\n".join(texts)


def front_matter(tree: SyntaxTreeNode) -> dict[str, object]:
    """The front matter's fields; every value is a JSON-compatible YAML flow scalar."""
    first = tree.children[0]
    assert first.type == "front_matter"
    fields: dict[str, object] = {}
    for line in first.content.splitlines():
        key, sep, value = line.partition(": ")
        assert sep and re.fullmatch(r"[a-z_]+", key), line
        fields[key] = json.loads(value)
    return fields


def blockquotes(tree: SyntaxTreeNode) -> list[str]:
    return [paragraphs(node.children) for node in tree.walk() if node.type == "blockquote"]


def headings(tree: SyntaxTreeNode, tag: str) -> list[str]:
    return [
        rendered_text(node.children[0])
        for node in tree.walk()
        if node.type == "heading" and node.tag == tag
    ]


def note_items(tree: SyntaxTreeNode) -> list[tuple[str, str]]:
    """(header, text) of every note: list items whose first paragraph starts with "Note"."""
    notes = []
    for node in tree.walk():
        if node.type != "list_item" or node.children[0].type != "paragraph":
            continue
        header = rendered_text(node.children[0].children[0])
        if header.startswith("Note, "):
            notes.append((header, paragraphs(node.children[1:])))
    return notes


def table_rows(tree: SyntaxTreeNode) -> list[list[str]]:
    tables = [node for node in tree.walk() if node.type == "table"]
    assert len(tables) == 1
    return [
        [rendered_text(cell.children[0]) if cell.children else "" for cell in row.children]
        for row in tables[0].walk()
        if row.type == "tr"
    ]
