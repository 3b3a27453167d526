#!/bin/sh
# Builds the class-data-sharing archive the launchers use, for the JDK that runs the build:
# JDK 25+ gets an AOT cache (-XX:AOTCacheOutput), JDK 17-24 a static AppCDS archive. It covers the
# core jars; the launchers may append more jars to the classpath (an archive stays valid when the
# runtime classpath extends the one it was made with). It also writes target/lib/jvm.args (the
# archive flags, an @argfile for java) and target/lib/jvm.java (the java binary it was made for): the
# launchers use the archive only with that same java, since another JDK would reject it noisily.
# usage: startup-archive.sh JAVA_HOME REPO_ROOT
set -eu
java_home=$1
root=$(cd "$2" && pwd)
lib="$root/target/lib"
java="$java_home/bin/java"
cp="$lib/jlua-interpreter.jar:$lib/jlua-grammar.jar:$lib/antlr4-runtime.jar"
training="$root/build/startup-training.lua"
version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
major=${version%%.*}
rm -f "$lib/jlua.jsa" "$lib/jlua.aot" "$lib/jlua.classlist" "$lib/jvm.args" "$lib/jvm.java"
# the recorded run finds the script in a (scratch) chunk cache, as repeated runs do, while its
# loadstring calls still go through the parser
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CACHE_HOME="$scratch"
"$java" -cp "$cp" jlua.cli.Main "$training" > /dev/null
if [ "$major" -ge 25 ]; then
  # the JVM that assembles the cache announces its JAVA_TOOL_OPTIONS on stderr: shown only on failure
  "$java" -XX:AOTCacheOutput="$lib/jlua.aot" -Xlog:aot=off -Xlog:cds=off \
    -cp "$cp" jlua.cli.Main "$training" > /dev/null 2> "$scratch/aot.err" || { cat "$scratch/aot.err" >&2; exit 1; }
  # -Xshare flags are refused beside -XX:AOTCache; an unusable cache is skipped silently anyway
  flags="-XX:AOTCache=$lib/jlua.aot -Xlog:aot=off -Xlog:cds=off"
else
  "$java" -XX:DumpLoadedClassList="$lib/jlua.classlist" -cp "$cp" jlua.cli.Main "$training" > /dev/null
  "$java" -Xshare:dump -XX:SharedClassListFile="$lib/jlua.classlist" -XX:SharedArchiveFile="$lib/jlua.jsa" \
    -Xlog:cds=off -cp "$cp" > /dev/null
  flags="-XX:SharedArchiveFile=$lib/jlua.jsa -Xshare:auto -Xlog:cds=off"
fi
printf '%s\n' $flags > "$lib/jvm.args"
readlink -f "$java" > "$lib/jvm.java"
