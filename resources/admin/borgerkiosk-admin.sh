#!/bin/sh
# Borgerkiosk admin command line for the installed kiosk (Linux). Runs the kiosk's own executable
# as Node on the bundled admin tool, so nothing else needs installing. Usage:
#   sh /opt/Borgerkiosk/resources/resources/admin/borgerkiosk-admin.sh staff list
# The data folder is the kiosk user's (~/.config/Borgerkiosk): run as that user, or give --data-dir.
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../.."
ELECTRON_RUN_AS_NODE=1 exec "$app/borgerkiosk" "$app/resources/app.asar/dist/electron/admin.cjs" "$@"
