#!/bin/bash
# Health check inside the application images, which carry bash but neither curl nor wget.
# ready PORT [PATH] succeeds when the actuator at PATH on 127.0.0.1:PORT reports status UP.
set -eu
exec 3<>"/dev/tcp/127.0.0.1/$1"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "${2:-/actuator/health/readiness}" >&3
grep -q '"status":"UP"' <&3
