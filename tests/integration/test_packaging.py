"""Packaging: the PyInstaller spec, the MSI definition and its file list, the
machine-wide database URL, the crash handler, and — slow — the frozen build itself.

The slow test runs ``scripts/build-frozen.sh`` (PyInstaller build + the frozen
``self-test``) and ``scripts/check-installer.sh`` (wixl) into temporary folders; it needs
the ``build`` extra (PyInstaller) and wixl (the script installs it as root/sudo).
"""

from __future__ import annotations

import ast
import importlib.util
import logging
import os
import shutil
import subprocess
import sys
import threading
import tomllib
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from hmc_desktop import machine_config
from hmc_desktop.machine_config import MachineConfigError, file_db_url, machine_db_url

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT_VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
UPGRADE_CODE = "6F1C5B52-3D0E-4C8A-9B57-0C2E7A4D9E31"

sys.path.insert(0, str(ROOT / "installer"))
import make_wxs  # noqa: E402  (installer/ is not a package)


def _need_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("CI must run the packaging tests: install the build extra (.[build])")
        pytest.skip("PyInstaller is not installed (pip install -e .[build])")


# --- build.spec -----------------------------------------------------------------------


class _Recorded:
    calls: list[_Recorded]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        type(self).calls.append(self)


class _Analysis(_Recorded):
    calls: list[_Recorded] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pure: list[Any] = []
        self.scripts: list[Any] = []
        self.binaries: list[tuple[str, str, str]] = []
        self.datas = [(dest + "/" + Path(src).name, src, "DATA") for src, dest in kwargs["datas"]]


class _Exe(_Recorded):
    calls: list[_Recorded] = []


class _Other(_Recorded):
    calls: list[_Recorded] = []


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """build.spec executed with stand-ins for PyInstaller's Analysis/PYZ/EXE/COLLECT."""
    _need_pyinstaller()
    for cls in (_Analysis, _Exe, _Other):
        cls.calls = []
    work = tmp_path_factory.mktemp("spec-work")
    namespace: dict[str, Any] = {
        "__name__": "__main__", "SPECPATH": str(ROOT), "workpath": str(work),
        "DISTPATH": str(work / "dist"), "Analysis": _Analysis, "PYZ": _Other, "EXE": _Exe,
        "COLLECT": _Other,
    }
    code = compile((ROOT / "build.spec").read_text("utf-8"), str(ROOT / "build.spec"), "exec")
    saved_path = list(sys.path)
    try:
        exec(code, namespace)
    finally:
        sys.path[:] = saved_path
    namespace["analysis"] = _Analysis.calls[0]
    namespace["exes"] = {c.kwargs["name"]: c for c in _Exe.calls}
    return namespace


def test_spec_takes_its_version_from_pyproject(spec: dict[str, Any]) -> None:
    assert spec["VERSION"] == PYPROJECT_VERSION
    major, minor, patch = (int(n) for n in PYPROJECT_VERSION.split(".")[:3])
    assert spec["VERSION_TUPLE"][:3] == (major, minor, patch)
    for strings in spec["VERSION_STRINGS"].values():
        assert strings["ProductVersion"] == PYPROJECT_VERSION
        assert strings["FileVersion"] == ".".join(map(str, spec["VERSION_TUPLE"]))
    assert spec["numeric_version"]("2.3rc1+local") == (2, 3, 1, 0)


@pytest.mark.skipif(sys.platform != "win32", reason="PyInstaller's versioninfo needs win32api")
def test_spec_builds_the_windows_version_resource(spec: dict[str, Any]) -> None:
    resource = spec["version_resource"](spec["VERSION_STRINGS"]["hmc-desktop"])
    assert PYPROJECT_VERSION in str(resource)


