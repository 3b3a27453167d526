#!/bin/sh
# The same work as maintenance.lua in POSIX sh with coreutils.
# Usage: sh maintenance.sh [dir] [rounds]
set -e
base=${1:-/tmp/sh-bench-maintenance}
rounds=${2:-1000}
owner=
[ "$(id -u)" = 0 ] && owner=nobody
mkdir -p "$base"
bytes=0
i=1
while [ "$i" -le "$rounds" ]; do
  dir=$base/round$i
  mkdir -p "$dir/sub"
  printf 'round %s\n' "$i" > "$dir/data.txt"
  cp "$dir/data.txt" "$dir/sub/copy.txt"
  chmod 0600 "$dir/sub/copy.txt"
  [ -n "$owner" ] && chown "$owner" "$dir/sub/copy.txt"
  mv "$dir/sub/copy.txt" "$dir/moved.txt"
  bytes=$((bytes + $(stat -c %s "$dir/moved.txt")))
  rm -r "$dir"
  i=$((i + 1))
done
n=$(ps -e -o rss= | awk '$1 > 0' | wc -l)
rm -r "$base"
echo "$rounds rounds, $bytes bytes, $n user processes"
