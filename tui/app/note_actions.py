"""What the browser does with notes: open the store, edit, delete, list, export.

``NoteActions`` is mixed into the app so that every screen reaches notes the same way
(``app.edit_note(target)``, ``app.delete_note(note)``…) and every failure is reported the same
way: a save that fails keeps the note in memory and says so in a notification, a damaged notes
file found at start-up is reported once. After any change the app calls ``notes_changed`` on
every screen that shows notes, so a note appears wherever its target is shown.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen

from tui.notes import (
    DyadTarget,
    EntityTarget,
    Note,
    NotesError,
    NotesSaveError,
    NoteStore,
    QuoteTarget,
    describe_target,
    target_exists,
)

if TYPE_CHECKING:
    from textual.app import App

    from tui.app.index import ArticleIndex

    _Base = App[None]
else:
    _Base = object

Target = EntityTarget | QuoteTarget | DyadTarget


class NoteActions(_Base):
    """Notes for the app: the store (``self.notes``) and the commands every screen uses."""

    NOTE_BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add_note", "Note", id="notes.add"),
        Binding("x", "delete_note", "Delete note", show=False, id="notes.delete"),
        Binding("N", "list_notes", "Notes", id="notes.list"),
        Binding("e", "export", "Export", id="notes.export"),
    ]
    """App-wide, after the app's own keys: on a narrow footer ``? Help`` stays in sight. ``a``
    and ``x`` act on what the screen's ``note_here()`` names (the entity, quote, dyad or note
    under the cursor); screens without it do not offer them."""

    NOTES_POLL_SECONDS = 2.0
    """How often the notes file is checked for another window's changes (terminals do not
    all report focus, so ``AppFocus`` alone would miss them)."""

    index: ArticleIndex | None
    notes_path: Path | None
    _notes_stamp: tuple[int, int, int] | None
    notes: NoteStore | None
    _notes_by_target: dict[tuple[str, ...], list[Note]] | None

    def open_notes(self, index: ArticleIndex) -> NoteStore:
        """Open the article's notes (never raises: a bad file becomes a warning)."""
        return NoteStore.for_article(index.dataset.article, self.notes_path)

    def notes_opened(self, store: NoteStore) -> None:
        self.notes = store
        self._notes_by_target = None
        self._notes_stamp = None
        for message in store.take_warnings():
            self.notify(message, severity="warning", timeout=15, markup=False)
        self.set_interval(self.NOTES_POLL_SECONDS, self.refresh_notes)

    # -- reading -----------------------------------------------------------------------------

    def notes_on(self, target: Target) -> list[Note]:
        """The notes on ``target``, oldest first."""
        return self._grouped().get(_key(target), [])

    def notes_on_quote(self, quote_id: str) -> list[Note]:
        """``notes_on`` by id: pages call it for every row, without building a target."""
        return self._grouped().get(("quote", quote_id), [])

    def notes_on_dyad(self, a: str, b: str) -> list[Note]:
        return self._grouped().get(("dyad", min(a, b), max(a, b)), [])

    def _grouped(self) -> dict[tuple[str, ...], list[Note]]:
        """Notes by target, grouped once per change and then looked up."""
        if self._notes_by_target is None:
            grouped: defaultdict[tuple[str, ...], list[Note]] = defaultdict(list)
            for note in self.notes.notes if self.notes is not None else ():
                grouped[_key(note.target)].append(note)
            self._notes_by_target = dict(grouped)
        return self._notes_by_target

    def is_stale(self, note: Note) -> bool:
        return self.notes is not None and self.notes.is_stale(note)

    def noted_entities(self) -> set[str]:
        """Entities whose page shows a note: on them, on a quote that mentions them, on a dyad."""
        if self.notes is None or self.index is None:
            return set()
        noted: set[str] = set()
        for note in self.notes.notes:
            target = note.target
            if isinstance(target, EntityTarget):
                noted.add(target.entity)
            elif isinstance(target, DyadTarget):
                noted.update(target.entities)
            else:
                mentions = self.index.mentions_by_quote.get(target.quote, ())
                noted.update(mention.entity for mention in mentions)
        return noted

    def refresh_notes(self) -> None:
        """Pick up notes another frenemy saved; one ``stat`` when the file has not changed."""
        if self.notes is None:
            return
        stamp = _stamp(self.notes.path)
        if stamp is not None and stamp == self._notes_stamp:
            return
        self._notes_stamp = stamp
        try:
            changed = self.notes.refresh()
        except NotesError as exc:
            self.notify(str(exc), severity="warning", markup=False)
            return
        for message in self.notes.take_warnings():
            self.notify(message, severity="warning", timeout=15, markup=False)
        if changed:
            self.notes_changed()

    def on_app_focus(self, event: events.AppFocus) -> None:
        self.refresh_notes()

    def notes_changed(self) -> None:
        """Redraw every screen that shows notes."""
        self._notes_by_target = None
        for screen in self.screen_stack:
            redraw = getattr(screen, "notes_changed", None)
            if redraw is not None:
                redraw()

    # -- changing ----------------------------------------------------------------------------

    def edit_note(self, target: Target, note: Note | None = None) -> None:
        """Open the editor on ``note``, else on the target's first note, else on a new note."""
        from tui.app.screens.note_editor import NoteEditor

        if self.notes is None or self.index is None:
            return
        self.refresh_notes()
        if note is not None:
            note = self.notes.get(note.id)
        if note is None:
            existing = self.notes_on(target)
            note = existing[0] if existing else None
        label = describe_target(target, self.index.dataset)
        editing = note

        def done(text: str | None) -> None:
            if text is None or self.notes is None:
                return
            self.refresh_notes()
            vanished = editing is not None and self.notes.get(editing.id) is None
            try:
                if editing is None or (vanished and text):
                    self.notes.add(target, text)
                    if vanished:
                        self.notify(
                            "The note was deleted in another window meanwhile; "
                            "your text is saved as a new note.",
                            severity="warning",
                            markup=False,
                        )
                elif text:
                    self.notes.edit(editing.id, text)
                elif not vanished:
                    self.notes.delete(editing.id)
                    self.notify("Note deleted.", markup=False)
            except NotesError as exc:
                self._notes_failed(exc)
            self.notes_changed()

        self.push_screen(NoteEditor(label, note.text if note else "", new=note is None), done)

    def delete_note(self, note: Note) -> None:
        """Delete ``note`` once the reader confirms."""
        from tui.app.screens.dialogs import ConfirmDialog

        if self.notes is None or self.index is None:
            return
        label = describe_target(note.target, self.index.dataset)

        def confirmed(delete: bool | None) -> None:
            if not delete or self.notes is None:
                return
            try:
                self.notes.delete(note.id)
                self.notify("Note deleted.", markup=False)
            except NotesError as exc:
                self._notes_failed(exc)
            self.notes_changed()

        self.push_screen(
            ConfirmDialog(f"Delete the note on {label}?", yes="Delete", no="Keep"), confirmed
        )

    def _notes_failed(self, exc: NotesError) -> None:
        """Say what went wrong; a failed save stays on screen longer, since the note is only
        in memory until the next save succeeds."""
        timeout = 15 if isinstance(exc, NotesSaveError) else self.NOTIFICATION_TIMEOUT
        self.notify(str(exc), severity="error", timeout=timeout, markup=False)

    def action_add_note(self) -> None:
        target, note = self._note_here()
        if target is not None:
            self.edit_note(target, note)

    def action_delete_note(self) -> None:
        target, note = self._note_here()
        if note is None and target is not None:
            notes = self.notes_on(target)
            note = notes[0] if notes else None
        if note is not None:
            self.delete_note(note)
        elif target is not None:
            self.notify("There is no note here to delete.", markup=False)

    def _note_here(self) -> tuple[Target | None, Note | None]:
        note_here = getattr(self.screen, "note_here", None)
        return note_here() if note_here is not None else (None, None)

    # -- the list of notes -------------------------------------------------------------------

    def action_list_notes(self) -> None:
        from tui.app.screens.notes import NotesScreen

        if self.index is None or isinstance(self.screen, NotesScreen):
            return
        self.refresh_notes()
        self.push_screen(NotesScreen(self.index))

    def open_note_target(self, target: Target) -> None:
        """Show a note's target: its entity page, its quote on a page, its dyad's breakdown."""
        index = self.index
        if index is None:
            return
        if not target_exists(target, index.dataset):
            self.notify("That note's target is no longer in the article.", markup=False)
            return
        if isinstance(target, EntityTarget):
            self.select_entity(target.entity)
        elif isinstance(target, DyadTarget):
            self.select_entity(target.a)
            self.open_tension(target.a, target.b)
        else:
            mentioned = [m.entity for m in index.mentions_by_quote.get(target.quote, ())]
            if not mentioned:
                main = self._main()
                while main is not None and self.screen is not main and len(self.screen_stack) > 2:
                    self.pop_screen()
                self.open_reader(target.quote)
                return
            current = self.current_entity
            self.select_entity(current if current in mentioned else mentioned[0])
            main = self._main()
            if main is not None:
                main.show_quote(target.quote)

    # -- export --------------------------------------------------------------------------------

    def action_export(self) -> None:
        from tui.app.screens.dialogs import PromptDialog

        if self.index is None:
            return
        default = f"{self.index.dataset.article.id}.md"
        self.push_screen(PromptDialog("Export the notes as Markdown to:", default), self._export_to)

    def _export_to(self, value: str | None) -> None:
        from tui.app.screens.dialogs import ConfirmDialog

        if not value or not value.strip():
            return
        path = Path(value.strip()).expanduser()
        if path.is_dir():
            self.notify(f"{path} is a directory; give a file name.", severity="error", markup=False)
            return
        if not path.exists():
            self._write_export(path)
            return

        def confirmed(replace: bool | None) -> None:
            if replace:
                self._write_export(path)

        self.push_screen(
            ConfirmDialog(f"{path} already exists. Replace it?", yes="Replace", no="Cancel"),
            confirmed,
        )

    def _write_export(self, path: Path) -> None:
        """Write the export atomically and say where; in a web browser, download it too."""
        from tui.dataset import write_atomic
        from tui.export import export_markdown

        if self.index is None:
            return
        self.refresh_notes()
        notes = self.notes.notes if self.notes is not None else ()
        markdown = export_markdown(
            self.index.dataset, self.index.scores, notes, exported_at=dt.datetime.now(dt.UTC)
        )
        umask = os.umask(0)
        os.umask(umask)
        try:
            mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~umask
            write_atomic(path, markdown.encode("utf-8"))
            os.chmod(path, mode)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.notify(f"cannot write {path}: {reason}", severity="error", markup=False)
            return
        count = f"{len(notes)} note" + ("" if len(notes) == 1 else "s")
        self.notify(f"Wrote {path.resolve()} ({count}).", markup=False)
        if self.is_web:
            self.deliver_text(io.StringIO(markdown), save_filename=path.name)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Notes keys wait while a dialog or the editor is open (their letters are theirs);
        ``a`` and ``x`` exist only on screens that show something to take a note on."""
        if action not in ("add_note", "delete_note", "list_notes", "export"):
            return True
        if self.index is None:
            return False
        base = next(s for s in reversed(self.screen_stack) if not isinstance(s, ModalScreen))
        if action in ("add_note", "delete_note") and not hasattr(base, "note_here"):
            return False
        return None if isinstance(self.screen, ModalScreen) else True


def _key(target: Target) -> tuple[str, ...]:
    if isinstance(target, EntityTarget):
        return ("entity", target.entity)
    if isinstance(target, QuoteTarget):
        return ("quote", target.quote)
    return ("dyad", target.a, target.b)


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What changes when the notes file is replaced or rewritten (None: no file to read)."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_mtime_ns, stat.st_size)
