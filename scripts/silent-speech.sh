#!/usr/bin/env bash
# For CI machines without a sound card: starts speech-dispatcher (espeak-ng voices) with its sound
# going to libao's null driver, so the real-voice test hears real utterances start and end.
# Chromium (--enable-speech-dispatcher) connects to this daemon instead of spawning its own.
set -euo pipefail

config="${TMPDIR:-/tmp}/borgerkiosk-speechd"
socket="$HOME/.cache/speech-dispatcher/speechd.sock"
rm -rf "$config" && mkdir -p "$config" "$(dirname "$socket")"
cp -r /etc/speech-dispatcher/. "$config/"
sed -i 's/^#\? *AudioOutputMethod .*/AudioOutputMethod "libao"/' "$config/speechd.conf"
# libao reads its driver from ~/.libao; only written where the user has none of their own.
[ -e "$HOME/.libao" ] || echo "default_driver=null" >"$HOME/.libao"

# A daemon already running (with its own sound settings) gives way. Process names are cut at 15
# characters, so the command line is matched; --spawn refuses to start beside a running one.
daemon='^(/usr/bin/)?speech-dispatcher( |$)'
pkill -f "$daemon" 2>/dev/null || true
for _ in $(seq 50); do pgrep -f "$daemon" >/dev/null || break; sleep 0.1; done
# One busy with a stuck output module ignores SIGTERM; it is only a local voice, so it is killed.
if pgrep -f "$daemon" >/dev/null; then
  pkill -9 -f "$daemon" 2>/dev/null || true
  pkill -9 -f '^/usr/lib/speech-dispatcher-modules/' 2>/dev/null || true
  for _ in $(seq 50); do pgrep -f "$daemon" >/dev/null || break; sleep 0.1; done
fi
rm -f "$socket" "$HOME/.cache/speech-dispatcher/pid/speech-dispatcher.pid"
speech-dispatcher --spawn -C "$config" -t 0 --communication-method unix_socket --socket-path "$socket"
