# sstdesk — `make run` and `make test` do the whole set-up on a fresh Debian machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# What Qt needs from the system: offscreen (tests) and on a real X11/Wayland screen (run);
# xvfb for the test that measures every window on a real (virtual) 1366×768 screen.
QT_DEBS := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
           libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
           libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 fonts-dejavu-core \
           xvfb

# Compiled translations (.qm) are built, never committed.
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: install system-deps run test lint bench clean translations dist dist-check deb

install: system-deps $(STAMP) $(QM)

system-deps:
	@command -v dpkg >/dev/null 2>&1 || exit 0; \
	missing=$$(for p in $(QT_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	[ -z "$$missing" ] && exit 0; \
	if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null; then SUDO=sudo; \
	else echo "Installera först: $$missing" >&2; exit 1; fi; \
	echo "Installerar systempaket för Qt: $$missing"; \
	$$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q $$missing

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "sstdesk needs Python 3.11+"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing UI strings: refresh the .ts files, then translate what is new. Swedish
# is the source language; its .ts holds only the "%n" strings, for their plural forms.
translations: $(STAMP)
	$(BIN)/python resources/translations/labels_source.py build/labels_tr.py
	$(BIN)/pyside6-lupdate -no-obsolete sstdesk/ui/*.py build/labels_tr.py -ts resources/translations/sstdesk_en.ts
	$(BIN)/pyside6-lupdate -no-obsolete -pluralonly -source-language sv_SE -target-language sv_SE \
		sstdesk/ui/*.py build/labels_tr.py -ts resources/translations/sstdesk_sv.ts

run: install
	$(BIN)/sstdesk

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow" --durations=25

bench: install
	@for script in bench/[!_]*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done
	# the sync state machine at length (make test runs 50 examples)
	SSTDESK_SYNC_EXAMPLES=1000 $(BIN)/python -m pytest -q -s tests/sync/test_state_machine.py

# The bundle IT installs (installer/README.md): dist/sstdesk, then its self-check.
dist: install
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	rm -rf dist/sstdesk
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/sstdesk.spec
	QT_QPA_PLATFORM=offscreen SSTDESK_DEPLOYMENT=/nonexistent dist/sstdesk/sstdesk --self-check
	@du -sh dist/sstdesk

# Builds a bundle of its own from this checkout and runs the built program's self-check.
dist-check: install
	$(BIN)/python -m pip install --quiet -e '.[dev,dist]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -s -m slow tests/installer

deb: dist
	installer/linux/build-deb.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .hypothesis
