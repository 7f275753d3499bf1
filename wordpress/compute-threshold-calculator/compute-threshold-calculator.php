<?php
/**
 * Plugin Name:       Compute Threshold Calculator
 * Description:       Embeds the export-control threshold calculator for AI chips (TPP, performance density, ECCN 3A090) with a shortcode or a block, for every role that can write posts. The widget's script is bundled and served from this plugin's folder: no request to any other host.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            compute-threshold-calculator contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       compute-threshold-calculator
 *
 * @package ComputeThresholdCalculator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'CTCALC_VERSION', '0.1.0' );
/** A hash of the bundled scripts, written by scripts/wordpress/build.mjs, so that browsers fetch a changed bundle. */
define( 'CTCALC_ASSETS_HASH', '' );
define( 'CTCALC_FILE', __FILE__ );
define( 'CTCALC_DIR', __DIR__ . '/' );
/** Handle of the widget's script (classic scripts) and id of its script module (WordPress 6.5 and later). */
define( 'CTCALC_HANDLE', 'compute-threshold-calculator' );
/** The widget's entry module; the chunks it imports lie beside it and are found relative to its URL. */
define( 'CTCALC_ENTRY', 'assets/compute-threshold-calculator.js' );

require_once CTCALC_DIR . 'includes/attributes.php';

/**
 * The URL of the widget's script with a version that changes with the bundle, or null when the plugin was installed
 * without its assets (from the source tree instead of the built zip).
 *
 * @return array{0: string, 1: string}|null URL and version.
 */
function ctcalc_script() {
	$path = CTCALC_DIR . CTCALC_ENTRY;
	if ( ! is_file( $path ) ) {
		return null;
	}
	$version = CTCALC_VERSION . '.' . ( '' !== CTCALC_ASSETS_HASH ? CTCALC_ASSETS_HASH : (string) (int) filemtime( $path ) );
	return array( plugins_url( CTCALC_ENTRY, CTCALC_FILE ), $version );
}

/**
 * Registers the widget's script: as a script module where WordPress has them (6.5 and later), and always as a
 * classic script that the `script_loader_tag` filter turns into `type="module"` (used before 6.5, and in the block
 * editor, where the block's preview needs the element defined).
 */
function ctcalc_register_script() {
	$script = ctcalc_script();
	if ( null === $script ) {
		return;
	}
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( CTCALC_HANDLE, $script[0], array(), $script[1] );
	}
	wp_register_script( CTCALC_HANDLE, $script[0], array(), $script[1], true );
}
add_action( 'init', 'ctcalc_register_script' );

/**
 * Asks for the widget's script on this page. Called while a shortcode or a block is rendered, so pages without one
 * never load it; WordPress prints it once however many widgets the page has.
 */
function ctcalc_enqueue_script() {
	if ( null === ctcalc_script() ) {
		return;
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( CTCALC_HANDLE );
	} else {
		wp_enqueue_script( CTCALC_HANDLE );
	}
}

/**
 * Adds `type="module"` to the widget's classic script tag (WordPress before 6.5, and the block editor), replacing
 * any `type` WordPress wrote. Other handles are left alone.
 *
 * @param string $tag    The script tag(s) WordPress is about to print.
 * @param string $handle The script's handle.
 * @return string
 */
function ctcalc_module_tag( $tag, $handle ) {
	if ( CTCALC_HANDLE !== $handle ) {
		return $tag;
	}
	return preg_replace_callback(
		'/<script\b[^>]*>/i',
		function ( $match ) {
			$open = $match[0];
			if ( ! preg_match( '/\ssrc\s*=/i', $open ) ) {
				return $open; // An inline script added to the handle stays classic.
			}
			$open = preg_replace( '/\stype\s*=\s*(?:"[^"]*"|\'[^\']*\'|[^\s>]+)/i', '', $open );
			return preg_replace( '/^<script\b/i', '<script type="module"', $open );
		},
		$tag
	);
}
add_filter( 'script_loader_tag', 'ctcalc_module_tag', 10, 2 );

