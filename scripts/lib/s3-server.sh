#!/usr/bin/env bash
# A real local S3 server for tests: s3s-fs (checks SigV4 signatures), installed with cargo
# when missing, started on 127.0.0.1 with a free port and random keys, stopped at exit.
#
# Source it and call the functions:
#   source scripts/lib/s3-server.sh
#   s3_server_start || exit 1      # installs if needed; exports the S3_* variables below
#   trap s3_server_stop EXIT
# Exports: S3_ENDPOINT (http://127.0.0.1:PORT), S3_ACCESS_KEY, S3_SECRET_KEY, S3_REGION,
# S3_SERVER_DIR (the served folder: each sub-folder is a bucket, each file an object),
# S3_SERVER_PID. Or run it: `scripts/lib/s3-server.sh env` starts a server, prints those
# exports and leaves it running (stop it with `kill $S3_SERVER_PID`).

S3S_FS_VERSION=0.14.1

# Installs s3s-fs unless the right version is already in cargo's bin folder.
s3_server_install() {
    local bin="${CARGO_HOME:-$HOME/.cargo}/bin/s3s-fs"
    if [[ -x "$bin" ]] && cargo install --list 2>/dev/null | grep -qx "s3s-fs v${S3S_FS_VERSION}:"; then
        return 0
    fi
    cargo install s3s-fs --version "$S3S_FS_VERSION" --features binary
}

# A TCP port on 127.0.0.1 that nothing listens on, below Linux's ephemeral range (32768 and
# up), where a port can be taken by an outgoing connection without anything listening on it.
s3_free_port() {
    local port i
    for ((i = 0; i < 100; i++)); do
        port=$((20000 + RANDOM % 12000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}

s3_random_hex() {
    od -An -N"$1" -tx1 /dev/urandom | tr -d ' \n'
}

# Starts the server, trying another port when the chosen one was taken meanwhile.
s3_server_start() {
    local attempt
    for attempt in 1 2 3 4 5; do
        s3_server_start_once && return 0
    done
    return 1
}

s3_server_start_once() {
    s3_server_install || return 1
    local bin="${CARGO_HOME:-$HOME/.cargo}/bin/s3s-fs"
    local port
    port="$(s3_free_port)" || { echo "s3-server: no free port" >&2; return 1; }
    S3_SERVER_DIR="$(mktemp -d "${TMPDIR:-/tmp}/s3s-fs.XXXXXX")"
    S3_ACCESS_KEY="AK$(s3_random_hex 8)"
    S3_SECRET_KEY="$(s3_random_hex 20)"
    S3_REGION=us-east-1
    S3_ENDPOINT="http://127.0.0.1:${port}"
    "$bin" --host 127.0.0.1 --port "$port" --access-key "$S3_ACCESS_KEY" \
        --secret-key "$S3_SECRET_KEY" "$S3_SERVER_DIR" >"${S3_SERVER_DIR}.log" 2>&1 &
    S3_SERVER_PID=$!
    export S3_ENDPOINT S3_ACCESS_KEY S3_SECRET_KEY S3_REGION S3_SERVER_DIR S3_SERVER_PID
    local i
    for ((i = 0; i < 200; i++)); do
        if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
            echo "s3-server: s3s-fs ${S3S_FS_VERSION} on ${S3_ENDPOINT} (pid ${S3_SERVER_PID}, dir ${S3_SERVER_DIR})"
            return 0
        fi
        if ! kill -0 "$S3_SERVER_PID" 2>/dev/null; then
            break
        fi
        sleep 0.05
    done
    echo "s3-server: s3s-fs did not start:" >&2
    cat "${S3_SERVER_DIR}.log" >&2
    s3_server_stop
    return 1
}

s3_server_stop() {
    if [[ -n "${S3_SERVER_PID:-}" ]]; then
        kill "$S3_SERVER_PID" 2>/dev/null || true
        wait "$S3_SERVER_PID" 2>/dev/null || true
        S3_SERVER_PID=""
    fi
    if [[ -n "${S3_SERVER_DIR:-}" && -d "$S3_SERVER_DIR" ]]; then
        rm -rf "$S3_SERVER_DIR" "${S3_SERVER_DIR}.log"
    fi
    return 0
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    set -euo pipefail
    case "${1:-}" in
    install) s3_server_install ;;
    env)
        s3_server_start >&2
        for v in S3_ENDPOINT S3_ACCESS_KEY S3_SECRET_KEY S3_REGION S3_SERVER_DIR S3_SERVER_PID; do
            echo "export ${v}=${!v}"
        done
        ;;
    *)
        echo "usage: $0 install|env" >&2
        exit 2
        ;;
    esac
fi