def _versioninfo_stand_in() -> types.ModuleType:
    """PyInstaller's versioninfo classes, as recorders that accept exactly the real
    constructors' parameters (read from its source: the module imports only on Windows)."""
    origin = importlib.util.find_spec("PyInstaller.utils.win32.versioninfo").origin  # type: ignore[union-attr]
    module = types.ModuleType("versioninfo")
    for node in ast.parse(Path(origin or "").read_text("utf-8")).body:
        init = next((f for f in getattr(node, "body", []) if isinstance(f, ast.FunctionDef)
                     and f.name == "__init__"), None)
        if not isinstance(node, ast.ClassDef) or init is None:
            continue
        params = [a.arg for a in init.args.args[1:]]
        required = params[:len(params) - len(init.args.defaults)]

        def __init__(self: Any, *args: Any, _params: list[str] = params,
                     _required: list[str] = required, **kwargs: Any) -> None:
            assert len(args) <= len(_params), f"{type(self).__name__}: too many arguments"
            bound = dict(zip(_params, args, strict=False))
            unknown = set(kwargs) - set(_params)
            assert not unknown, f"{type(self).__name__} has no parameter {unknown}"
            bound.update(kwargs)
            assert set(_required) <= set(bound), f"{type(self).__name__} misses {_required}"
            self.bound = bound

        setattr(module, node.name, type(node.name, (), {"__init__": __init__}))
    return module


