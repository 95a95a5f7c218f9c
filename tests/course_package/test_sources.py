"""Folders and zips give the same package; hostile zips are refused."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest

from desktop.course_package import Limits, load_files, load_package, load_zip_bytes
from desktop.ui.words.package import phrase_text, problem_text
from tests.course_package.packages import tiny_package, zipped


def write_folder(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def test_folder_zip_and_zipped_folder_load_the_same_package(tmp_path: Path) -> None:
    files = tiny_package()
    from_memory = load_files(files).package
    from_folder = load_package(write_folder(tmp_path / "tiny", files)).package
    flat_zip = tmp_path / "flat.zip"
    flat_zip.write_bytes(zipped(files))
    folder_zip = tmp_path / "folder.zip"
    folder_zip.write_bytes(zipped(files, prefix="tiny/"))
    assert from_memory is not None
    assert from_folder == from_memory
    assert load_package(flat_zip).package == from_memory
    assert load_package(folder_zip).package == from_memory


def test_hidden_files_and_mac_zip_clutter_are_ignored(tmp_path: Path) -> None:
    files = tiny_package(
        {".DS_Store": b"\x00\x01", ".git/config": b"[core]", "__MACOSX/._first.md": b"\xff\xfe"}
    )
    assert load_package(write_folder(tmp_path / "p", files)).ok
    assert load_zip_bytes(zipped(files)).ok


@pytest.mark.parametrize(
    "member",
    [
        "../evil.md",
        "/etc/evil.md",
        "a/../../evil.md",
        "C:/evil.md",
        "a\\..\\evil.md",
        # ':' later in the name: a drive letter once "./" goes,
        # or an NTFS stream (#11; found by test_fuzz)
        "./::",
        "./C:evil.md",
        "first.md:hidden",
    ],
)
def test_zip_member_leaving_the_package_is_refused(member: str) -> None:
    result = load_zip_bytes(zipped(tiny_package({member: "+++\n+++\n"})), name="course.zip")
    assert result.package is None
    assert any(
        problem.file == "course.zip" and "points outside the package" in phrase_text(problem.what)
        for problem in result.problems
    )


def test_a_drive_letter_left_after_the_top_folder_is_stripped_is_refused() -> None:
    result = load_zip_bytes(
        zipped(tiny_package({"C:evil.md": "+++\n+++\n"}), prefix="tiny/"), name="course.zip"
    )
    assert result.package is None
    assert [problem_text(p) for p in result.problems if p.file == "course.zip"] == [
        "course.zip: member 'tiny/C:evil.md' points outside the package (an absolute path, "
        "'..', '\\' or ':', which Windows reads as a drive letter); the zip was refused."
    ]


def test_file_over_the_size_limit_is_not_read() -> None:
    files = tiny_package({"images/huge.png": b"\x00" * 5000})
    result = load_zip_bytes(zipped(files), limits=Limits(max_file_bytes=4096))
    assert [problem_text(problem) for problem in result.problems] == [
        "images/huge.png: is 5,000 bytes; a file may be at most 4,096 bytes."
    ]


def test_package_over_the_total_limits_is_refused(tmp_path: Path) -> None:
    files = tiny_package({f"images/{n}.png": b"\x00" * 100 for n in range(10)})
    too_many = load_zip_bytes(zipped(files), name="big.zip", limits=Limits(max_files=8))
    too_big = load_package(
        write_folder(tmp_path / "big", files), limits=Limits(max_total_bytes=1500)
    )
    for result, origin in ((too_many, "big.zip"), (too_big, "big")):
        assert result.package is None
        assert any(
            problem.file == origin and "too large" in phrase_text(problem.what)
            for problem in result.problems
        )


def test_zip_member_lying_about_its_size_is_refused() -> None:
    data = bytearray(zipped({"course.toml": b"x" * 100}))
    # Lie in both headers: claim 10 bytes where 100 will come out.
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    data[local + 22 : local + 26] = (10).to_bytes(4, "little")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    result = load_zip_bytes(bytes(data), limits=Limits(max_file_bytes=50))
    assert result.package is None
    assert [problem_text(problem) for problem in result.problems] == [
        "course.toml: could not be unpacked from the zip (Bad CRC-32 for file 'course.toml')."
    ]


def test_bytes_that_are_not_a_zip_are_reported() -> None:
    result = load_zip_bytes(b"this is not a zip", name="course.zip")
    assert result.package is None
    assert result.problems[0].file == "course.zip"
    assert "not a readable zip file" in phrase_text(result.problems[0].what)


def test_encrypted_member_is_reported() -> None:
    buffer = io.BytesIO(zipped(tiny_package()))
    data = bytearray(buffer.getvalue())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # general purpose flag: encrypted
    result = load_zip_bytes(bytes(data))
    assert any("encrypted" in phrase_text(problem.what) for problem in result.problems)


def test_missing_path_is_reported(tmp_path: Path) -> None:
    result = load_package(tmp_path / "nowhere")
    assert result.package is None
    assert "does not exist" in phrase_text(result.problems[0].what)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_symbolic_links_are_not_followed(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("private")
    root = write_folder(tmp_path / "p", tiny_package())
    (root / "images" / "leak.png").symlink_to(secret)
    result = load_package(root)
    assert result.package is None
    assert any(
        problem.file == "images/leak.png" and "symbolic link" in phrase_text(problem.what)
        for problem in result.problems
    )


def test_zip_is_read_without_extracting_anything(tmp_path: Path) -> None:
    archive = tmp_path / "p.zip"
    archive.write_bytes(zipped(tiny_package({"../escaped.md": "x"})))
    load_package(archive)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["p.zip"]
    assert zipfile.is_zipfile(archive)


def test_zip_needing_a_newer_zip_version_is_reported_not_raised() -> None:
    data = bytearray(zipped(tiny_package()))
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 64  # "version needed to extract": 6.4, which zipfile refuses
    result = load_zip_bytes(bytes(data), name="new.zip")
    assert result.package is None
    assert "not a readable zip file (zip file version 6.4)" in phrase_text(result.problems[0].what)


def test_zip_member_with_an_empty_name_is_skipped() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, member in tiny_package().items():
            archive.writestr(name, member)
        archive.writestr(zipfile.ZipInfo("x"), b"?")
    data = bytearray(buffer.getvalue())
    # Rename the last member to "" in its central directory entry (name length 0).
    central = data.rindex(b"PK\x01\x02")
    data[central + 28 : central + 30] = (0).to_bytes(2, "little")
    del data[central + 46 : central + 47]
    end = data.index(b"PK\x05\x06")
    size = int.from_bytes(data[end + 12 : end + 16], "little") - 1
    data[end + 12 : end + 16] = size.to_bytes(4, "little")
    assert load_zip_bytes(bytes(data)).ok


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "p", tiny_package({"notes/a.txt": "x"}))
    (root / "notes").chmod(0)
    try:
        result = load_package(root)
    finally:
        (root / "notes").chmod(0o755)
    assert any(
        problem.file == "notes" and "could not be read" in phrase_text(problem.what)
        for problem in result.problems
    )
