from __future__ import annotations

from desktop.cli import build_parser


def test_lantern_without_a_command_opens_the_gui() -> None:
    args = build_parser().parse_args(["gui"])
    assert args.func.__name__ == "run_gui"
