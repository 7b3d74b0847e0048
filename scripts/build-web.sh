#!/usr/bin/env bash
# Install the web page's map library from the lockfile (npm ci) and copy its
# built files into the package (src/frontline/web/vendor/leaflet), so a wheel
# built afterwards ships them and `pip install` alone gives a working page.
# The copy is a build output: it is gitignored, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --prefix web --no-audit --no-fund --loglevel=error
dest=src/frontline/web/vendor/leaflet
rm -rf "$dest"
mkdir -p "$dest/images"
cp web/node_modules/leaflet/dist/leaflet.js web/node_modules/leaflet/dist/leaflet.css \
  web/node_modules/leaflet/LICENSE "$dest/"
cp web/node_modules/leaflet/dist/images/*.png "$dest/images/"
echo "web: leaflet $(node -p "require('./web/node_modules/leaflet/package.json').version") -> $dest"
