# CI step: the web map's needs. Debian's chromium for the real-browser test
# (Playwright drives /usr/bin/chromium; its own browser download is not used),
# node/npm when missing, then Leaflet from the lockfile, copied into the
# package by scripts/build-web.sh. Screenshots land in tests/artifacts/.
if ! command -v chromium >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  apt-get update -qq
  command -v chromium >/dev/null 2>&1 || apt-get install -y -qq chromium >/dev/null
  command -v npm >/dev/null 2>&1 || apt-get install -y -qq nodejs npm >/dev/null
fi
bash scripts/build-web.sh
export FRONTLINE_ARTIFACTS="${FRONTLINE_ARTIFACTS:-$PWD/tests/artifacts}"
mkdir -p "$FRONTLINE_ARTIFACTS"
