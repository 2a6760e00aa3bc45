#!/usr/bin/env bash
# Installs the Debian packages the service and its tests need, only when missing.
set -euo pipefail

# PostgreSQL and pg_sphere, at the version that can create the extension: db.sh keeps that pin.
"$(dirname "$0")/db.sh" install >/dev/null

wanted=(
  stilts
  python3-pyvo
  python3-astropy
  libcfitsio10
  libcfitsio-bin
  fitsverify
  # The portal's browser tests: headless Chromium driven through its WebDriver.
  chromium
  chromium-driver
)

installed_version() {
  dpkg-query -W -f='${Status} ${Version}' "$1" 2>/dev/null | awk '$3 == "installed" { print $4 }' || true
}

missing=()
for spec in "${wanted[@]}"; do
  name=${spec%%=*}
  version=${spec#*=}
  have=$(installed_version "$name")
  if [ -z "$have" ] || { [ "$version" != "$spec" ] && [ "$have" != "$version" ]; }; then
    missing+=("$spec")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "missing Debian packages: ${missing[*]}" >&2
  echo "install them as root: apt-get install --allow-downgrades ${missing[*]}" >&2
  exit 1
fi

echo "installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends --allow-downgrades "${missing[@]}" >/dev/null
