#!/usr/bin/env bash
# Browser tests: the staff application in real headless Chromium (Tests/browser, pytest + selenium).
#
# Installs what the machine lacks (Debian: chromium, chromium-driver, fonts-noto-cjk; PyPI: selenium,
# pytest — in a virtual environment under .build/ when the system Python has neither), builds the
# `huiyin` binary when needed, and runs pytest. Screenshots of the main pages go to screenshots/.
#
# Exit status: pytest's (0 when every test passed); 77 when Chromium or selenium are missing and cannot
# be installed (no network, not root) — scripts/test.sh then skips the browser tests.
# Environment: HUIYIN_BIN=path  test this binary and build nothing (e.g. a release build);
#              PYTEST_ARGS="…"  extra pytest arguments (e.g. "-k keyboard -x").
set -uo pipefail
cd "$(dirname "$0")/.."

readonly SKIP=77
readonly VENV=.build/browser-venv
say() { printf 'browser-tests: %s\n' "$*" >&2; }

# Runs a command as root: directly, or with sudo when that needs no password.
as_root() {
    if [ "$(id -u)" = 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo "$@"
    else return 1
    fi
}

apt_updated=no
apt_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    say "installing $* (apt-get)"
    if [ "$apt_updated" = no ]; then
        as_root apt-get update -qq || return 1
        apt_updated=yes
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

installed() { command -v dpkg >/dev/null 2>&1 && dpkg -s "$1" >/dev/null 2>&1; }

# --- Chromium, its driver, Chinese fonts (Debian) ---
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ] && ! apt_install "${missing[@]}"; then
    say "SKIP: ${missing[*]} missing and could not be installed (needs root and the Debian mirror)."
    exit $SKIP
fi
if ! installed fonts-noto-cjk && ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q .; }; then
    apt_install fonts-noto-cjk || say "warning: no Chinese font (fonts-noto-cjk): screenshots will show boxes for Chinese text."
fi

# --- selenium and pytest (PyPI) ---
has_modules() { "$1" -c 'import selenium, pytest' >/dev/null 2>&1; }
python=""
for candidate in "${BROWSER_PYTHON:-}" python3 "$VENV/bin/python"; do
    if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 && has_modules "$candidate"; then
        python=$candidate
        break
    fi
done
if [ -z "$python" ]; then
    command -v python3 >/dev/null 2>&1 || apt_install python3 python3-venv || true
    # Debian's python3 refuses system-wide pip installs (PEP 668): a virtual environment under .build/.
    if command -v python3 >/dev/null 2>&1; then
        if [ ! -x "$VENV/bin/pip" ]; then
            rm -rf "$VENV"
            python3 -m venv "$VENV" >/dev/null 2>&1 || { apt_install python3-venv && python3 -m venv "$VENV"; } || true
        fi
        if [ -x "$VENV/bin/pip" ]; then
            say "installing selenium and pytest (pip, into $VENV)"
            "$VENV/bin/pip" install --quiet --disable-pip-version-check selenium pytest && has_modules "$VENV/bin/python" && python=$VENV/bin/python
        fi
    fi
fi
if [ -z "$python" ]; then
    say "SKIP: Python selenium/pytest missing and could not be installed (needs python3, python3-venv and PyPI)."
    exit $SKIP
fi

# --- the huiyin binary ---
if [ -z "${HUIYIN_BIN:-}" ]; then
    say "building huiyin (swift build --product huiyin)"
    log=$(mktemp)
    if ! swift build --product huiyin >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        rm -f "$log"
        say "FAILED: swift build --product huiyin"
        exit 1
    fi
    rm -f "$log"
    HUIYIN_BIN="$(swift build --product huiyin --show-bin-path)/huiyin"
fi
export HUIYIN_BIN

# --- the tests ---
say "running Tests/browser against $HUIYIN_BIN"
log=$(mktemp)
# shellcheck disable=SC2086  # PYTEST_ARGS is a list of words
"$python" -m pytest Tests/browser ${PYTEST_ARGS:-} 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
summary=$(grep -E '^=+ .*(passed|failed|error|skipped|no tests ran).* =+$' "$log" | tail -n 1 | sed -E 's/^=+ //; s/ =+$//')
rm -f "$log"
echo "browser tests: ${summary:-no summary (pytest exit status $status)}; screenshots in screenshots/"
exit "$status"
