"""The ``frenemy`` command line.

Heavy modules (Textual, the scores, extraction) are imported inside the command that needs
them, so that ``frenemy validate`` and ``frenemy --help`` start fast. Every user error ends
as one line per problem on stderr and a non-zero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tui import __version__
from tui.text import one_line

if TYPE_CHECKING:
    from tui.model import Dataset

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class UserError(Exception):
    """A problem to report to the user in one line, without a traceback."""


def _dataset_path(value: str | None) -> Path:
    from tui.resources import seed_dataset

    return Path(value) if value else seed_dataset()


def cmd_validate(args: argparse.Namespace) -> int:
    from tui.dataset import DatasetError, check, load

    status = EXIT_OK
    for path in args.paths:
        try:
            dataset = load(path)
        except DatasetError as exc:
            for line in exc.lines():
                print(line, file=sys.stderr)
            status = EXIT_PROBLEM
            continue
        warnings = [p for p in check(dataset) if p.severity == "warning"]
        for problem in warnings:
            print(problem.format(str(path)), file=sys.stderr)
        if warnings and args.strict:
            status = EXIT_PROBLEM
            continue
        print(
            f"{one_line(str(path))}: ok: {len(dataset.entities)} entities, "
            f"{len(dataset.mentions)} mentions, {len(dataset.quotes)} quotes, "
            f"{len(dataset.relations)} relations"
            + (f", {len(warnings)} warnings" if warnings else "")
        )
    return status


def schema_json() -> str:
    import json

    from tui.model import Dataset

    return json.dumps(Dataset.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def cmd_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(schema_json())
    return EXIT_OK


def cmd_ingest(args: argparse.Namespace) -> int:
    from tui.dataset import dumps, write_atomic
    from tui.ingest import ArticleInfo, IngestError, ingest_text, read_source

    if args.output:
        output = Path(args.output)
    elif args.article == "-":
        raise UserError("reading standard input: give the output file with -o")
    else:
        output = Path(args.article).with_suffix(".json")
    if output.exists() and not args.force:
        raise UserError(f"{output}: already exists; use --force to replace it")
    try:
        source = read_source(args.article)
    except IngestError as exc:
        raise UserError(str(exc)) from None
    given = ArticleInfo(
        title=args.title, url=args.url, outlet=args.outlet, published=args.published
    )
    info = source.details(given)
    from pydantic import ValidationError

    try:
        dataset = ingest_text(source.text, language=args.lang, info=info)
    except ValidationError as exc:
        error = exc.errors()[0]
        field = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        raise UserError(f"--{field}: {message}") from None
    try:
        write_atomic(output, dumps(dataset))
    except OSError as exc:
        raise UserError(f"{output}: cannot write: {exc.strerror}") from None
    print(
        f"{one_line(str(output))}: {len(dataset.entities)} entities, "
        f"{len(dataset.mentions)} mentions, {len(dataset.quotes)} quotes, "
        f"{len(dataset.relations)} relations ({dataset.article.language}, {_extractor(dataset)})"
    )
    return EXIT_OK


def _extractor(dataset: object) -> str:
    from tui.ingest import EXTRACTOR, VERSION

    relations = getattr(dataset, "relations", ())
    name = relations[0].provenance.extractor if relations else EXTRACTOR
    return f"{name} {VERSION}"


def _positive_days(value: str) -> float:
    try:
        days = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {value!r}") from None
    if not days > 0 or days == float("inf"):
        raise argparse.ArgumentTypeError(f"half-life must be a positive number of days: {value}")
    return days


_RAW_CONTROLS = re.compile(rb"\x7f|\xc2[\x80-\x9f]")


def _json_bytes(document: object) -> bytes:
    """Indented JSON with DEL and the C1 controls written as ``\\u0080``-style escapes.

    JSON allows U+007F to U+009F raw, but a terminal reads C1 characters as CSI, OSC and the
    like: names from a dataset printed with ``--json`` must not set the window title.
    """
    import orjson

    raw = orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"
    return _RAW_CONTROLS.sub(lambda m: b"\\u%04x" % ord(m.group().decode()), raw)


def cmd_score(args: argparse.Namespace) -> int:
    from rich.console import Console

    from tui.dataset import load
    from tui.score_report import dyad_json, find_entity, render_dyad, render_scores, scores_json
    from tui.tension import score_dataset

    path = _dataset_path(args.path)
    dataset = load(path)
    scores = score_dataset(dataset, half_life_days=args.half_life)
    console = Console(highlight=False)
    if args.dyad:
        try:
            a, b = (find_entity(dataset, ref).id for ref in args.dyad)
        except LookupError as exc:
            raise UserError(str(exc)) from None
        if a == b:
            raise UserError(f"a dyad needs two different entities, both are {a!r}")
        if args.json:
            dyad = scores.dyad(a, b)
            document = dyad_json(dataset, dyad) if dyad else None
            sys.stdout.buffer.write(_json_bytes(document))
        else:
            render_dyad(console, dataset, scores, a, b)
        return EXIT_OK
    if args.json:
        document = scores_json(dataset, scores, args.sort)
        sys.stdout.buffer.write(_json_bytes(document))
    else:
        render_scores(console, dataset, scores, args.sort)
    return EXIT_OK


def cmd_types(args: argparse.Namespace) -> int:
    from tui.score_report import render_types, types_json

    if args.json:
        import orjson

        sys.stdout.buffer.write(orjson.dumps(types_json(), option=orjson.OPT_INDENT_2) + b"\n")
    else:
        from rich.console import Console

        render_types(Console(highlight=False))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    import datetime as dt
    import os

    from tui.dataset import load, write_atomic
    from tui.export import export_markdown
    from tui.notes import NotesError, notes_path, read_notes
    from tui.tension import score_dataset

    path = _dataset_path(args.path)
    dataset = load(path)
    output = Path(args.output) if args.output else None
    if output is not None and output.is_dir():
        raise UserError(f"{output} is a directory; give a file name to -o")
    if output is not None and output.exists() and not args.force:
        raise UserError(f"{output} already exists; use --force to replace it")
    notes_file = notes_path(dataset.article.id, args.notes)
    if args.notes and not notes_file.exists():
        raise UserError(f"{notes_file}: no such notes file")
    try:
        notes = read_notes(notes_file, dataset.article.id)
    except NotesError as exc:
        raise UserError(str(exc)) from None
    markdown = export_markdown(
        dataset,
        score_dataset(dataset),
        notes,
        all_entities=args.all,
        wikilinks=args.wikilinks,
        exported_at=dt.datetime.now(dt.UTC),
    ).encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(markdown)
        sys.stdout.flush()
        return EXIT_OK
    umask = os.umask(0)
    os.umask(umask)
    mode = output.stat().st_mode & 0o777 if output.exists() else 0o666 & ~umask
    try:
        write_atomic(output, markdown)
        os.chmod(output, mode)
    except OSError as exc:
        raise UserError(f"cannot write {output}: {exc.strerror or exc}") from None
    count = f"{len(notes)} note" + ("" if len(notes) == 1 else "s")
    print(f"frenemy: wrote {one_line(f'{output} ({count} from {notes_file})')}", file=sys.stderr)
    return EXIT_OK


def _is_article(path: Path) -> bool:
    """Anything but a ``.json`` file is an article's text to extract (``-`` is stdin)."""
    return str(path) == "-" or path.suffix.lower() != ".json"


