"""Charts as inline SVG, drawn with matplotlib: a static page that needs no script and prints sharply.

Each bar carries its numbers as an SVG <title>, which browsers show on hover;
the page also prints them in a table next to every chart.
"""
from __future__ import annotations

import html
import io
import logging
import re
import warnings

# On a new machine matplotlib's first import builds its font cache and says so on stderr; it is a
# one-off notice, not a problem of the run, and the job's stderr is kept for the run's own messages.
logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)

import matplotlib  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

# Text stays text (not glyph outlines): smaller pages, selectable labels, and the browser's fonts
# render scripts (Chinese, Cyrillic city names) that matplotlib's bundled font lacks.
_RC = {"svg.fonttype": "none", "font.size": 9, "axes.spines.top": False, "axes.spines.right": False}
BAR_COLOR = "#3b6ea5"
PALETTE = ("#3b6ea5", "#e07b39", "#4d9a5b", "#c4464a", "#8a6bb8", "#8c6d52", "#d17fb5", "#7f7f7f",
           "#b5b83a", "#3fb0c0")
OTHER_COLOR = "#b9b9b9"
WIDTH_IN = 6.4


def _svg(fig: Figure, name: str, tips: dict[str, str]) -> str:
    """Renders `fig` to an <svg> element and attaches each tooltip to the element with that id."""
    buffer = io.StringIO()
    # metadata Date=None and a per-chart hash salt: the same data gives the same bytes, and ids
    # (clip paths) of two charts on one page never collide.
    with matplotlib.rc_context({**_RC, "svg.hashsalt": name}), warnings.catch_warnings():
        # Labels in scripts the bundled font lacks are only measured with it; the browser draws them.
        warnings.filterwarnings("ignore", message="Glyph .* missing from font")
        fig.savefig(buffer, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    for gid, tip in tips.items():
        svg = svg.replace(f'<g id="{gid}">', f'<g id="{gid}"><title>{html.escape(tip)}</title>', 1)
    # Sized by the page's CSS instead of fixed points, so charts fit a laptop screen and a printed page.
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 class="chart" role="img"', svg, count=1)
    return svg


def _figure(height: float, width: float = WIDTH_IN):
    with matplotlib.rc_context(_RC):
        fig = Figure(figsize=(width, height))
        ax = fig.subplots()
    return fig, ax


def _bar_tips(name: str, bars, labels: list[str], values: list[int], unit: str) -> dict[str, str]:
    """Names each bar in the SVG and gives its hover text: `label: value unit`."""
    tips = {}
    for i, (bar, label, value) in enumerate(zip(bars, labels, values)):
        bar.set_gid(f"{name}-{i}")
        tips[f"{name}-{i}"] = f"{label}: {value:,} {unit}"
    return tips


def hbar(name: str, labels: list[str], values: list[int], unit: str = "articles") -> str:
    """Horizontal bars, largest on top, each labelled with its value."""
    with matplotlib.rc_context(_RC):
        fig, ax = _figure(0.6 + 0.26 * max(len(labels), 1))
        positions = list(range(len(labels)))[::-1]
        bars = ax.barh(positions, values, color=BAR_COLOR, height=0.7)
        ax.set_yticks(positions, labels)
        ax.bar_label(bars, padding=3, fontsize=8)
        ax.set_xlabel(unit)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: no 0.5 articles
        ax.margins(x=0.12)
        return _svg(fig, name, _bar_tips(name, bars, labels, values, unit))


def vbar(name: str, labels: list[str], values: list[int], xlabel: str, unit: str = "articles") -> str:
    """Vertical bars in the given order (bins, sizes), each labelled with its value."""
    with matplotlib.rc_context(_RC):
        fig, ax = _figure(2.8)
        bars = ax.bar(range(len(labels)), values, color=BAR_COLOR, width=0.75)
        ax.set_xticks(range(len(labels)), labels, rotation=30 if len(labels) > 6 else 0, ha="right"
                      if len(labels) > 6 else "center")
        ax.bar_label(bars, padding=2, fontsize=8)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(unit)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.margins(y=0.15)
        return _svg(fig, name, _bar_tips(name, bars, labels, values, unit))


def stacked(name: str, categories: list[str], series: dict[str, list[int]], unit: str = "articles") -> str:
    """Vertical bars per category, stacked by series (months by language), with totals on top."""
    with matplotlib.rc_context(_RC):
        fig, ax = _figure(3.2, width=9.6)
        positions = range(len(categories))
        bottoms = [0] * len(categories)
        tips = {}
        for s, (label, values) in enumerate(series.items()):
            color = OTHER_COLOR if label == "other" else PALETTE[s % len(PALETTE)]
            bars = ax.bar(positions, values, bottom=bottoms, color=color, width=0.8, label=label)
            for i, (bar, value) in enumerate(zip(bars, values)):
                if value:
                    bar.set_gid(f"{name}-{s}-{i}")
                    tips[f"{name}-{s}-{i}"] = f"{categories[i]}, {label}: {value:,} {unit}"
            bottoms = [b + v for b, v in zip(bottoms, values)]
        totals = ax.bar(positions, [0] * len(categories), bottom=bottoms, width=0.8)
        ax.bar_label(totals, labels=[f"{t:,}" for t in bottoms], padding=2, fontsize=7)
        ax.set_xticks(list(positions), categories, rotation=60, ha="right", fontsize=7)
        ax.set_ylabel(unit)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.margins(y=0.12)
        ax.legend(title="language", fontsize=7, title_fontsize=7, ncols=2, frameon=False,
                  loc="upper left", bbox_to_anchor=(1.0, 1.0))
        return _svg(fig, name, tips)


def share(name: str, parts: dict[str, int], unit: str = "articles") -> str:
    """One 100 % bar split into parts (wire vs other copy), each labelled with count and percent."""
    total = sum(parts.values()) or 1
    with matplotlib.rc_context(_RC):
        fig, ax = _figure(1.1)
        left, tips = 0, {}
        for i, (label, value) in enumerate(parts.items()):
            bar = ax.barh([0], [value], left=left, color=PALETTE[i % len(PALETTE)], height=0.6)[0]
            percent = f"{100 * value / total:.1f} %"
            if value:
                ax.text(left + value / 2, 0, f"{label}\n{value:,} ({percent})", ha="center", va="center",
                        color="white", fontsize=8)
            bar.set_gid(f"{name}-{i}")
            tips[f"{name}-{i}"] = f"{label}: {value:,} {unit} ({percent})"
            left += value
        ax.set_xlim(0, total)
        ax.set_yticks([])
        ax.set_xlabel(unit)
        return _svg(fig, name, tips)
