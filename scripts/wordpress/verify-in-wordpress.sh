#!/usr/bin/env bash
# Verifies the WordPress plugin in a real WordPress from Debian's packages, end to end, offline. As root on Debian 12:
#
#   scripts/wordpress/verify-in-wordpress.sh           install what is missing, build, check, stop everything
#   scripts/wordpress/verify-in-wordpress.sh --keep    leave MariaDB and Apache running afterwards, even on failure
#   scripts/wordpress/verify-in-wordpress.sh --stop    stop what a --keep run left running
#
# Installs (when missing) the Debian packages wordpress, wordpress-theme-twentytwentythree, mariadb-server, apache2,
# libapache2-mod-php, php-mysql, php-cli and chromium; runs `npm ci` (when node_modules is missing), `npm run build`
# and scripts/wordpress/build.mjs; starts a private MariaDB (socket only, data in the work folder) and Apache on
# 127.0.0.1 on a free port (from 8780); installs WordPress with an administrator, an author and a contributor;
# installs the plugin's zip as Plugins > Upload does and activates it; saves posts as the Author and the Contributor
# through kses (wordpress/tests/real-wordpress/posts.php); and checks them in headless Chromium
# (scripts/wordpress/verify-browser.mjs): the verdicts, one module request per page, no request leaving 127.0.0.1,
# screenshots and heights at 360, 650 and 1280 px, and the real block editor. Stops what it started, by PID.
#
# Environment: CTC_WP_DIR (work folder, default /tmp/ctc-wordpress; emptied first), CTC_WP_SHOTS (screenshots,
# default $CTC_WP_DIR/screenshots), CTC_WP_PORT (first port to try). Nothing is written outside the work folder but
# /etc/wordpress/config-ctc-verify.php (removed on exit) and the packages.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

work=${CTC_WP_DIR:-/tmp/ctc-wordpress}
config_name=ctc-verify
config_file=/etc/wordpress/config-$config_name.php
keep=false

log() { printf '::: %s\n' "$*"; }

stop_services() {
  local pidfile pid
  for pidfile in "$work/apache.pid" "$work/mariadb.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
      log "stopped $(basename "$pidfile" .pid) (pid $pid)"
    fi
    rm -f "$pidfile"
  done
  rm -f "$config_file"
}

case "${1:-}" in
  --stop) stop_services; exit 0 ;;
  --keep) keep=true ;;
  '') ;;
  *) echo "usage: $0 [--keep|--stop]" >&2; exit 2 ;;
esac

if [ "$(id -u)" -ne 0 ]; then
  echo "run as root: it installs Debian packages and starts MariaDB and Apache" >&2
  exit 1
fi

# --- Packages -------------------------------------------------------------------------------------------------
packages=(wordpress wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql php-cli chromium)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
log "WordPress $(dpkg-query -W -f='${Version}' wordpress), PHP $(php -r 'echo PHP_VERSION;'), MariaDB $(dpkg-query -W -f='${Version}' mariadb-server)"

# --- The plugin -----------------------------------------------------------------------------------------------
[ -d node_modules ] || { log "npm ci"; npm ci --no-audit --no-fund; }
log "npm run build"
npm run build >/dev/null
log "build the plugin zip"
node scripts/wordpress/build.mjs | tail -n 1
log "php checks"
node scripts/wordpress/check.mjs | tail -n 1

# --- A fresh work folder, MariaDB and Apache -------------------------------------------------------------------
stop_services
rm -rf "$work"
mkdir -p "$work"/wp-content/{plugins,themes,uploads,upgrade} "$work/db"
chmod 755 "$work"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$work/wp-content/themes/twentytwentythree"
chown -R www-data:www-data "$work/wp-content/uploads"
cleanup() {
  local status=$?
  if [ "$keep" = true ]; then
    log "left running: http://127.0.0.1:$port/ (admin, author, contributor; passwords in $work/passwords); stop with $0 --stop"
  else
    stop_services
  fi
  exit $status
}
trap cleanup EXIT

port=${CTC_WP_PORT:-8780}
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
log "port $port"

log "start MariaDB (socket $work/mysqld.sock)"
mariadb-install-db --no-defaults --datadir="$work/db" --user=root --auth-root-authentication-method=socket >"$work/mariadb-install.log" 2>&1
# setsid: a process group of its own, so that stopping it touches nothing else (Apache's prefork, for one, signals
# its whole process group on shutdown).
setsid /usr/sbin/mariadbd --no-defaults --datadir="$work/db" --socket="$work/mysqld.sock" --skip-networking --user=root \
  --pid-file="$work/mariadbd.pid" --log-error="$work/mariadb.err" &
echo $! >"$work/mariadb.pid"
for _ in $(seq 1 100); do [ -S "$work/mysqld.sock" ] && break; sleep 0.2; done
[ -S "$work/mysqld.sock" ] || { cat "$work/mariadb.err"; exit 1; }

