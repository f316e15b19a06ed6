#!/bin/sh
# Re-makes the figures in docs/figures: the comparison report's difference charts and its window section, from a
# comparison of the baseline with WASP doubled and a faster Chinese catch-up (20 replications each, the scenarios'
# own; about a minute on two cores). Run from anywhere in the clone: docs/figures/make-figures.sh
# NORDICSIM may name another way to run the program (default: the launcher ./nordicsim).
set -e
cd "$(dirname "$0")/../.."
nordicsim=${NORDICSIM:-./nordicsim}
out=results/docs-figures
$nordicsim compare scenarios/baseline.yaml scenarios/wasp-doubled.yaml scenarios/fast-catch-up.yaml \
    --output-level summary --no-report --quiet --out "$out"
rm -rf "$out/figures"
$nordicsim report "$out" --figures "$out/figures"
for f in \
    difference-from-the-baseline-chinese-rd-centres-open-in-greater-stockholm \
    difference-from-the-baseline-net-jobs-in-greater-stockholm \
    difference-from-the-baseline-window-of-opportunity-sweden-s-lead-over-china-heav \
    share-of-replications-with-the-window-closed \
    sweden-s-lead-over-china-per-heavy-industry-sector-baseline \
    sweden-s-lead-over-china-per-heavy-industry-sector-fast-catch-up
do
    cp "$out/figures/$f.png" docs/figures/
done
echo "docs/figures: $(ls docs/figures/*.png | wc -l) figures from $out/report.html"
