#!/usr/bin/env bash
# sammen-tally on a malformed file: exit code 2 and the line that is wrong.
#   bad_file.sh SAMMEN_TALLY WORK_DIR
set -uo pipefail
file=$2/bad.pb
printf 'META\nkey;value\nbudget;ten\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;5\nVOTES\nvoter_id;vote\n' > "$file"
message=$("$1" "$file" --rule mes 2>&1 >/dev/null)
status=$?
echo "$message"
[ "$status" -eq 2 ] && [[ "$message" == *"line 3: META: budget is not a non-negative number"* ]]
