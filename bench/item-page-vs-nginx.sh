#!/usr/bin/env bash
# The public item page served by Prongsai against nginx serving the very same bytes as a static
# file, in one run, with wrk on loopback. Target: Prongsai at least 0.4 of nginx's requests/s,
# with a p99 under 10 ms.
# Build first:  ./mvnw -B -DskipTests package
# Then:         bench/item-page-vs-nginx.sh [seconds] [threads] [connections] [page]
# Needs curl, wrk and nginx (apt-get install curl wrk nginx-light). Loopback only; ./data untouched.
set -euo pipefail

DURATION="${1:-15}"
THREADS="${2:-2}"
CONNECTIONS="${3:-32}"
PAGE="${4:-/kamala/oit/2567/O7}"
HEAP="${BENCH_HEAP:--Xmx256m -XX:+UseSerialGC}"

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
require curl wrk nginx
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

TMP="$(mktemp -d -t bench-nginx.XXXXXX)"
chmod 755 "$TMP"
PID=""
cleanup() {
	stop_pid "$PID"
	if [[ -f "$TMP/nginx.pid" ]]; then
		kill "$(cat "$TMP/nginx.pid")" 2>/dev/null || true
	fi
	rm -rf "$TMP"
}
trap cleanup EXIT INT TERM

APP_PORT="$(free_port)"
NGINX_PORT="$(free_port)"

private_jar "$TMP"
start_demo "$TMP" "$APP_PORT" "$HEAP"
PID=$APP_PID
for _ in $(seq 1 1200); do
	[[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT$PAGE" || true)" == 200 ]] && break
	kill -0 "$PID" 2>/dev/null || { echo "the application stopped; its log:" >&2; tail -40 "$TMP/app.log" >&2; exit 1; }
	sleep 0.1
done

mkdir -p "$TMP/www"
curl -s "http://127.0.0.1:$APP_PORT$PAGE" -o "$TMP/www/page.html"
cat >"$TMP/nginx.conf" <<CONF
worker_processes 1;
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log;
daemon on;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $TMP/nginx-body;
  proxy_temp_path $TMP/nginx-proxy;
  fastcgi_temp_path $TMP/nginx-fastcgi;
  uwsgi_temp_path $TMP/nginx-uwsgi;
  scgi_temp_path $TMP/nginx-scgi;
  default_type text/html;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $TMP/www;
    location / { try_files /page.html =404; }
  }
}
CONF
"$NGINX" -c "$TMP/nginx.conf"
for _ in $(seq 1 50); do
	[[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$NGINX_PORT$PAGE" || true)" == 200 ]] && break
	sleep 0.1
done
echo "page: $PAGE ($(wc -c <"$TMP/www/page.html") bytes); $(nproc) CPU; load $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {
	local name="$1" url="$2" out
	wrk -t1 -c4 -d3s "$url" >/dev/null # warm-up
	out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$url")"
	RPS="$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")"
	P99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
	printf '%-8s %10s req/s   p99 %s\n' "$name" "$RPS" "$P99"
}
measure nginx "http://127.0.0.1:$NGINX_PORT$PAGE"
NGINX_RPS="$RPS"
measure prongsai "http://127.0.0.1:$APP_PORT$PAGE"
awk -v p="$RPS" -v n="$NGINX_RPS" 'BEGIN { printf "ratio    %.2f of nginx (target 0.40)\n", p / n }'
