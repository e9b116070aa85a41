# lit configuration for the storport.CallbackRace tests.
import glob
import os
import re
import subprocess
import sys

import lit.formats

config.name = "storport-race"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "unit"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.storport_obj_root, "test")

clang = os.path.join(config.llvm_bin, "clang")
resource_dir = os.popen(clang + " -print-resource-dir").read().strip()
inputs = os.path.join(config.test_source_root, "Inputs")

# As upstream's %clang_analyze_cc1, with our plugin and checker.
analyze = (
    f"{clang} -cc1 -internal-isystem {resource_dir}/include -nostdsysteminc "
    f"-analyze -setup-static-analyzer -load {config.plugin} "
    f"-analyzer-checker=core,storport.CallbackRace"
)
config.substitutions.append(("%clang_analyze_cc1", analyze))
# The two header shapes: plain prototypes, and WDK-style inline wrappers and
# intrinsic macros compiled in MSVC mode.
config.substitutions.append(
    ("%plain", f"-I {inputs}/plain -I {inputs}/common"))
config.substitutions.append(
    ("%wdk", "-triple x86_64-pc-windows-msvc -fms-extensions -fms-compatibility "
     f"-fms-compatibility-version=19.33 -I {inputs}/wdk -I {inputs}/common"))
config.substitutions.append(("%clang", clang))
# The whole-driver tool, and the two header shapes as compiler-driver flags.
config.substitutions.append(
    ("%storport_race_check",
     os.path.join(config.storport_obj_root, "storport-race-check")))
config.substitutions.append(
    ("%expect_exit", f"python3 {inputs}/expect-exit.py"))
config.substitutions.append(
    ("%flags_plain", f"-I {inputs}/plain -I {inputs}/common"))
config.substitutions.append(
    ("%flags_wdk", "--target=x86_64-pc-windows-msvc -fms-extensions "
     f"-I {inputs}/wdk -I {inputs}/common"))
# The WDK shim (tools/wdk-shim) as storport-race-check uses it for x64: the
# mingw-w64 target with Microsoft extensions, over Debian's mingw-w64-common.
shim = os.path.join(config.storport_src_root, "tools", "wdk-shim", "include")
mingw = "/usr/share/mingw-w64/include"
shim_dirs = f"-isystem {shim} -isystem {mingw}/ddk -isystem {mingw}"
shim_defines = "-D_WIN64 -D_AMD64_ -DAMD64 -D_KERNEL_MODE -DWINNT=1"
# Driver flags, and cc1 flags for %clang_analyze_cc1 (what the driver passes
# for that target), with the common test boilerplate as %plain and %wdk have.
config.substitutions.append(
    ("%flags_shim",
     f"--target=x86_64-w64-windows-gnu -fms-extensions -nostdlibinc "
     f"{shim_defines} {shim_dirs} -I {inputs}/common"))
config.substitutions.append(
    ("%shim",
     f"-triple x86_64-w64-windows-gnu -mms-bitfields -fms-extensions "
     f"-fgnuc-version=4.2.1 {shim_defines} {shim_dirs} -I {inputs}/common"))
config.substitutions.append(("%plugin", config.plugin))
config.substitutions.append(("%unittests", config.unittests))
if config.unittests:
    config.available_features.add("unittests")
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%srcroot", config.storport_src_root))
config.substitutions.append(("%llvm_version", config.llvm_version))
config.substitutions.append(
    ("FileCheck", os.path.join(config.llvm_bin, "FileCheck")))
config.substitutions.append(("%not", os.path.join(config.llvm_bin, "not")))
# scan-build of the same LLVM release (clang-tools-N; a perl script).
config.substitutions.append(
    ("%scan_build", os.path.join(config.llvm_bin, "scan-build")))
config.substitutions.append(
    ("%analyze_build", os.path.join(config.llvm_bin, "analyze-build")))
config.substitutions.append(("%count", os.path.join(config.llvm_bin, "count")))
config.available_features.add("llvm-" + config.llvm_version_major)
config.environment["LLVM_BIN"] = config.llvm_bin
config.environment["PATH"] = config.llvm_bin + os.pathsep + os.environ["PATH"]


# The plugin built for another LLVM release, when that build exists next to
# this one (tools/build.sh puts each release in build-<major>/): the
# version-mismatch tests load each plugin into the other release's clang.
def find_other_build():
    pattern = os.path.join(config.storport_src_root, "build-*", "test",
                           "lit.site.cfg.py")
    for site in sorted(glob.glob(pattern)):
        with open(site) as f:
            values = dict(re.findall(r'^config\.(\w+) = "(.*)"$', f.read(),
                                     re.MULTILINE))
        if values.get("llvm_version_major") == config.llvm_version_major:
            continue
        plugin = values.get("plugin", "")
        clang = os.path.join(values.get("llvm_bin", ""), "clang")
        if os.path.isfile(plugin) and os.access(clang, os.X_OK):
            return plugin, clang, values.get("llvm_version", "")
    return None


other = find_other_build()
if other:
    other_plugin, other_clang, other_version = other
    config.available_features.add("other-plugin")
    config.substitutions.append(("%other_plugin", other_plugin))
    config.substitutions.append(("%other_clang", other_clang))
    config.substitutions.append(("%other_llvm_version", other_version))


# storport-race-check's report formats (test/Tool): the Python running lit
# runs their helper scripts.
config.substitutions.append(("%python", sys.executable))
# Microsoft's SARIF Multitool, installed by tools/setup.sh with npm into
# build-tools/node/. The Linux package's self-contained .NET executable is
# run directly; without ICU, .NET runs in invariant-globalization mode.
multitool_pkg = os.path.join(config.storport_src_root, "build-tools", "node",
                             "node_modules", "@microsoft",
                             "sarif-multitool-linux")
multitool = os.path.join(multitool_pkg, "Sarif.Multitool")
if os.access(multitool, os.X_OK):
    config.available_features.add("sarif-multitool")
    config.substitutions.append(("%sarif_multitool", multitool))
    config.environment["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1"
    config.environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1"
# The SARIF 2.1.0 JSON schema that package ships, checked with Python's
# jsonschema (the Multitool misses some schema errors, e.g. a bad enum).
sarif_schema = os.path.join(multitool_pkg, "sarif-2.1.0.json")
if os.path.isfile(sarif_schema) and subprocess.call(
        [sys.executable, "-c", "import jsonschema"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
    config.available_features.add("sarif-schema")
    config.substitutions.append(("%sarif_schema", sarif_schema))