def test_spec_version_resource_fits_pyinstallers_classes(
        spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    import PyInstaller.utils.win32 as win32

    stand_in = _versioninfo_stand_in()
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", stand_in)
    monkeypatch.setattr(win32, "versioninfo", stand_in, raising=False)
    resource = spec["version_resource"](spec["VERSION_STRINGS"]["hmc-desktop-cli"])
    assert resource.bound["ffi"].bound["filevers"] == spec["VERSION_TUPLE"]
    (string_file_info, var_file_info) = resource.bound["kids"]
    (table,) = string_file_info.bound["kids"]
    strings = {s.bound["name"]: s.bound["val"] for s in table.bound["kids"]}
    assert strings["ProductVersion"] == PYPROJECT_VERSION
    assert strings["OriginalFilename"] == "hmc-desktop-cli.exe"
    assert var_file_info.bound["kids"][0].bound["kids"] == [0x041D, 1200]


def test_spec_makes_a_windowed_program_and_a_console_one(spec: dict[str, Any]) -> None:
    exes = spec["exes"]
    assert set(exes) == {"hmc-desktop", "hmc-desktop-cli"}
    assert exes["hmc-desktop-cli"].kwargs["console"] is True
    assert exes["hmc-desktop"].kwargs["console"] is (sys.platform != "win32")
    entry = Path(spec["analysis"].args[0][0])
    assert entry.read_text("utf-8").strip().endswith("run()")


def _bundled(spec: dict[str, Any]) -> set[str]:
    return {dest for dest, _src, _kind in spec["analysis"].datas}


def test_spec_bundles_migrations_resources_and_holiday_names(spec: dict[str, Any]) -> None:
    bundled = _bundled(spec)
    migrations = ROOT / "hmc_desktop" / "db" / "migrations"
    for path in [migrations / "env.py", migrations / "script.py.mako",
                 *sorted((migrations / "versions").glob("*.py"))]:
        assert f"hmc_desktop/db/migrations/{path.relative_to(migrations).as_posix()}" in bundled
    res = spec["RESOURCES_DEST"]
    assert f"{res}/fonts/DejaVuSans.ttf" in bundled
    assert f"{res}/translations/hmc_en.qm" in bundled  # compiled from the .ts if need be
    assert not any(d.endswith(".ts") for d in bundled)
    assert "holidays/locale/sv/LC_MESSAGES/SE.mo" in bundled
    # The distribution metadata: hmc_desktop.version and holidays ask importlib.metadata.
    folders = {dest.split("/")[0] for _src, dest in spec["analysis"].kwargs["datas"]}
    assert any(f.startswith("hmc_desktop-") and f.endswith(".dist-info") for f in folders)
    assert any(f.startswith("holidays-") and f.endswith(".dist-info") for f in folders)


def test_spec_puts_resources_where_resource_path_looks_when_frozen(
        spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from hmc_desktop.paths import resource_path

    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    frozen = resource_path("fonts", "DejaVuSans.ttf").relative_to(tmp_path)
    assert PurePosixPath(*frozen.parts).as_posix() in _bundled(spec)


def test_spec_hidden_imports_and_exclusions(spec: dict[str, Any]) -> None:
    hidden = set(spec["analysis"].kwargs["hiddenimports"])
    for name in ("holidays.countries.sweden", "tzdata", "sqlalchemy.dialects.postgresql.psycopg",
                 "sqlalchemy.dialects.sqlite.pysqlite", "psycopg_binary", "PySide6.QtPdf",
                 "PySide6.QtPdfWidgets", "PySide6.QtCharts", "PySide6.QtPrintSupport",
                 "hmc_desktop.cli.selftest_cmd", "hmc_desktop.ui.shell.crash",
                 "hmc_desktop.machine_config"):
        assert name in hidden
    assert "hmc_desktop.__main__" not in hidden  # importing it would run the program
    assert not any(".migrations" in name for name in hidden)
    excludes = set(spec["analysis"].kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtQml",
            "PySide6.QtMultimedia", "PySide6.Qt3DCore", "tkinter"} <= excludes


# --- the MSI definition ------------------------------------------------------------------


def _wxs() -> ET.Element:
    return ET.parse(ROOT / "installer" / "hmc-desktop.wxs").getroot()


def test_wxs_has_a_fixed_upgrade_code_and_a_major_upgrade() -> None:
    product = _wxs().find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.get("Id") == "*"  # a new ProductCode per build: every MSI is a major upgrade
    assert str(make_wxs.GUID_NAMESPACE).upper() == UPGRADE_CODE
    upgrades = product.findall(f"{WIX}MajorUpgrade")
    assert upgrades and all(u.get("DowngradeErrorMessage") for u in upgrades)
    package = product.find(f"{WIX}Package")
    assert package is not None and package.get("InstallScope") == "perMachine"
    folders = {d.get("Id"): d for d in product.iter(f"{WIX}Directory")}
    assert "INSTALLDIR" in {c.get("Id") for c in folders["ProgramFiles64Folder"]}


def test_wxs_writes_the_db_url_property_where_the_program_reads_it() -> None:
    product = _wxs().find(f"{WIX}Product")
    assert product is not None
    assert "HMC_DB_URL" in {p.get("Id") for p in product.iter(f"{WIX}Property")}
    values = [v for v in product.iter(f"{WIX}RegistryValue") if v.get("Name") == "DbUrl"]
    assert len(values) == 1
    value = values[0]
    assert value.get("Root") == "HKLM"
    assert value.get("Key") == machine_config.REGISTRY_KEY
    assert value.get("Name") == machine_config.REGISTRY_VALUE
    assert value.get("Value") == "[HMC_DB_URL]" and value.get("Type") == "string"
    searches = list(product.iter(f"{WIX}RegistrySearch"))
    assert searches and all(s.get("Key") == machine_config.REGISTRY_KEY for s in searches)


def test_wxs_has_a_start_menu_shortcut_to_the_windowed_exe() -> None:
    shortcuts = list(_wxs().iter(f"{WIX}Shortcut"))
    assert [s.get("Target") for s in shortcuts] == ["[#GuiExe]"]


# --- make_wxs.py ---------------------------------------------------------------------------


@pytest.fixture
def sample_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "hmc-desktop"
    files = ["hmc-desktop.exe", "hmc-desktop-cli.exe", "_internal/base_library.zip",
             "_internal/PySide6/Qt 6/plugins/platforms/qwindows.dll",
             "_internal/hmc_desktop/resources/fonts/DejaVuSans.ttf",
             "_internal/hmc_desktop/resources/läs mig.txt",
             "_internal/hmc_desktop/db/migrations/versions/0001_initial_schema.py"]
    for rel in files:
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel, encoding="utf-8")
    (folder / "_internal" / "empty").mkdir()
    return folder


def test_make_wxs_lists_every_file_once(sample_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "files.wxs"
    assert make_wxs.main([str(sample_folder), str(out)]) == 0
    root = ET.parse(out).getroot()
    sources = [f.get("Source") for f in root.iter(f"{WIX}File")]
    expected = sorted(f"$(var.SourceDir)/{p.relative_to(sample_folder).as_posix()}"
                      for p in sample_folder.rglob("*") if p.is_file())
    assert sorted(s or "" for s in sources) == expected
    components = list(root.iter(f"{WIX}Component"))
    refs = [r.get("Id", "") for r in root.iter(f"{WIX}ComponentRef")]
    assert sorted(refs) == sorted(c.get("Id", "") for c in components)  # all in AppFiles, once
    ids = [e.get("Id", "") for e in root.iter() if e.get("Id") and not e.tag.endswith("Ref")]
    assert len(ids) == len(set(ids))
    assert all(len(i) <= 72 for i in ids)
    for component in components:  # one file per component, and it is the key path
        (file,) = component.findall(f"{WIX}File")
        assert file.get("KeyPath") == "yes"
    # Directories nest as in the folder.
    internal = next(d for d in root.iter(f"{WIX}Directory") if d.get("Name") == "_internal")
    assert {d.get("Name") for d in internal.findall(f"{WIX}Directory")} == {"PySide6", "hmc_desktop"}


def test_make_wxs_ids_and_guids_are_stable_and_exes_have_fixed_ids(sample_folder: Path) -> None:
    first, second = make_wxs.collect(sample_folder), make_wxs.collect(sample_folder)
    assert first == second
    by_name = {e.rel.as_posix(): e for e in first}
    assert by_name["hmc-desktop.exe"].file_id == "GuiExe"
    assert by_name["hmc-desktop-cli.exe"].file_id == "CliExe"
    assert len({e.guid for e in first}) == len(first)


def test_make_wxs_refuses_a_folder_without_the_programs(tmp_path: Path) -> None:
    (tmp_path / "readme.txt").write_text("x", encoding="utf-8")
    with pytest.raises(SystemExit, match="GuiExe"):
        make_wxs.collect(tmp_path)


def test_msi_version_is_three_numbers() -> None:
    assert make_wxs.msi_version("0.1.0") == "0.1.0"
    assert make_wxs.msi_version("1.4") == "1.4.0"
    assert make_wxs.msi_version("2.0.1rc2+g1234") == "2.0.1"
    assert make_wxs.msi_version(PYPROJECT_VERSION) == ".".join(PYPROJECT_VERSION.split(".")[:3])


# --- machine-wide database URL ---------------------------------------------------------------


@pytest.fixture
def machine_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "ProgramData" / "hmc-desktop" / "hmc-desktop.toml"
    monkeypatch.setattr(machine_config, "config_file", lambda: path)
    monkeypatch.setattr(machine_config, "registry_db_url", lambda: None)
    return path


def test_machine_db_url_reads_the_machine_file(machine_file: Path) -> None:
    assert machine_db_url() is None  # no file: no machine setting
    machine_file.parent.mkdir(parents=True)
    machine_file.write_text('[database]\ndb_url = " postgresql+psycopg://hmc@db/hmc "\n',
                            encoding="utf-8-sig")  # Notepad writes a BOM
    assert machine_db_url() == "postgresql+psycopg://hmc@db/hmc"


@pytest.mark.parametrize("text", ["", "[database]\n", '[database]\ndb_url = ""\n', "[other]\nx = 1\n"])
def test_machine_db_url_none_when_not_set(machine_file: Path, text: str) -> None:
    machine_file.parent.mkdir(parents=True)
    machine_file.write_text(text, encoding="utf-8")
    assert machine_db_url() is None


@pytest.mark.parametrize("text", ["[database\n", "[database]\ndb_url = 5\n"])
def test_machine_db_url_refuses_a_broken_file(machine_file: Path, text: str) -> None:
    machine_file.parent.mkdir(parents=True)
    machine_file.write_text(text, encoding="utf-8")
    with pytest.raises(MachineConfigError, match=str(machine_file).replace("\\", "\\\\")):
        machine_db_url()


def test_the_registry_wins_over_the_file(machine_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    machine_file.parent.mkdir(parents=True)
    machine_file.write_text('[database]\ndb_url = "sqlite:///file"\n', encoding="utf-8")
    monkeypatch.setattr(machine_config, "registry_db_url", lambda: "postgresql+psycopg://reg/hmc")
    assert machine_db_url() == "postgresql+psycopg://reg/hmc"


class _FakeKey:
    def __enter__(self) -> _FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _fake_winreg(values: dict[tuple[str, str], tuple[object, int]]) -> types.ModuleType:
    reg = types.ModuleType("winreg")
    reg.HKEY_LOCAL_MACHINE, reg.KEY_READ, reg.KEY_WOW64_64KEY = 1, 0x20019, 0x100  # type: ignore[attr-defined]
    reg.REG_SZ, reg.REG_EXPAND_SZ, reg.REG_DWORD = 1, 2, 4  # type: ignore[attr-defined]
    opened: dict[int, str] = {}

    def open_key(root: int, key: str, reserved: int, access: int) -> _FakeKey:
        assert root == 1 and access & 0x100, "must read the 64-bit view of HKLM"
        if not any(k == key for k, _ in values):
            raise FileNotFoundError(key)
        handle = _FakeKey()
        opened[id(handle)] = key
        return handle

    def query(handle: _FakeKey, name: str) -> tuple[object, int]:
        try:
            return values[(opened[id(handle)], name)]
        except KeyError:
            raise FileNotFoundError(name) from None

    reg.OpenKey, reg.QueryValueEx = open_key, query  # type: ignore[attr-defined]
    return reg


@pytest.mark.parametrize(("values", "expected"), [
    ({(machine_config.REGISTRY_KEY, "DbUrl"): ("postgresql+psycopg://hmc@db/hmc", 1)},
     "postgresql+psycopg://hmc@db/hmc"),
    ({(machine_config.REGISTRY_KEY, "DbUrl"): ("", 1)}, None),  # the MSI without HMC_DB_URL
    ({(machine_config.REGISTRY_KEY, "Other"): ("x", 1)}, None),
    ({}, None),
])
def test_registry_db_url(monkeypatch: pytest.MonkeyPatch, values: dict[Any, Any],
                         expected: str | None) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg(values))
    assert machine_config.registry_db_url() == expected


def test_registry_db_url_refuses_a_number(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg(
        {(machine_config.REGISTRY_KEY, "DbUrl"): (5, 4)}))
    with pytest.raises(MachineConfigError, match="REG_SZ"):
        machine_config.registry_db_url()


def test_file_db_url_of_a_missing_file(tmp_path: Path) -> None:
    assert file_db_url(tmp_path / "nope.toml") is None


# --- crash handler ---------------------------------------------------------------------------


@pytest.fixture
def crash(qapp: Any, tmp_path: Path) -> Iterator[tuple[Any, list[tuple[str, Path]]]]:
    from hmc_desktop.ui.shell.crash import CrashHandler

    shown: list[tuple[str, Path]] = []
    handler = CrashHandler(lambda message, log: shown.append((message, log)),
                           log_file=tmp_path / "logs" / "hmc-desktop.log").install()
    try:
        yield handler, shown
    finally:
        handler.uninstall()


def _raise_into(hook: Any) -> None:
    try:
        raise ValueError("kaboom: personnummer 19121212-1212")
    except ValueError:
        hook(*sys.exc_info())


def test_crash_handler_logs_and_shows_a_sentence(crash: Any, caplog: pytest.LogCaptureFixture) -> None:
    handler, shown = crash
    assert sys.excepthook == handler.excepthook
    with caplog.at_level(logging.CRITICAL, logger="hmc_desktop.crash"):
        _raise_into(sys.excepthook)
    (record,) = [r for r in caplog.records if r.name == "hmc_desktop.crash"]
    assert record.exc_info is not None and record.exc_info[0] is ValueError  # traceback → log
    ((message, log_file),) = shown
    assert str(handler.log_file) in message and log_file == handler.log_file
    assert message.startswith("Ett oväntat fel inträffade")
    assert "Traceback" not in message and "kaboom" not in message and 'File "' not in message


def test_crash_in_a_thread_is_shown_in_the_gui_thread(crash: Any, qtbot: Any) -> None:
    handler, _ = crash
    threads: list[threading.Thread] = []
    handler._show = lambda message, log: threads.append(threading.current_thread())

    def boom() -> None:
        raise RuntimeError("in a worker")

    worker = threading.Thread(target=boom, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads == [threading.main_thread()]


def test_a_failing_dialog_does_not_recurse(crash: Any, caplog: pytest.LogCaptureFixture) -> None:
    handler, _ = crash
    calls: list[str] = []

    def broken(message: str, log: Path) -> None:
        calls.append(message)
        raise RuntimeError("the dialog broke")

    handler._show = broken
    with caplog.at_level(logging.ERROR, logger="hmc_desktop.crash"):
        _raise_into(sys.excepthook)
    assert len(calls) == 1
    assert any("could not be shown" in r.getMessage() for r in caplog.records)
    _raise_into(sys.excepthook)  # the handler still works afterwards
    assert len(calls) == 2


def test_one_message_at_a_time(crash: Any) -> None:
    handler, shown = crash
    nested: list[int] = []

    def show(message: str, log: Path) -> None:
        shown.append((message, log))
        nested.append(1)
        _raise_into(sys.excepthook)  # a second error while the first message is up

    handler._show = show
    _raise_into(sys.excepthook)
    assert len(nested) == 1


def test_keyboard_interrupt_goes_to_the_default_hook(crash: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _handler, shown = crash
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda t, v, tb: seen.append(t))
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt] and shown == []


def test_install_crash_handler_and_uninstall(qapp: Any, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from hmc_desktop.ui.shell import crash as crash_module

    folders: list[Path] = []
    monkeypatch.setattr(crash_module, "enable_faulthandler", folders.append)
    before = (sys.excepthook, threading.excepthook)
    handler = crash_module.install_crash_handler(qapp, show=lambda m, p: None,
                                                 log_file=tmp_path / "x.log")
    try:
        assert sys.excepthook == handler.excepthook
        assert threading.excepthook == handler.thread_excepthook
        assert folders == [tmp_path]
    finally:
        handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_default_dialog_offers_the_log_folder(qapp: Any, monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from hmc_desktop.ui.shell import crash as crash_module

    seen: list[tuple[str, list[str]]] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append((box.text(), [b.text() for b in box.buttons()]))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    message = crash_module.crash_message(ValueError, tmp_path / "hmc-desktop.log")
    crash_module.show_dialog(message, tmp_path / "hmc-desktop.log")
    ((text, buttons),) = seen
    assert str(tmp_path / "hmc-desktop.log") in text
    assert "Öppna loggmappen" in buttons


# --- the frozen build (slow) -------------------------------------------------------------------


@pytest.mark.slow
def test_frozen_build_passes_its_self_test_and_packages(tmp_path: Path) -> None:
    """PyInstaller build → frozen self-test (offscreen) → size limit → MSI via wixl."""
    _need_pyinstaller()
    if shutil.which("bash") is None:
        pytest.skip("needs bash")
    env = {k: v for k, v in os.environ.items() if not k.startswith("HMC_")}
    env.update(HMC_DIST_DIR=str(tmp_path / "dist"), HMC_WORK_DIR=str(tmp_path / "work"),
               HMC_INSTALLER_OUT=str(tmp_path / "installer"), PYTHON=sys.executable,
               QT_QPA_PLATFORM="offscreen")
    build = subprocess.run(["bash", str(ROOT / "scripts" / "build-frozen.sh")], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    assert "self-test ok" in build.stdout
    assert "frozen build ok" in build.stdout
    print(build.stdout[-800:])
    folder = tmp_path / "dist" / "hmc-desktop"
    msi = subprocess.run(["bash", str(ROOT / "scripts" / "check-installer.sh"), str(folder)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert msi.returncode == 0, msi.stdout[-3000:] + msi.stderr[-3000:]
    assert "installer ok" in msi.stdout
    print(msi.stdout[-400:])
