# Sourced by the scripts that install what they need from Debian's packages. Expects SUDO ("" as root, "sudo" otherwise).

# Whether the Debian package $1 is installed.
installed() { [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]; }

# Installs the given packages, waiting for another apt run that holds the lock (e.g. on a shared machine).
apt_install() {
    $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@"
}
