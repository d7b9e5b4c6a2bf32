"""Readable text views of an analysis and of a store, for the terminal."""

from __future__ import annotations

from typing import Any

from rasd.model import Analysis, Article


def render_analysis(console: Any, article: Article, analysis: Analysis) -> None:
    """Print one analyzed article: structure, then each kind of finding with its evidence."""
    console.rule(f"[bold]{article.title}[/bold]")
    meta = ", ".join(x for x in (article.source, article.published, article.path) if x)
    if meta:
        console.print(f"[dim]{meta}[/dim]")
    if article.subtitle:
        console.print(f"[italic]{article.subtitle}[/italic]")
    console.print(
        f"{len(article.paragraphs)} paragraphs, {len(article.captions)} captions, "
        f"{len(article.headings)} headings, {len(analysis.sentences)} sentences"
    )
    if analysis.entities:
        console.print("[bold]entities[/bold]")
        for e in analysis.entities:
            console.print(f"  {e.type:<4} {e.name}  ← {' | '.join(e.mentions)}")
    if analysis.times:
        console.print("[bold]times[/bold]")
        for t in analysis.times:
            console.print(f"  {t.value:<12} {t.span.text}  [dim]({t.resolution})[/dim]")
    if analysis.quantities:
        console.print("[bold]numbers[/bold]")
        for q in analysis.quantities:
            unit = f" {q.unit}" if q.unit else ""
            console.print(f"  {q.value}{unit}  {q.span.text}")
    if analysis.quotes:
        console.print("[bold]quotes[/bold]")
        for q in analysis.quotes:
            kind = "" if q.direct else " [dim](indirect)[/dim]"
            console.print(f"  {q.speaker or '?'}: «{q.span.text}»{kind}")
    if analysis.statements:
        console.print("[bold]statements[/bold]")
        for s in analysis.statements:
            console.print(f"  {s.stance}: {s.speaker or '?'} — {s.about.text}")
    if analysis.events:
        console.print("[bold]events[/bold]")
        for ev in analysis.events:
            place = ev.place.name if ev.place else "?"
            country = f" ({ev.place.country})" if ev.place and ev.place.country else ""
            figures = ", ".join(
                f"{k} {v}" for k, v in (("killed", ev.killed), ("killed≥", ev.killed_min),
                                        ("injured", ev.injured), ("injured≥", ev.injured_min)) if v is not None
            )
            console.print(
                f"  {ev.type} {ev.date or '?'} {place}{country}: {ev.actor1 or '?'} → {ev.actor2 or '?'}"
                f"{'; ' + figures if figures else ''}{'; ' + ev.claim if ev.claim else ''}"
                f"{' [alleged]' if ev.certainty == 'alleged' else ''}"
            )
            console.print(f"    [dim]«{ev.evidence.text}»[/dim]")
    for err in analysis.errors:
        console.print(f"[red]stage error[/red] {err}")
