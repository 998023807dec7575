#!/usr/bin/env bash
# The Spark job against plain extract on the same corpus, in one run on this machine (README, "On Spark").
# Usage: tools/spark-measure.sh CORPUS.jsonl... ; needs target/dealgraph.jar and spark/ built (mvn -B install -DskipTests;
# mvn -B -f spark/pom.xml package -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd spark && mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null)
opens=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' spark/pom.xml)
cp="spark/target/classes:$(cat "$work/cp.txt")"
# one folder of the files as they are (concatenating them would join a last line without its newline to the next)
mkdir -p "$work/in" && cp "$@" "$work/in/"
articles=$(cat "$@" | grep -c '"id"')
t() { local s e; s=$(date +%s.%N); "$@" > "$work/last.log" 2>&1; e=$(date +%s.%N); echo "$e - $s" | bc; }
echo "articles: $articles"
for n in 1 2; do
  s=$(t java -Xmx6g -jar target/dealgraph.jar extract --threads $n --out "$work/nt$n" "$work/in")
  echo "extract threads=$n: $s s, $(echo "$articles / $s" | bc) articles/s"
done
for n in 1 2; do
  s=$(t java -Xmx6g $opens -Dlog4j2.level=warn -cp "$cp" org.dealgraph.spark.ExtractJob --master "local[$n]" --run r1 "$work/in" "$work/spark$n")
  echo "spark local[$n]: $s s, $(echo "$articles / $s" | bc) articles/s; $(grep '^run ' "$work/last.log")"
done
s=$(t java -Xmx6g $opens -cp "$cp" org.dealgraph.spark.ExtractJob --master "local[2]" --run r2 "$work/in" "$work/spark2")
echo "spark local[2] re-run, nothing changed: $s s; $(grep '^run ' "$work/last.log")"
echo "N-Quads: $(du -sm "$work/spark2/nquads/run=r1" | cut -f1) MB gzip"
s=$(t java -Xmx6g -jar target/dealgraph.jar load --store "$work/db" "$work/spark2/nquads/run=r1")
echo "load (bulk, empty store): $s s; $(tail -1 "$work/last.log")"
s=$(t java -Xmx6g -jar target/dealgraph.jar load --store "$work/db" "$work/spark2/nquads/run=r1")
echo "load again (incremental, all unchanged): $s s; $(tail -1 "$work/last.log")"
s=$(t java -Xmx6g -jar target/dealgraph.jar load --incremental --store "$work/db-inc" "$work/spark2/nquads/run=r1")
echo "load (incremental into an empty store): $s s; $(tail -1 "$work/last.log")"
