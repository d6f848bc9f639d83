#!/usr/bin/env bash
# Print the size of a frozen folder and its ten largest files, so a bundle
# that grows shows in CI's log. Usage: packaging/bundle-size.sh dist/pactline
set -euo pipefail
FOLDER=$1
echo "bundle size: $(du -sm "$FOLDER" | cut -f1) MB ($(find "$FOLDER" -type f | wc -l) files); the ten largest parts:"
# awk reads to the end: with pipefail, head would stop sort with SIGPIPE and fail the script.
find "$FOLDER" -type f -printf '%s %P\n' | sort -rn |
  awk 'NR <= 10 { printf "  %6.1f MB  %s\n", $1 / 1048576, $2 }'
