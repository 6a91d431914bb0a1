#!/usr/bin/env bash
# Hostile uploads: crafted PNG, WebP and zip-bomb files sent in parallel to each anonymous upload
# form (a new complaint, a complainant's reply, a lost-document report), while the home page is
# asked for every quarter of a second. Reports the home page's response times during the attack,
# the seconds until the process's CPU is back to idle, and the peak resident memory.
# Build first:  ./mvnw -B -DskipTests package
# Then:         bench/hostile-uploads.sh [uploads per form]
# Everything stays on loopback and in a fresh temporary folder: ./data is never touched.
set -euo pipefail

PER_FORM="${1:-20}"
# The flags the README recommends for a small host.
# Every upload comes from one client address, to one station: the quotas of the three forms (per
# client, per station and in total, prongsai.submissions.*) would refuse all but a few before their
# files are read. They stay on, with numbers the run can't reach.
QUOTA="${BENCH_QUOTA:-1000000/1h, 1000GB/1h}"
# The process counts as idle once it uses less than this share of one core over a second.
IDLE_SHARE="${BENCH_IDLE_SHARE:-0.05}"

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
HEAP="${BENCH_HEAP:-$SMALL_HOST}"
require curl python3

TMP="$(mktemp -d -t bench.XXXXXX)"
PID=""
PROBE=""
cleanup() {
	[[ -n "$PROBE" ]] && kill "$PROBE" 2>/dev/null || true
	stop_pid "$PID"
	rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

PORT="${BENCH_PORT:-$(free_port)}"
BASE="http://127.0.0.1:$PORT"
STATION="$BASE/kamala"

echo "== Prongsai: $PER_FORM hostile uploads per anonymous form ($(nproc) CPU, $(java -version 2>&1 | head -1))"
echo "JVM: $HEAP"
private_jar "$TMP"
start_demo "$TMP" "$PORT" "$HEAP" \
	--prongsai.submissions.complaint.per-client="$QUOTA" --prongsai.submissions.complaint.per-station="$QUOTA" --prongsai.submissions.complaint.in-total="$QUOTA" \
	--prongsai.submissions.complaint-reply.per-client="$QUOTA" --prongsai.submissions.complaint-reply.per-station="$QUOTA" --prongsai.submissions.complaint-reply.in-total="$QUOTA" \
	--prongsai.submissions.lost-document.per-client="$QUOTA" --prongsai.submissions.lost-document.per-station="$QUOTA" --prongsai.submissions.lost-document.in-total="$QUOTA"
PID=$APP_PID

wait_until_serving "$TMP" "$STATION"

# The crafted files: the issue's 16-byte PNG (a chunk of length -12) and WebP (a chunk of -8), a
# Word file with a part of a gigabyte of zeros (about a megabyte), the same with its directory
# claiming ten bytes, one of 5,000 entries, and one with the bomb packed inside it.
mkdir -p "$TMP/hostile"
python3 - "$TMP/hostile" <<'PY'
import struct, sys, zipfile, zlib, io
out = sys.argv[1]
open(f"{out}/negative.png", "wb").write(b"\x89PNG\r\n\x1a\n\xff\xff\xff\xf4IHDR")
open(f"{out}/negative.webp", "wb").write(b"RIFF" + struct.pack("<I", 32) + b"WEBPVP8L" + struct.pack("<i", -8) + bytes(20))
TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/octet-stream"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
DOC = ('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
       '<w:body><w:p><w:r><w:t>evidence</w:t></w:r></w:p></w:body></w:document>')
def docx(extra=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", DOC)
        for name, data in extra:
            z.writestr(name, data)
    return buffer.getvalue()
def bomb(name, zeros):
    # Streamed into the zip, so the gigabyte is never held in memory here either.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", DOC)
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w") as part:
            block = bytes(1 << 20)
            for _ in range(zeros >> 20):
                part.write(block)
    return buffer.getvalue()
big = bomb("word/media/image1.bin", 1 << 30)
open(f"{out}/bomb.docx", "wb").write(big)
lying = bytearray(big)
at = lying.rfind(b"PK\x01\x02")
lying[at + 24:at + 28] = struct.pack("<I", 10)
open(f"{out}/lying.docx", "wb").write(bytes(lying))
open(f"{out}/many.docx", "wb").write(docx([(f"customXml/item{i}.xml", "<x/>") for i in range(5000)]))
open(f"{out}/nested.docx", "wb").write(docx([("word/embeddings/inner.bin", big)]))
PY
HOSTILE=("$TMP"/hostile/*)
ls -l "$TMP/hostile" | awk 'NR > 1 {printf "  %-14s %9d bytes\n", $9, $5}'

field() { sed -n "s/.*name=\"$1\"[^>]*value=\"\\([^\"]*\\)\".*/\\1/p" | head -1; }

# One complaint sent without a file and opened with its receipt: the replies go to it.
REPLY_JAR="$TMP/reply.jar"
PAGE="$(curl -s -c "$REPLY_JAR" -b "$REPLY_JAR" "$STATION/complaints/new")"
curl -s -o /dev/null -c "$REPLY_JAR" -b "$REPLY_JAR" -F "_csrf=$(field _csrf <<<"$PAGE")" \
	-F "formToken=$(field formToken <<<"$PAGE")" -F category=BRIBERY \
	-F "what=The officer at the desk asked for 500 baht to take my report." "$STATION/complaints/new"
RECEIPT="$(curl -s -c "$REPLY_JAR" -b "$REPLY_JAR" "$STATION/complaints/receipt" | sed -n 's/.*id="receipt">\([^<]*\)<.*/\1/p')"
[[ -n "$RECEIPT" ]] || { echo "No receipt for the complaint to reply to" >&2; exit 1; }
PAGE="$(curl -s -c "$REPLY_JAR" -b "$REPLY_JAR" "$STATION/complaints/follow")"
curl -s -o /dev/null -c "$REPLY_JAR" -b "$REPLY_JAR" -F "_csrf=$(field _csrf <<<"$PAGE")" -F "receipt=$RECEIPT" \
	"$STATION/complaints/follow"
REPLY_CSRF="$(curl -s -c "$REPLY_JAR" -b "$REPLY_JAR" "$STATION/complaints/mine" | field _csrf)"
[[ -n "$REPLY_CSRF" ]] || { echo "The complaint did not open with its receipt" >&2; exit 1; }

# Each upload fetches its form first, for the session's form token and the form's one-time token.
complaint() {
	local jar="$TMP/c$1.jar" page
	page="$(curl -s -c "$jar" -b "$jar" "$STATION/complaints/new")"
	curl -s -o /dev/null -w 'complaint %{http_code} %{time_total}\n' --max-time 120 -b "$jar" \
		-F "_csrf=$(field _csrf <<<"$page")" -F "formToken=$(field formToken <<<"$page")" -F category=BRIBERY \
		-F "what=The officer at the desk asked for 500 baht to take my report." \
		-F "files=@$2;filename=evidence-$1.${2##*.}" "$STATION/complaints/new"
}
reply() {
	curl -s -o /dev/null -w 'reply %{http_code} %{time_total}\n' --max-time 120 -b "$REPLY_JAR" \
		-F "_csrf=$REPLY_CSRF" -F "message=The receipt he gave me." -F "files=@$2;filename=receipt-$1.${2##*.}" \
		"$STATION/complaints/mine"
}
lost() {
	local jar="$TMP/l$1.jar" page
	page="$(curl -s -c "$jar" -b "$jar" "$STATION/e-services/lost-document")"
	curl -s -o /dev/null -w 'lost-document %{http_code} %{time_total}\n' --max-time 120 -b "$jar" \
		-F "_csrf=$(field _csrf <<<"$page")" -F "submission=$(field submission <<<"$page")" -F documentType=ID_CARD \
		-F "lostPlace=Kamala market" -F "lostOn=$(date +%F)" -F "holderName=Somsri Jaidee" -F holderIdKind=ID_CARD \
		-F holderIdTail=1234 -F "email=somsri@example.org" -F "photo=@$2;filename=card-$1.${2##*.}" \
		"$STATION/e-services/lost-document"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
TICKS="$(getconf CLK_TCK)"

# The peak resident set from here on (the demo's first start has its own, larger one).
if echo 5 >"/proc/$PID/clear_refs" 2>/dev/null; then PEAK_FROM="the attack"; else PEAK_FROM="the start"; fi
RSS_BEFORE="$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status")"

: >"$TMP/home.txt"
(
	while true; do
		curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 "$STATION" >>"$TMP/home.txt"
		sleep 0.25
	done
) &
PROBE=$!

echo
echo "== $((PER_FORM * 3)) uploads in parallel, each form fetched first"
START="$(date +%s.%N)"
UPLOADS=()
for i in $(seq 1 "$PER_FORM"); do
	file="${HOSTILE[$(((i - 1) % ${#HOSTILE[@]}))]}"
	complaint "$i" "$file" >>"$TMP/uploads.txt" &
	UPLOADS+=($!)
	reply "$i" "$file" >>"$TMP/uploads.txt" &
	UPLOADS+=($!)
	lost "$i" "$file" >>"$TMP/uploads.txt" &
	UPLOADS+=($!)
done
for upload in "${UPLOADS[@]}"; do wait "$upload" || true; done
ANSWERED="$(date +%s.%N)"

# Back to idle: the first second in which the process used less than IDLE_SHARE of one core.
IDLE=""
before="$(cpu_ticks)"
for _ in $(seq 1 120); do
	sleep 1
	now="$(cpu_ticks)"
	if awk -v d="$((now - before))" -v t="$TICKS" -v s="$IDLE_SHARE" 'BEGIN {exit !(d / t < s)}'; then
		IDLE="$(date +%s.%N)"
		break
	fi
	before="$now"
done
kill "$PROBE" 2>/dev/null || true
PROBE=""

echo
echo "== Answers by form (status: count, slowest)"
awk '{n[$1 " " $2]++; if ($3 > m[$1 " " $2]) m[$1 " " $2] = $3} END {for (k in n) printf "  %-22s %3d, %.2f s\n", k, n[k], m[k]}' \
	"$TMP/uploads.txt" | sort

echo
echo "== Summary"
awk -v s="$START" -v a="$ANSWERED" 'BEGIN {printf "attack:          every upload answered %.1f s after the first was sent\n", a - s}'
awk '$1 == 200 {print $2}' "$TMP/home.txt" | sort -n | awk '{t[NR] = $1} END {
	if (NR == 0) {print "home page:       never answered 200 during the attack"; exit}
	printf "home page:       %d answers during the attack, median %.3f s, slowest %.3f s\n", NR, t[int((NR + 1) / 2)], t[NR]}'
awk '$1 != 200 {n++} END {if (n) printf "home page:       %d answers other than 200\n", n}' "$TMP/home.txt"
if [[ -n "$IDLE" ]]; then
	awk -v a="$ANSWERED" -v i="$IDLE" -v s="$START" \
		'BEGIN {printf "back to idle:    %.1f s after the last answer (%.1f s after the first upload)\n", i - a, i - s}'
else
	echo "back to idle:    not within 120 s of the last answer"
fi
awk -v from="$PEAK_FROM" -v before="$RSS_BEFORE" '/^VmHWM/ {printf "peak RSS:        %d MiB since %s (%d MiB before it)\n", $2 / 1024, from, before}
	/^VmRSS/ {printf "RSS now:         %d MiB\n", $2 / 1024}' "/proc/$PID/status"
