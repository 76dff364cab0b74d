# Agent creates a private directory and checks its mode.
cd /tmp/cws
mkdir -m 700 priv && stat -c '%a' priv
mkdir pub && chmod 750 pub && stat -c '%a' pub
