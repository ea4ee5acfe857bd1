"""Dataset + scores + notes -> one Markdown document for the reader's own notes.

The output is CommonMark with a YAML front matter block and one GFM table (the dyads), so that
it reads the same in Obsidian, on a forge or in any CommonMark renderer. ``export_markdown`` is
a pure function: the same inputs always give the same text, which the CLI writes to a file and
the browser delivers.

Everything that comes from the article or from the reader (text, names, quotes, notes,
comments) passes through ``escape``, the one place that decides how text stays literal:

- line endings become ``\\n``; C0 control characters other than newline and tab, DEL, and the
  C1 controls (ESC, CSI, OSC...) cannot be written literally, because a file holding them
  changes a terminal's state when it is printed with ``cat``. They are replaced by a visible
  stand-in: the Unicode "control picture" of a C0 character (ESC shows as ␛), ␡ for DEL and
  U+FFFD for a C1 character or a lone surrogate. Nothing is silently dropped.
- every ASCII punctuation character that Markdown (or Obsidian: ``#tag``, ``$math$``,
  ``==highlight==``, ``%%comment%%``) could read as syntax is backslash-escaped; a line that
  would open a block (``-``, ``+``, ``=``, ``1.``, ``1)``) is escaped at its start;
- white space at the start or end of a line becomes a character reference (``&#32;``), which
  keeps indentation from making a code block and trailing spaces from making a line break;
- blank lines separate paragraphs: leading and trailing blank lines are dropped and a run of
  blank lines counts as one. That is the only way the rendered text differs from the input.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from tui.dataset import entities_by_quote
from tui.model import Dataset, Entity, Quote, Relation
from tui.notes import DyadTarget, EntityTarget, Note, QuoteTarget
from tui.tension import VOCABULARY, VOCABULARY_VERSION, Contribution, Scores
from tui.text import paragraph_of, paragraph_starts

_VISIBLE = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_VISIBLE |= {0x7F: 0x2421} | {code: 0xFFFD for code in range(0x80, 0xA0)}
_SURROGATE = re.compile("[\ud800-\udfff]")
_ANYWHERE = re.compile(r"[\\`*_\[\]<>#|~&$]|={2,}|%{2,}")
_BLOCK_START = re.compile(r"[-+=]|\d+[.)]")
_EDGE_SPACE = re.compile(r"^(\s*)(.*?)(\s*)$", re.DOTALL)
_BLANK_RUNS = re.compile(r"\n{3,}")
_YAML_UNSAFE = re.compile("[\u2028\u2029\ufeff\ufffe\uffff]")
_WIKILINK_UNSAFE = frozenset("^/:")


def visible(text: str) -> str:
    """``text`` with ``\\n`` line endings and every control character but tab shown visibly."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SURROGATE.sub("\ufffd", text.translate(_VISIBLE))


def _escape_line(line: str) -> str:
    lead, core, trail = _EDGE_SPACE.match(line).groups()  # type: ignore[union-attr]
    escaped = _ANYWHERE.sub(lambda m: "".join("\\" + c for c in m.group()), core)
    start = _BLOCK_START.match(escaped)
    if start:
        cut = start.end() - 1
        escaped = escaped[:cut] + "\\" + escaped[cut:]
    return "".join(f"&#{ord(c)};" for c in lead) + escaped + "".join(f"&#{ord(c)};" for c in trail)


def escape(text: str, *, inline: bool = False) -> str:
    """Markdown that renders as exactly ``text`` (see the module docstring for the rules).

    ``inline`` gives one line (for headings and table cells): newlines become spaces.
    """
    text = visible(text)
    if inline:
        text = text.replace("\n", " ")
    text = _BLANK_RUNS.sub("\n\n", text.strip("\n"))
    return "\n".join(_escape_line(line) if line else "" for line in text.split("\n"))


