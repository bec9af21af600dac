#!/bin/sh
# Regenerates the value-chain regression tables in docs/rvc from the bundled WIOD 2013 tables (1995-2011).
# Usage (from the repository root): sh docs/rvc/run.sh   [TRADESCOPE="path/to/tradescope" to use another build]
set -e
TS=${TRADESCOPE:-"dotnet src/TradeScope.Cli/bin/Release/net10.0/TradeScope.Cli.dll"}
D=docs/rvc
# (a) the study's design transposed to the EU: members POL, CZE, HUN with the group EU27
$TS rvc-regress --tables bundled:wiod2013 --years 1995-2011 --countries POL,CZE,HUN --group group:EU27 \
  --sectors total-manufacturing,chemicals,electronics,transport --vcov hc1 --format md --out $D/eu-members.md --series-out $D/eu-members-series.csv
$TS rvc-regress --tables bundled:wiod2013 --years 1995-2011 --countries POL,CZE,HUN --group group:EU27 --format csv --out $D/eu-members.csv
$TS rvc-regress --tables bundled:wiod2013 --years 1995-2011 --countries POL,CZE,HUN --group group:EU27 --format md --lang ru --out $D/eu-members.ru.md
# (b) Russia with EU27 as its partner group ("mutual" = exports to the EU27, "external" = to the rest of the world)
$TS rvc-regress --tables bundled:wiod2013 --years 1995-2011 --countries RUS --group group:EU27 \
  --sectors total-manufacturing,chemicals,electronics,transport --vcov hc1 --format md --out $D/russia-eu.md --series-out $D/russia-eu-series.csv
$TS rvc-regress --tables bundled:wiod2013 --years 1995-2011 --countries RUS --group group:EU27 --format csv --out $D/russia-eu.csv
$TS rvc-regress --tables bundled:wiod2013 --years 1995-2011 --countries RUS --group group:EU27 --format md --lang ru --out $D/russia-eu.ru.md
