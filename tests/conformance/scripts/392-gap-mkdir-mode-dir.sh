# Agent creates a private directory and checks its mode.
# gap: the memory backend keeps fixed directory modes (mkdir -m / chmod on a directory are not stored)
cd /tmp/cws
mkdir -m 700 priv && stat -c '%a' priv
mkdir pub && chmod 750 pub && stat -c '%a' pub
