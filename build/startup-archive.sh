#!/bin/sh
# Builds the class-data-sharing archives the launchers use, for the JDK that runs the build: JDK 25+
# gets AOT caches (-XX:AOTCacheOutput), JDK 17-24 static AppCDS archives. One archive per command,
# each made from a recorded run of that command:
#   jlua  - the core jars (interpreter, grammar, ANTLR) and the stdlib's own jar, trained by
#           build/startup-training.lua: Lua code, then fs, proc and sys calls in a scratch directory.
#           With the stdlib classes (and the JDK file-system classes and lambdas they use) archived, the
#           1,000-round maintenance benchmark took ~30 ms less; `jlua -e ''` did not change measurably.
#           Every other jar (JNR, Commons Compress) stays out: 16 more jars to check cost ~3 ms a start.
#   jinit - every jar in target/lib, trained by `jinit plan` of the example services (209 -> 134 ms).
# It runs in initd's package phase, when the last jar is in target/lib. For each command NAME it writes
# target/lib/NAME.args (the archive flags, an @argfile for java) and NAME.classpath (the jars in the
# order the archive was made with: an archive only matches a classpath that starts with its own), and
# jvm.java (the java binary they were made for): the launchers use an archive only with that same java,
# since another JDK would reject it noisily. A jar rebuilt later (mvn -pl stdlib) makes the JVM skip an
# archive silently until the next full package.
# usage: startup-archive.sh JAVA_HOME REPO_ROOT
set -eu
java_home=$1
root=$(cd "$2" && pwd)
lib="$root/target/lib"
java="$java_home/bin/java"
version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
major=${version%%.*}
rm -f "$lib"/*.jsa "$lib"/*.aot "$lib"/*.classlist "$lib"/*.args "$lib"/*.classpath "$lib/jvm.java"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# the recorded runs find scripts in a (scratch) chunk cache, as repeated runs do
export XDG_CACHE_HOME="$scratch"

# archive NAME CLASSPATH MAIN-CLASS ARGS...: record a run of the command, make its archive
archive() {
  name=$1 cp=$2
  shift 2
  "$java" --enable-native-access=ALL-UNNAMED -cp "$cp" "$@" > /dev/null # warms the chunk cache
  if [ "$major" -ge 25 ]; then
    # the JVM that assembles the cache announces its JAVA_TOOL_OPTIONS on stderr: shown only on failure
    "$java" -XX:AOTCacheOutput="$lib/$name.aot" -Xlog:aot=off -Xlog:cds=off --enable-native-access=ALL-UNNAMED \
      -cp "$cp" "$@" > /dev/null 2> "$scratch/aot.err" || { cat "$scratch/aot.err" >&2; exit 1; }
    # -Xshare flags are refused beside -XX:AOTCache; an unusable cache is skipped silently anyway
    flags="-XX:AOTCache=$lib/$name.aot -Xlog:aot=off -Xlog:cds=off"
  else
    "$java" -XX:DumpLoadedClassList="$lib/$name.classlist" --enable-native-access=ALL-UNNAMED -cp "$cp" "$@" > /dev/null
    "$java" -Xshare:dump -XX:SharedClassListFile="$lib/$name.classlist" -XX:SharedArchiveFile="$lib/$name.jsa" \
      -Xlog:cds=off -cp "$cp" > /dev/null
    flags="-XX:SharedArchiveFile=$lib/$name.jsa -Xshare:auto -Xlog:cds=off"
  fi
  printf '%s\n' $flags > "$lib/$name.args"
  printf '%s\n' "$cp" > "$lib/$name.classpath"
}

core="$lib/jlua-interpreter.jar:$lib/jlua-grammar.jar:$lib/antlr4-runtime.jar:$lib/jlua-stdlib.jar"
mkdir "$scratch/files"
archive jlua "$core" jlua.cli.Main "$root/build/startup-training.lua" "$scratch/files"
everything=$core # these first, then every other jar by name
for jar in $(cd "$lib" && LC_ALL=C ls -- *.jar); do
  case "$jar" in
    jlua-interpreter.jar | jlua-grammar.jar | antlr4-runtime.jar | jlua-stdlib.jar) ;;
    *) everything="$everything:$lib/$jar" ;;
  esac
done
archive jinit "$everything" jlua.initd.Main plan -d "$root/initd/examples/jinit.d"
readlink -f "$java" > "$lib/jvm.java"
