<?php
/**
 * Installs the plugin from its zip the way Plugins > Add New > Upload Plugin does (Plugin_Upgrader, which unzips
 * with WordPress's own unzip_file), then activates it. Argument: the zip's path.
 *
 * @package ComputeThresholdCalculator
 */

require __DIR__ . '/bootstrap.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/misc.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';

$ctc_zip = isset( $argv[1] ) ? $argv[1] : '';
wp_set_current_user( get_user_by( 'login', 'admin' )->ID );
ctc_verify_check( 'the administrator may install plugins', current_user_can( 'install_plugins' ) );

$ctc_upgrader = new Plugin_Upgrader( new Automatic_Upgrader_Skin() );
$ctc_result   = $ctc_upgrader->install( $ctc_zip );
$ctc_messages = implode( ' | ', $ctc_upgrader->skin->get_upgrade_messages() );
ctc_verify_check( 'Plugin_Upgrader installed the zip', true === $ctc_result, var_export( $ctc_result, true ) . ' ' . $ctc_messages );

$ctc_plugin = 'compute-threshold-calculator/compute-threshold-calculator.php';
ctc_verify_check( 'the plugin folder has its bundled script', is_file( WP_PLUGIN_DIR . '/compute-threshold-calculator/assets/compute-threshold-calculator.js' ) );
$ctc_data = get_plugin_data( WP_PLUGIN_DIR . '/' . $ctc_plugin, false, false );
ctc_verify_check( 'plugin header read: ' . $ctc_data['Name'] . ' ' . $ctc_data['Version'], 'Compute Threshold Calculator' === $ctc_data['Name'] );

$ctc_activated = activate_plugin( $ctc_plugin );
ctc_verify_check( 'activate_plugin', null === $ctc_activated, is_wp_error( $ctc_activated ) ? $ctc_activated->get_error_message() : '' );
ctc_verify_check( 'the plugin is active', is_plugin_active( $ctc_plugin ) );
exit( empty( $GLOBALS['ctc_verify_failures'] ) ? 0 : 1 );
