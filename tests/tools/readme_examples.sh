#!/usr/bin/env bash
# Runs every sammen-tally command the README shows on a shared file, from the
# repository root, so the documentation cannot drift from the tool.
#   readme_examples.sh REPO_ROOT SAMMEN_TALLY
set -euo pipefail
root=$1
tally=$2
cd "$root"
count=0
while IFS= read -r line; do
  args=${line#build/native/tools/sammen-tally }
  # shellcheck disable=SC2086 # the README's words are the arguments
  "$tally" $args --quiet > /dev/null
  count=$((count + 1))
done < <(grep -E '^build/native/tools/sammen-tally \.\./shared/pabulib/' README.md)
echo "ran $count README examples"
[ "$count" -gt 0 ]