/**
 * The widget's markup for sanitised attributes. Shared by the shortcode and the block.
 *
 * @param mixed  $raw   Raw attributes (shortcode or block).
 * @param string $extra Further attributes for the element, already escaped (the block's wrapper attributes).
 * @return string
 */
function ctcalc_render( $raw, $extra = '' ) {
	ctcalc_enqueue_script();
	$html = '<compute-threshold-calculator';
	if ( '' !== $extra ) {
		$html .= ' ' . $extra;
	}
	foreach ( ctcalc_sanitize_attributes( $raw ) as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '></compute-threshold-calculator>';
	$html .= '<noscript>' . esc_html__( 'The export-control calculator needs JavaScript.', 'compute-threshold-calculator' ) . '</noscript>';
	return $html;
}

/**
 * `[compute_threshold_calculator chip="nvidia-h20" rule-set="bis-3a090-2023" layout="card"]`.
 *
 * The markup is a custom element and a noscript, both phrasing content, so a shortcode written inside a paragraph
 * stays valid HTML.
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function ctcalc_shortcode( $atts ) {
	$given    = is_array( $atts ) ? $atts : array();
	$defaults = array();
	$by_name  = array();
	foreach ( $given as $key => $value ) {
		if ( is_string( $key ) ) {
			$defaults[ $key ] = null; // shortcode_atts keeps only known keys: every named key is known here.
			$by_name[ $key ]  = $value;
		}
	}
	$atts = shortcode_atts( $defaults, $by_name, 'compute_threshold_calculator' );
	return ctcalc_render( $atts );
}
add_shortcode( 'compute_threshold_calculator', 'ctcalc_shortcode' );

/**
 * Renders the block on the server (a dynamic block: the post stores only its attributes).
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function ctcalc_render_block( $attributes ) {
	$extra = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
	return ctcalc_render( is_array( $attributes ) ? $attributes : array(), $extra );
}

/**
 * Registers the block from block.json, with its editor script (plain JavaScript against the `wp.*` globals).
 */
function ctcalc_register_block() {
	wp_register_script(
		'ctcalc-block-editor',
		plugins_url( 'block/editor.js', CTCALC_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
		CTCALC_VERSION . '.' . ( is_file( CTCALC_DIR . 'block/editor.js' ) ? (int) filemtime( CTCALC_DIR . 'block/editor.js' ) : 0 ),
		true
	);
	if ( function_exists( 'wp_set_script_translations' ) ) {
		wp_set_script_translations( 'ctcalc-block-editor', 'compute-threshold-calculator' );
	}
	register_block_type( CTCALC_DIR . 'block', array( 'render_callback' => 'ctcalc_render_block' ) );
}
add_action( 'init', 'ctcalc_register_block' );

/**
 * The editor's choices of chips and rule sets (block/options.json, written by the build from the widget's data), for
 * the inspector's drop-downs; without the file the editor offers text fields.
 */
function ctcalc_editor_options() {
	$file    = CTCALC_DIR . 'block/options.json';
	$options = is_file( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
	if ( is_array( $options ) ) {
		wp_add_inline_script( 'ctcalc-block-editor', 'window.ctcalcBlockOptions = ' . wp_json_encode( $options ) . ';', 'before' );
	}
}
add_action( 'enqueue_block_editor_assets', 'ctcalc_editor_options' );

/**
 * The block editor shows the server-rendered widget as the block's preview: load the widget's script there (both in
 * the editor page and, on versions that frame the editor's content, in that frame).
 */
function ctcalc_editor_script() {
	if ( is_admin() && null !== ctcalc_script() ) {
		wp_enqueue_script( CTCALC_HANDLE );
	}
}
add_action( 'enqueue_block_editor_assets', 'ctcalc_editor_script' );
add_action( 'enqueue_block_assets', 'ctcalc_editor_script' );
