#!/usr/bin/env bash
# Builds the .deb from an existing build folder, installs it, and runs `ztpw --version` and the
# end-to-end test against the installed binaries. Needs root. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build_dir=$(realpath "${1:-build}")
source_dir=$(cd "$(dirname "$0")/.." && pwd)

(cd "$build_dir" && cpack -G DEB)
package=$(ls -t "$build_dir"/ztp-workbench_*.deb | head -n 1)
echo "installing $package"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"

/usr/bin/ztpw --version
getcap /usr/bin/ztpw | grep -q cap_net_bind_service || { echo "FAIL: postinst granted no capabilities to /usr/bin/ztpw"; exit 1; }
test -f /usr/share/applications/io.github.ztpworkbench.ZtpWorkbench.desktop
test -f /usr/share/man/man1/ztpw.1.gz || test -f /usr/share/man/man1/ztpw.1
bash "$source_dir/tests/e2e/skeleton_e2e.sh" /usr/bin/ztpw
