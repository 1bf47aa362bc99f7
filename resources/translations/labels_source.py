"""Writes the domain's Swedish labels as QT_TRANSLATE_NOOP lines, so lupdate can see them.

Run by `make translations`; the output goes to build/ and is never committed.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sstdesk.domain.codes import _LABELS  # noqa: E402
from sstdesk.domain.guidance import STEPS  # noqa: E402
from sstdesk.domain.phrase import SEPARATORS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2] / "sstdesk"


def _words(template: str) -> bool:
    """Does the template say anything itself ("{name} ({role})" does not)?"""
    return any(ch.isalpha() for ch in re.sub(r"\{\w+\}", "", template))


# The window's own code (tr), and what never speaks through the window (the terminal's
# commands, the server, the bundle's self-check).
NOT_IN_THE_WINDOW = {"ui", "server", "cli.py", "selfcheck.py"}

# A fixed sentence in an error: said through the "domain" context by exact lookup.
_SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(och|inte|ett|en|att|för|som|Ange|Välj|finns|kan|har|ska)\b")


def _says_why(node: ast.Call, parents: dict) -> bool:
    """Is this call an error being raised, or an error's own __init__ passing its message?"""
    func = node.func
    return isinstance(parents.get(node), ast.Raise) or (
        isinstance(func, ast.Attribute) and func.attr == "__init__"
    )


def phrases() -> tuple[list[str], list[str]]:
    """The templates of every Phrase("…") and Phrase.plural(n, "…", "…") outside the ui."""
    plain, counted = [], []
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT).parts
        if parts[0] in NOT_IN_THE_WINDOW:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
            texts = [t for t in texts if isinstance(t, str)]
            func = node.func
            if isinstance(func, ast.Name) and func.id == "Phrase" and texts and _words(texts[0]):
                plain.append(texts[0])
            elif _says_why(node, parents):
                plain += [t for t in texts if _SWEDISH.search(t)]
            elif isinstance(func, ast.Attribute) and func.attr == "plural" and texts:
                counted.append(texts[-1])
    return list(dict.fromkeys(plain)), list(dict.fromkeys(counted))


def lines() -> list[str]:
    found = ["from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject", ""]
    for labels in _LABELS.values():
        for text in labels.values():
            found.append(f"QT_TRANSLATE_NOOP({'codes'!r}, {text!r})")
    for step in STEPS.values():
        for text in (step.text, step.why):
            found.append(f"QT_TRANSLATE_NOOP({'guidance'!r}, {text!r})")
    plain, counted = phrases()
    for text in [*plain, *SEPARATORS]:
        found.append(f"QT_TRANSLATE_NOOP({'domain'!r}, {text!r})")
    # lupdate sees "%n" plurals only in self.tr, with the class as the context.
    found += ["", "", "class domain(QObject):", "    def counted(self, n):"]
    found += [f"        self.tr({text!r}, '', n)" for text in counted] or ["        pass"]
    return found


if __name__ == "__main__":
    out = Path(sys.argv[1])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines()) + "\n", encoding="utf-8")
