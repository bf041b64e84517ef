"""The installer speaks Thai: installer/Thai.isl translates every message of Inno Setup's
Default.isl, keeps the values Setup fills in, and the installer script makes it the default.

The list of messages a language file must define comes from Inno Setup 6.4.1's Default.isl
(tests/data/inno_setup_6.4_message_keys.tsv: key names and placeholders only, see its header).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "itadesk.iss"
THAI_ISL = ROOT / "installer" / "Thai.isl"
REFERENCE = Path(__file__).parent / "data" / "inno_setup_6.4_message_keys.tsv"
THAI_LETTER = re.compile("[\u0e01-\u0e5b]")
# What Setup replaces or what stays as written in Windows' Thai too: values, units, names.
NOT_WORDS = re.compile(r"%[1-9n]|\[name/ver\]|\[name\]|\[[mg]b\]|\b(?:KB|MB|GB)\b")
# Default.isl leaves these empty on purpose (notes and a label an installer may fill in).
EMPTY_IN_DEFAULT = {"HelpTextNote", "AboutSetupNote", "TranslatorNote", "BeveledLabel"}


def sections(text: str) -> dict[str, dict[str, str]]:
    """An Inno Setup .isl/.iss file's ``key=value`` lines by section (comments skipped)."""
    found: dict[str, dict[str, str]] = {}
    current = found.setdefault("", {})
    for line in text.splitlines():
        if line.startswith(";") or not line.strip():
            continue
        header = re.fullmatch(r"\[(\w+)\]", line.strip())
        if header:
            current = found.setdefault(header.group(1), {})
        elif "=" in line:
            key, _, value = line.partition("=")
            current[key.strip()] = value
    return found


def reference() -> dict[tuple[str, str], set[str]]:
    rows = {}
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            section, key, marks = line.split("\t")
            rows[(section, key)] = set(marks.split())
    return rows


def marks(value: str) -> set[str]:
    found = set(re.findall(r"%[1-9]|\[name/ver\]|\[name\]|\[[mg]b\]", value))
    return found | ({"&"} if "&" in value else set())


@pytest.fixture(scope="module")
def thai() -> dict[str, dict[str, str]]:
    return sections(THAI_ISL.read_text(encoding="utf-8-sig"))


@pytest.fixture(scope="module")
def iss() -> dict[str, dict[str, str]]:
    return sections(ISS.read_text(encoding="utf-8-sig"))


def test_every_message_of_inno_setup_is_in_thai_with_the_same_placeholders(thai):
    wanted = reference()
    assert len(wanted) > 250, "the reference lists Default.isl's messages"
    missing = [f"[{s}] {k}" for s, k in wanted if k not in thai.get(s, {})]
    assert not missing, f"Thai.isl lacks {missing}"
    unknown = [f"[{s}] {k}" for s in ("Messages", "CustomMessages") for k in thai[s] if (s, k) not in wanted]
    assert not unknown, f"Inno Setup 6.4 does not know {unknown}"
    changed = {
        k: (sorted(m), sorted(marks(thai[s][k]))) for (s, k), m in wanted.items() if marks(thai[s][k]) != m
    }
    assert not changed, f"placeholders or access keys differ (Default.isl, Thai.isl): {changed}"
    access_keys = [v for s in ("Messages", "CustomMessages") for v in thai[s].values() if "&" in v]
    assert all(re.search(r"\(&[A-Z]\)", v) and v.count("&") == 1 for v in access_keys), access_keys


def test_no_message_is_left_in_english(thai):
    english = {}
    for section in ("Messages", "CustomMessages"):
        for key, value in thai[section].items():
            words = NOT_WORDS.sub("", value)
            if key in EMPTY_IN_DEFAULT:
                assert value == "", key
            elif re.search("[A-Za-z\u0e01-\u0e5b]", words) and not THAI_LETTER.search(words):
                english[key] = value
            assert value or key in EMPTY_IN_DEFAULT, f"{key} is empty"
    assert not english, english
    assert thai["Messages"]["ButtonNext"] == "ถัดไป(&N) >"
    assert thai["Messages"]["ButtonBack"] == "< ย้อนกลับ(&B)"


def test_the_thai_file_is_utf8_with_a_bom_and_says_its_licence(thai):
    raw = THAI_ISL.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads a .isl without a BOM as ANSI"
    raw.decode("utf-8")
    assert thai["LangOptions"] == {"LanguageName": "ไทย", "LanguageID": "$041E", "LanguageCodePage": "874"}
    header = THAI_ISL.read_text(encoding="utf-8-sig").split("[LangOptions]")[0]
    assert "Part of ITADesk, under the MIT licence" in header and "LICENSE" in header
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")


def test_the_installer_is_thai_first_without_asking_and_its_files_exist(iss):
    text = ISS.read_text(encoding="utf-8-sig")
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', text.split("[Languages]")[1], re.M)
    assert [name for name, _ in languages] == ["thai", "english"]
    source_dir = (ISS.parent / iss["Setup"]["SourceDir"]).resolve()
    assert (source_dir / languages[0][1].replace("\\", "/")) == THAI_ISL
    assert languages[1][1] == "compiler:Default.isl"
    # Thai on every PC, English Windows too, and no language question: /LANG=english for English.
    assert iss["Setup"]["LanguageDetectionMethod"] == "none"
    assert iss["Setup"]["ShowLanguageDialog"] == "no"
    assert (source_dir / iss["Setup"]["SetupIconFile"].replace("\\", "/")).is_file()


def test_every_custom_message_the_script_uses_exists_in_both_languages(iss, thai):
    used = set(re.findall(r"\{cm:(\w+)", ISS.read_text(encoding="utf-8-sig")))
    assert {"CreateDesktopIcon", "FileTypeName", "OpenAfterInstall"} <= used
    default_isl = {k for s, k in reference() if s == "CustomMessages"}
    own = iss["CustomMessages"]
    for language, from_messages_file in (("thai", set(thai["CustomMessages"])), ("english", default_isl)):
        missing = {m for m in used if f"{language}.{m}" not in own and m not in from_messages_file}
        assert not missing, f"{language} lacks {missing}"
    for key, value in own.items():
        language, _, _name = key.partition(".")
        assert language in {"thai", "english"}, f"{key} is not tied to a language"
        assert bool(THAI_LETTER.search(value)) == (language == "thai"), f"{key}={value}"
