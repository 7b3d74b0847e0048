"""The CLI's rendering of service progress: a transient Rich bar on stderr.

Service code (:mod:`frontline.ingest`) only calls a
:data:`frontline.ingest.ProgressFn`; this module is the one place that draws.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)


class RichBar:
    """A progress callback drawing one transient bar per task on stderr.

    A bar starts with the first step of a task and is removed when the task's
    last step (``done == total``) arrives.
    """

    def __init__(self, console: Console) -> None:
        self._console = console
        self._prog: Progress | None = None
        self._task: TaskID | None = None
        self._label = ""

    def __call__(self, label: str, done: int, total: int, current: str) -> None:
        if self._prog is None or label != self._label:
            self.stop()
            self._prog = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                TextColumn("{task.fields[current]}"),
                console=self._console,
                transient=True,
            )
            self._prog.start()
            self._task = self._prog.add_task(label, total=total, current="")
            self._label = label
        assert self._task is not None
        self._prog.update(self._task, completed=done, current=current)
        if done >= total:
            self.stop()

    def stop(self) -> None:
        if self._prog is not None:
            self._prog.stop()
        self._prog, self._task = None, None


def rich_bar(show: bool) -> RichBar | None:
    """A bar when ``show`` and stderr is a terminal; None (no bar, nor its blank
    line, in logs) otherwise."""
    console = Console(stderr=True)
    if not show or not console.is_terminal:
        return None
    return RichBar(console)
