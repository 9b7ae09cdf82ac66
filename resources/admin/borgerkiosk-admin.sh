#!/bin/sh
# Borgerkiosk admin command line for the installed kiosk (Linux). The kiosk's own executable runs
# the admin command in its main process and exits, opening no window. Usage:
#   sh /opt/Borgerkiosk/resources/resources/admin/borgerkiosk-admin.sh staff list
# The data folder is the kiosk user's (~/.config/Borgerkiosk): run as that user, or give --data-dir.
here=$(cd "$(dirname "$0")" && pwd)
app="$here/../../.."
# No window: Chromium needs no display (the command also works over ssh).
exec "$app/borgerkiosk" --ozone-platform=headless --admin "$@"
