<?php
/**
 * Loads the WordPress that scripts/wordpress/verify-in-wordpress.sh installs, from the command line: Debian's
 * wp-config.php picks /etc/wordpress/config-$WORDPRESS_CONFIG.php, and WordPress wants a host.
 *
 * Environment: CTC_WP_CONFIG (the config name), CTC_WP_PORT (Apache's port on 127.0.0.1).
 *
 * @package ComputeThresholdCalculator
 */

if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}

$ctc_port                    = (int) getenv( 'CTC_WP_PORT' );
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'CTC_WP_CONFIG' ) ? getenv( 'CTC_WP_CONFIG' ) : 'ctc-verify';
$_SERVER['HTTP_HOST']        = '127.0.0.1:' . $ctc_port;
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['SERVER_PORT']      = (string) $ctc_port;
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['REMOTE_ADDR']      = '127.0.0.1';

require_once '/usr/share/wordpress/wp-load.php';

/**
 * Prints a line and remembers a failure.
 *
 * @param string $name What was checked.
 * @param bool   $ok   Whether it held.
 * @param string $detail Shown on failure.
 */
function ctc_verify_check( $name, $ok, $detail = '' ) {
	$GLOBALS['ctc_verify_failures'] = isset( $GLOBALS['ctc_verify_failures'] ) ? $GLOBALS['ctc_verify_failures'] : 0;
	if ( ! $ok ) {
		$GLOBALS['ctc_verify_failures']++;
	}
	fwrite( STDERR, ( $ok ? 'ok   ' : 'FAIL ' ) . $name . ( ! $ok && '' !== $detail ? "\n     $detail" : '' ) . "\n" );
}