def _ingest_with_progress(path: Path) -> Dataset:
    """Extract an article for browsing, showing each stage on stderr while it runs (loading a
    language model takes seconds); the result is cached for the next time."""
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn

    from tui.ingest import IngestError, ingest_cached

    console = Console(stderr=True)
    with Progress(
        TextColumn("extracting {task.description}"),
        BarColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task(_printable(str(path)), total=1.0)

        def report(stage: str, fraction: float) -> None:
            progress.update(
                task, completed=fraction, description=f"{_printable(str(path))}: {stage}"
            )

        try:
            return ingest_cached(path, progress=report)
        except IngestError as exc:
            raise UserError(str(exc)) from None


def _printable(text: str) -> str:
    from rich.markup import escape

    return escape(one_line(text))


def cmd_browse(args: argparse.Namespace) -> int:
    """Open the browser on a dataset, or on an article extracted first; a bad file or keymap
    is reported before the screen is taken over."""
    from tui.app.keymap import KeymapError, load_keymap
    from tui.dataset import load

    path = _dataset_path(args.path)
    dataset = _ingest_with_progress(path) if _is_article(path) else load(path)
    try:
        keymap = load_keymap()
    except KeymapError as exc:
        raise UserError(str(exc)) from None

    from tui.app.app import FrenemyApp

    FrenemyApp(dataset, keymap=keymap, notes_path=args.notes).run()
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frenemy",
        description="Browse the entities of a news article and the tension between them.",
    )
    parser.add_argument("--version", action="version", version=f"frenemy {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser("validate", help="check dataset files")
    validate.add_argument("paths", nargs="+", metavar="PATH")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors")
    validate.set_defaults(handler=cmd_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of the dataset format")
    schema.set_defaults(handler=cmd_schema)

    ingest = commands.add_parser(
        "ingest",
        help="extract a dataset from an article's text (UTF-8, up to 8 MiB, or - for stdin)",
    )
    ingest.add_argument("article", metavar="ARTICLE")
    ingest.add_argument("-o", "--output", metavar="DATASET.json", help="default: ARTICLE.json")
    ingest.add_argument("--lang", choices=("fr", "en", "auto"), default="auto")
    ingest.add_argument("--title")
    ingest.add_argument("--url")
    ingest.add_argument("--outlet")
    ingest.add_argument("--published", metavar="YYYY[-MM[-DD]]")
    ingest.add_argument("--force", action="store_true", help="replace an existing output file")
    ingest.set_defaults(handler=cmd_ingest)

    score = commands.add_parser(
        "score", help="tension between the entities of a dataset (default: the bundled seed)"
    )
    score.add_argument("path", nargs="?", metavar="PATH")
    score.add_argument("--json", action="store_true", help="print the scores as JSON")
    score.add_argument(
        "--dyad", nargs=2, metavar=("A", "B"), help="explain one dyad (ids, names or aliases)"
    )
    recency = score.add_mutually_exclusive_group()
    recency.add_argument(
        "--half-life",
        type=_positive_days,
        default=365.0,
        metavar="DAYS",
        help="a dated relation this many days older than the article counts half (default 365)",
    )
    recency.add_argument(
        "--no-recency",
        dest="half_life",
        action="store_const",
        const=None,
        help="count every relation fully, whatever its age",
    )
    score.add_argument(
        "--sort",
        choices=("conflict", "tension", "cooperation", "volume", "ambivalence"),
        default="conflict",
        help="rank the dyads by this (default: conflict, the tensest first)",
    )
    score.set_defaults(handler=cmd_score)

    types = commands.add_parser("types", help="the relation vocabulary and its weights")
    types.add_argument("--json", action="store_true", help="print the vocabulary as JSON")
    types.set_defaults(handler=cmd_types)

    export = commands.add_parser(
        "export", help="write the notes and the article's scores as Markdown (default: the seed)"
    )
    export.add_argument("path", nargs="?", metavar="PATH", help="dataset (default: the seed)")
    export.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    export.add_argument(
        "--notes",
        metavar="FILE",
        help="notes file (default: $FRENEMY_NOTES, else the user data dir)",
    )
    export.add_argument(
        "--all", action="store_true", help="every entity, not only those with notes"
    )
    export.add_argument("--wikilinks", action="store_true", help="entity names as [[Name]]")
    export.add_argument("--force", action="store_true", help="replace an existing output file")
    export.set_defaults(handler=cmd_export)

    browse = commands.add_parser(
        "browse", help="open the browser (the default command: `frenemy [PATH]`)"
    )
    browse.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="a dataset (.json), or an article's text to extract first (default: the seed)",
    )
    browse.add_argument("--notes", type=Path, metavar="PATH", help="notes file to read and write")
    browse.set_defaults(handler=cmd_browse)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The subcommand names, so that ``frenemy PATH`` can mean ``frenemy browse PATH``."""
    return {
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not args_list or (
        args_list[0] not in _command_names(parser)
        and args_list[0] not in {"-h", "--help", "--version"}
    ):
        args_list = ["browse", *args_list]
    args = parser.parse_args(args_list)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_OK
    try:
        return handler(args)
    except UserError as exc:
        print(f"frenemy: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_PROBLEM
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        # Imported here so that commands that never load a dataset do not pay for pydantic.
        from tui.dataset import DatasetError

        if not isinstance(exc, DatasetError):
            raise
        for line in exc.lines():
            print(line, file=sys.stderr)
        return EXIT_PROBLEM
