<?php
/**
 * Installs WordPress non-interactively, with an administrator, an author and a contributor, and the Twenty
 * Twenty-Three theme. Passwords come from CTC_WP_ADMIN_PASSWORD, CTC_WP_AUTHOR_PASSWORD, CTC_WP_CONTRIBUTOR_PASSWORD.
 *
 * @package ComputeThresholdCalculator
 */

define( 'WP_INSTALLING', true );
require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$ctc_result = wp_install( 'Compute threshold calculator: verification', 'admin', 'admin@example.invalid', false, '', getenv( 'CTC_WP_ADMIN_PASSWORD' ) );
ctc_verify_check( 'wp_install', is_array( $ctc_result ) && ! empty( $ctc_result['user_id'] ), print_r( $ctc_result, true ) );

foreach ( array( 'author', 'contributor' ) as $ctc_role ) {
	$ctc_id = wp_create_user( $ctc_role, getenv( 'CTC_WP_' . strtoupper( $ctc_role ) . '_PASSWORD' ), $ctc_role . '@example.invalid' );
	ctc_verify_check( "user $ctc_role created", ! is_wp_error( $ctc_id ), is_wp_error( $ctc_id ) ? $ctc_id->get_error_message() : '' );
	if ( ! is_wp_error( $ctc_id ) ) {
		$ctc_user = new WP_User( $ctc_id );
		$ctc_user->set_role( $ctc_role );
		ctc_verify_check( "$ctc_role has no unfiltered_html", ! $ctc_user->has_cap( 'unfiltered_html' ) );
		// No welcome guide in the block editor (the verification drives it with Playwright).
		update_user_meta( $ctc_id, $GLOBALS['wpdb']->get_blog_prefix() . 'persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
	}
}

switch_theme( 'twentytwentythree' );
// WordPress itself shows Gravatar images (comments, the toolbar) from gravatar.com: off, so that any request that
// leaves 127.0.0.1 in the browser checks would be the plugin's.
update_option( 'show_avatars', 0 );
ctc_verify_check( 'theme is Twenty Twenty-Three', 'twentytwentythree' === get_stylesheet(), get_stylesheet() );
exit( empty( $GLOBALS['ctc_verify_failures'] ) ? 0 : 1 );