def yaml_quote(value: str) -> str:
    """A YAML double-quoted scalar (also a JSON string) that no YAML reader misreads."""
    quoted = json.dumps(visible(value), ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _number(value: float, digits: int = 1) -> str:
    return f"{value:.{digits}f}"


def _signed(value: float) -> str:
    return f"{value:+.2f}"


def _timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def _tag(entity_id: str) -> str:
    return "entity/" + entity_id.replace(".", "-")


class _Exporter:
    """Lookups shared by the sections of one export."""

    def __init__(
        self,
        dataset: Dataset,
        scores: Scores,
        notes: Sequence[Note],
        all_entities: bool,
        wikilinks: bool,
        exported_at: dt.datetime,
    ) -> None:
        self.dataset = dataset
        self.scores = scores
        self.notes = sorted(notes, key=lambda n: (n.created, n.id))
        self.wikilinks = wikilinks
        self.exported_at = exported_at
        self.text = dataset.article.text
        self.starts = paragraph_starts(self.text)
        self.entities = {e.id: e for e in dataset.entities}
        self.quotes = {q.id: q for q in dataset.quotes}
        self.order = {e.id: index for index, e in enumerate(dataset.entities)}
        self.mentioned = entities_by_quote(dataset)
        # per-entity lookups built once: an export of many entities stays linear in the dataset
        self.mention_count = Counter(m.entity for m in dataset.mentions)
        self.quotes_of: dict[str, list[Quote]] = {}
        for quote in sorted(dataset.quotes, key=lambda q: (q.start, q.end)):
            for entity_id in self.mentioned[quote.id]:
                self.quotes_of.setdefault(entity_id, []).append(quote)
        self.relations_of: dict[str, list[Relation]] = {}
        for relation in dataset.relations:
            for entity_id in dict.fromkeys((relation.source, relation.target)):
                self.relations_of.setdefault(entity_id, []).append(relation)
        self.contributions: dict[str, Contribution] = {
            c.relation.id: c for dyad in scores.dyads for c in dyad.contributions
        }
        self.entity_notes: dict[str, list[Note]] = {}
        self.quote_notes: dict[str, list[Note]] = {}
        self.dyad_notes: dict[tuple[str, str], list[Note]] = {}
        self.orphans: list[Note] = []
        for note in self.notes:
            self._file(note)
        self.exported = self._exported_entities(all_entities)
        self.annotated = set(self.entity_notes).union(
            *(self.mentioned[q] for q in self.quote_notes), *self.dyad_notes
        )
        self.placed_quotes: dict[str, str] = {}

    def _file(self, note: Note) -> None:
        target = note.target
        if isinstance(target, EntityTarget) and target.entity in self.entities:
            self.entity_notes.setdefault(target.entity, []).append(note)
        elif isinstance(target, QuoteTarget) and target.quote in self.quotes:
            self.quote_notes.setdefault(target.quote, []).append(note)
        elif isinstance(target, DyadTarget) and all(e in self.entities for e in target.entities):
            self.dyad_notes.setdefault(target.entities, []).append(note)
        else:
            self.orphans.append(note)

    def _exported_entities(self, all_entities: bool) -> list[Entity]:
        """Entities with notes on them or on their quotes (all with ``all_entities``), the
        most salient first."""
        wanted = set(self.entities) if all_entities else set(self.entity_notes)
        if not all_entities:
            for quote_id in self.quote_notes:
                wanted |= self.mentioned[quote_id]
        return [self.entities[i] for i in sorted(wanted, key=self._rank)]

    def _rank(self, entity_id: str) -> tuple[float, int]:
        score = self.scores.entities.get(entity_id)
        return (-(score.salience if score else 0.0), self.order[entity_id])

    # Pieces

    def name(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        if entity is None:
            return escape(entity_id, inline=True)
        plain = escape(entity.name, inline=True)
        if self.wikilinks and plain == entity.name and not _WIKILINK_UNSAFE & set(entity.name):
            return f"[[{entity.name}]]"
        return plain

    def dyad_name(self, a: str, b: str) -> str:
        return f"{self.name(a)} · {self.name(b)}"

    def position(self, quote: Quote) -> str:
        paragraph = paragraph_of(self.starts, quote.start)
        return f"Paragraph {paragraph}, quote {escape(quote.id, inline=True)}"

    def blockquote(self, text: str, indent: str = "") -> str:
        return "\n".join(
            f"{indent}> {line}" if line else f"{indent}>" for line in escape(text).split("\n")
        )

    def note_list(self, notes: Iterable[Note]) -> str:
        """One list item per note: a header line, then the note's own paragraphs."""
        items = []
        for note in notes:
            header = f"**Note**, {_timestamp(note.updated)}"
            if note.is_stale(self.dataset.article.sha256):
                header += " · ⚠ **stale**: written on an earlier version of the article text"
            body = "\n".join(f"  {line}" if line else "" for line in escape(note.text).split("\n"))
            items.append(f"- {header}\n\n{body}")
        return "\n\n".join(items)

    def quote_block(self, quote: Quote, entity_id: str | None) -> list[str]:
        """A quote's position, its text, and its notes where the quote first appears."""
        blocks = [self.position(quote) + ":", self.blockquote(self.text[quote.start : quote.end])]
        notes = self.quote_notes.get(quote.id)
        if notes:
            first = self.placed_quotes.setdefault(quote.id, entity_id or "")
            if first == (entity_id or ""):
                blocks.append(self.note_list(notes))
            else:
                blocks.append(f"Notes on this quote: under {self.name(first)}.")
        return blocks

    def relation_item(self, relation: Relation) -> str:
        info = VOCABULARY[relation.type]
        arrow = "→" if info.directed else "↔"
        contribution = self.contributions.get(relation.id)
        value = f"contribution {_signed(contribution.value)}" if contribution else "not scored"
        facts = [escape(info.label, inline=True), f"weight {info.weight:+.1f}"]
        modality = relation.modality.value
        if contribution:
            modality += f" ×{contribution.modality:g}"
        facts += [modality, f"confidence {relation.confidence:.2f}"]
        if contribution and contribution.recency != 1:
            facts.append(f"recency {contribution.recency:.2f}")
        facts.append(value)
        if relation.date:
            facts.append(relation.date)
        lead = f"- {self.name(relation.source)} {arrow} {self.name(relation.target)}: " + ", ".join(
            facts
        )
        parts = [lead]
        if relation.comment:
            comment = escape(relation.comment).split("\n")
            parts.append("\n".join(f"  {line}" if line else "" for line in comment))
        for quote_id in relation.evidence:
            quote = self.quotes.get(quote_id)
            if quote is None:
                continue
            parts.append(f"  {self.position(quote)}:")
            parts.append(self.blockquote(self.text[quote.start : quote.end], indent="  "))
        return "\n\n".join(parts)

    # Sections

    def front_matter(self) -> str:
        article = self.dataset.article
        fields: list[tuple[str, str]] = [("title", yaml_quote(article.title))]
        for key, value in (
            ("outlet", article.outlet),
            ("url", article.url),
            ("language", article.language),
            ("published", article.published),
        ):
            if value is not None:
                fields.append((key, yaml_quote(value)))
        exported = self.exported_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        fields += [
            ("exported", yaml_quote(exported)),
            ("tension", _number(self.scores.article.tension)),
            ("tension_band", yaml_quote(self.scores.article.band)),
        ]
        tags = ["frenemy", f"tension/{self.scores.article.band}"]
        tags += [_tag(entity_id) for entity_id in sorted(self.annotated, key=self._rank)]
        fields.append(("tags", "[" + ", ".join(yaml_quote(t) for t in tags) + "]"))
        return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields) + "---"

    def heading(self) -> list[str]:
        article = self.dataset.article
        byline = [escape(part, inline=True) for part in (article.outlet, article.published) if part]
        byline.append(f"language {escape(article.language, inline=True)}")
        blocks = [f"# {escape(article.title, inline=True)}", " · ".join(byline)]
        if article.url:
            blocks.append(f"Source: {escape(article.url, inline=True)}")
        return blocks

    def tension(self) -> list[str]:
        score = self.scores.article
        scored = sum(1 for dyad in self.scores.dyads if dyad.volume > 0)
        if not scored:
            summary = (
                f"Article tension **{_number(score.tension, 0)}**: "
                "no scored relation between two entities yet."
            )
        else:
            summary = (
                f"Article tension **{_number(score.tension, 0)}** ({score.band}), "
                f"from {scored} scored dyads: cooperation {_number(score.cooperation)}, "
                f"conflict {_number(score.conflict)}, volume {_number(score.volume)}, "
                f"ambivalence {_number(score.ambivalence, 2)}."
            )
        scale = (
            f"Tension runs from 0 (pure cooperation) to 100 (pure conflict); 50 means no "
            f"evidence either way. Relation vocabulary version {VOCABULARY_VERSION}."
        )
        if self.scores.half_life_days is not None:
            scale += (
                f" A dated relation {self.scores.half_life_days:g} days older than the article "
                "counts half."
            )
        return ["## Tension", summary, scale]

    def dyads(self) -> list[str]:
        """The table of scored dyads; dyads whose relations all weigh 0 on one line after it."""
        blocks = ["## Dyads"]
        scored = [d for d in self.scores.dyads if d.volume > 0]
        if scored:
            rows = [
                "| Dyad | Tension | Band | Volume | Cooperation | Conflict |",
                "| --- | ---: | --- | ---: | ---: | ---: |",
            ]
            for dyad in scored:
                cells = [
                    self.dyad_name(dyad.a, dyad.b),
                    _number(dyad.tension, 0),
                    dyad.band,
                    _number(dyad.volume),
                    _number(dyad.cooperation),
                    _number(dyad.conflict),
                ]
                rows.append("| " + " | ".join(cells) + " |")
            blocks.append("\n".join(rows))
        else:
            blocks.append("No scored relation between two entities.")
        unscored = [self.dyad_name(d.a, d.b) for d in self.scores.dyads if d.volume == 0]
        if unscored:
            blocks.append(
                f"Only unscored relations (role, evaluates alternative, or confidence 0): "
                f"{', '.join(unscored)}."
            )
        for (a, b), notes in sorted(self.dyad_notes.items(), key=lambda item: item[1][0].created):
            blocks.append(f"### {self.dyad_name(a, b)}")
            dyad = self.scores.dyad(a, b)
            if dyad is None:
                blocks.append("No relation between these two entities in the article.")
            else:
                blocks.append(
                    f"Tension {_number(dyad.tension, 0)} ({dyad.band}): "
                    f"cooperation {_number(dyad.cooperation)}, conflict {_number(dyad.conflict)}, "
                    f"from {len(dyad.contributions)} relations."
                )
            blocks.append(self.note_list(notes))
        return blocks

    def entity(self, entity: Entity) -> list[str]:
        score = self.scores.entities.get(entity.id)
        mentions = self.mention_count[entity.id]
        facts = [entity.kind.value, f"{mentions} mentions"]
        if score is not None:
            facts.append(f"salience {_number(score.salience, 2)}")
            if score.dyads:
                facts.append(f"tension {_number(score.tension, 0)} ({score.band})")
        blocks = [f"### {self.name(entity.id)}", " · ".join(facts)]
        if entity.aliases:
            aliases = ", ".join(escape(alias, inline=True) for alias in entity.aliases)
            blocks.append(f"Also named: {aliases}")
        if entity.description:
            blocks.append(escape(entity.description))
        notes = self.entity_notes.get(entity.id)
        if notes:
            blocks += ["#### Notes", self.note_list(notes)]
        quotes = self.quotes_of.get(entity.id, [])
        if quotes:
            blocks.append("#### Quotes")
            for quote in quotes:
                blocks += self.quote_block(quote, entity.id)
        relations = sorted(self.relations_of.get(entity.id, []), key=self._relation_rank)
        if relations:
            blocks += ["#### Relations", "\n\n".join(self.relation_item(r) for r in relations)]
        return blocks

    def _relation_rank(self, relation: Relation) -> tuple[float, str]:
        contribution = self.contributions.get(relation.id)
        return (-abs(contribution.value) if contribution else 0.0, relation.id)

    def entities_section(self) -> list[str]:
        blocks = ["## Entities"]
        if not self.exported:
            blocks.append("No entity has notes yet; export all entities to see every one.")
        for entity in self.exported:
            blocks += self.entity(entity)
        return blocks

    def loose_quotes(self) -> list[str]:
        """Quotes with notes that mention no entity, so that their notes still appear."""
        loose = [
            q
            for q in self.dataset.quotes
            if q.id in self.quote_notes and not (self.mentioned[q.id])
        ]
        if not loose:
            return []
        blocks = ["## Other quotes with notes"]
        for quote in sorted(loose, key=lambda q: (q.start, q.end)):
            blocks += self.quote_block(quote, None)
        return blocks

    def orphan_notes(self) -> list[str]:
        """Notes whose target is gone from the dataset: kept, with what they were about."""
        if not self.orphans:
            return []
        blocks = ["## Notes on targets no longer in the article"]
        for note in self.orphans:
            target = note.target
            if isinstance(target, EntityTarget):
                about = f"Entity {escape(target.entity, inline=True)}"
            elif isinstance(target, QuoteTarget):
                about = f"Quote {escape(target.quote, inline=True)}"
            else:
                about = f"Dyad {self.dyad_name(target.a, target.b)}"
            blocks += [about + ":", self.note_list([note])]
        return blocks

    def render(self) -> str:
        blocks = [
            self.front_matter(),
            *self.heading(),
            *self.tension(),
            *self.dyads(),
            *self.entities_section(),
            *self.loose_quotes(),
            *self.orphan_notes(),
        ]
        return "\n\n".join(blocks) + "\n"


def export_markdown(
    dataset: Dataset,
    scores: Scores,
    notes: Sequence[Note],
    *,
    all_entities: bool = False,
    wikilinks: bool = False,
    exported_at: dt.datetime,
) -> str:
    """The Markdown export of one article: front matter, tension, dyads, entities and notes.

    Every note appears once, with its target: entity notes under the entity, quote notes under
    the quote (where it first appears), dyad notes in the dyads section, and notes whose target
    is no longer in the dataset in a section of their own. Stale notes carry a visible flag.
    """
    return _Exporter(dataset, scores, notes, all_entities, wikilinks, exported_at).render()
