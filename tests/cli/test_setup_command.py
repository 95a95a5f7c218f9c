"""``lantern setup-code`` (the teacher) and ``lantern setup CODE`` (a laptop), on the devserver."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import build_parser, main, spelled_out
from devserver.server import DevServer


def test_a_teachers_code_sets_up_a_laptop(
    healthy_devserver: DevServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["setup-code", "--url", healthy_devserver.url, "--key", healthy_devserver.anon_key])
        == 0
    )
    lines = capsys.readouterr().out.splitlines()
    code = next(line for line in lines if line.startswith("lantern1."))
    link = next(line for line in lines if line.startswith("lantern://setup?"))
    for n, text in enumerate((code, link)):
        data_dir = tmp_path / f"laptop{n}"
        assert main(["setup", text, "--data-dir", str(data_dir)]) == 0
        assert healthy_devserver.url in capsys.readouterr().out
        saved = json.loads((data_dir / "server.json").read_text(encoding="utf-8"))
        assert saved == {
            "url": healthy_devserver.url.rstrip("/"),
            "anon_key": healthy_devserver.anon_key,
        }


def test_a_broken_code_saves_nothing_and_says_why(
    healthy_devserver: DevServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["setup-code", "--url", healthy_devserver.url, "--key", healthy_devserver.anon_key])
    code = next(
        line for line in capsys.readouterr().out.splitlines() if line.startswith("lantern1.")
    )
    assert main(["setup", code[:-3], "--data-dir", str(tmp_path)]) == 2
    assert "incomplete" in capsys.readouterr().err
    assert not (tmp_path / "server.json").exists()


def test_the_secret_key_never_makes_a_code(
    healthy_devserver: DevServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(
            [
                "setup-code",
                "--url",
                healthy_devserver.url,
                "--key",
                healthy_devserver.service_role_key,
            ]
        )
        == 2
    )
    captured = capsys.readouterr()
    assert "secret key" in captured.err
    assert "lantern1." not in captured.out


def test_a_lantern_link_as_the_only_argument_opens_the_app_with_it() -> None:
    link = "lantern://setup?v=1&url=https%3A%2F%2Fx.example&key=k"
    args = build_parser().parse_args(spelled_out([link]))
    assert (args.command, args.setup) == ("gui", link)


def test_the_desktop_entry_and_the_mac_bundle_register_the_scheme() -> None:
    root = Path(__file__).resolve().parents[2] / "packaging"
    entry = (root / "lantern.desktop").read_text(encoding="utf-8")
    assert "MimeType=x-scheme-handler/lantern;" in entry
    assert "%u" in entry
    assert '"CFBundleURLSchemes": ["lantern"]' in (root / "lantern.spec").read_text(
        encoding="utf-8"
    )