db_password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
mariadb --no-defaults -S "$work/mysqld.sock" -uroot <<SQL
CREATE DATABASE wordpress DEFAULT CHARACTER SET utf8mb4;
CREATE USER 'wordpress'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON wordpress.* TO 'wordpress'@'localhost';
SQL

salt() { head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9'; }
cat >"$config_file" <<PHP
<?php
// Written by scripts/wordpress/verify-in-wordpress.sh; removed when it stops.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wordpress' );
define( 'DB_PASSWORD', '$db_password' );
define( 'DB_HOST', 'localhost:$work/mysqld.sock' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
define( 'AUTH_KEY', '$(salt)' );
define( 'SECURE_AUTH_KEY', '$(salt)' );
define( 'LOGGED_IN_KEY', '$(salt)' );
define( 'NONCE_KEY', '$(salt)' );
define( 'AUTH_SALT', '$(salt)' );
define( 'SECURE_AUTH_SALT', '$(salt)' );
define( 'LOGGED_IN_SALT', '$(salt)' );
define( 'NONCE_SALT', '$(salt)' );
define( 'WP_HOME', 'http://127.0.0.1:$port' );
define( 'WP_SITEURL', 'http://127.0.0.1:$port' );
define( 'WP_CONTENT_DIR', '$work/wp-content' );
define( 'WP_CONTENT_URL', 'http://127.0.0.1:$port/wp-content' );
define( 'FS_METHOD', 'direct' );
// Offline: WordPress itself must not call wordpress.org (update checks) or spawn cron requests.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
// Any notice from the plugin goes to a log the checks read.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$work/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
\$table_prefix = 'wp_';
PHP
chmod 640 "$config_file"
chgrp www-data "$config_file"
touch "$work/debug.log"
chown www-data "$work/debug.log"

php_module=$(ls /usr/lib/apache2/modules/libphp*.so | head -n 1)
cat >"$work/apache.conf" <<CONF
ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $work/httpd.pid
DefaultRuntimeDir $work
Mutex file:$work default
ErrorLog $work/apache-error.log
LogFormat "%h %t \"%r\" %>s %b" common
CustomLog $work/apache-access.log common
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule php_module $php_module
TypesConfig /etc/mime.types
AddType text/javascript .js .mjs
StartServers 2
MinSpareServers 2
MaxSpareServers 4
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
SetEnv WORDPRESS_CONFIG $config_name
Alias /wp-content $work/wp-content
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
</Directory>
<Directory $work/wp-content>
  Options FollowSymLinks
  AllowOverride None
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
log "start Apache on 127.0.0.1:$port"
setsid /usr/sbin/apache2 -f "$work/apache.conf" -DFOREGROUND &
echo $! >"$work/apache.pid"
for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done

# --- WordPress, the plugin, the posts ----------------------------------------------------------------------------
export CTC_WP_PORT=$port CTC_WP_CONFIG=$config_name
CTC_WP_ADMIN_PASSWORD=$(salt); CTC_WP_AUTHOR_PASSWORD=$(salt); CTC_WP_CONTRIBUTOR_PASSWORD=$(salt)
export CTC_WP_ADMIN_PASSWORD CTC_WP_AUTHOR_PASSWORD CTC_WP_CONTRIBUTOR_PASSWORD
printf 'admin %s\nauthor %s\ncontributor %s\n' "$CTC_WP_ADMIN_PASSWORD" "$CTC_WP_AUTHOR_PASSWORD" "$CTC_WP_CONTRIBUTOR_PASSWORD" >"$work/passwords"
chmod 600 "$work/passwords"

tests=wordpress/tests/real-wordpress
log "install WordPress"
php "$tests/install.php"
log "install and activate the plugin from its zip"
cp dist/wordpress/compute-threshold-calculator.zip "$work/compute-threshold-calculator.zip"
php "$tests/install-plugin.php" "$work/compute-threshold-calculator.zip"
chown -R www-data:www-data "$work/wp-content/plugins"
log "posts as the Author and the Contributor, through kses"
php "$tests/posts.php" >"$work/posts.json"

log "browser checks"
CTC_WP_URL="http://127.0.0.1:$port" CTC_WP_POSTS="$work/posts.json" CTC_WP_SHOTS="${CTC_WP_SHOTS:-$work/screenshots}" \
  node scripts/wordpress/verify-browser.mjs

# PHP notices: the plugin's fail the run; WordPress 6.1's own under PHP 8.2 (deprecations, the update checks that
# WP_HTTP_BLOCK_EXTERNAL refuses) are only counted.
if grep -q 'compute-threshold-calculator' "$work/debug.log"; then
  log "the plugin caused PHP notices or errors:"
  grep 'compute-threshold-calculator' "$work/debug.log"
  exit 1
fi
log "PHP log: none from the plugin; $(wc -l <"$work/debug.log") lines from WordPress core (in $work/debug.log)"
log "verified in WordPress $(dpkg-query -W -f='${Version}' wordpress)"
