<?php
/**
 * Tests of the plugin's attribute sanitising, markup and script loading, with plain php-cli: a few WordPress
 * functions are stubbed below, no WordPress install and no PHPUnit.
 *
 *   php wordpress/tests/sanitize-test.php              WordPress before 6.5: a classic script made type="module"
 *   php wordpress/tests/sanitize-test.php --modules    WordPress 6.5 and later: the Script Modules API
 *   php wordpress/tests/sanitize-test.php --no-assets  the plugin installed without its built assets/
 *
 * Prints one line per failure and a closing "N passed, N failed"; exits 1 on any failure.
 */

error_reporting( E_ALL );
ini_set( 'display_errors', 'stderr' );
set_error_handler(
	function ( $severity, $message, $file, $line ) {
		throw new ErrorException( $message, 0, $severity, $file, $line );
	}
);

$mode = isset( $argv[1] ) ? $argv[1] : '--classic';
if ( ! in_array( $mode, array( '--classic', '--modules', '--no-assets' ), true ) ) {
	fwrite( STDERR, "usage: php sanitize-test.php [--classic|--modules|--no-assets]\n" );
	exit( 2 );
}

define( 'ABSPATH', __DIR__ . '/' );

// ---------------------------------------------------------------------------------------------------------------
// Stubs of the WordPress functions the plugin calls. Calls are recorded in $GLOBALS['wp_calls'].

$GLOBALS['wp_calls'] = array();
function record( $name, $args ) {
	$GLOBALS['wp_calls'][] = array( $name, $args );
}
function calls( $name ) {
	return array_values(
		array_map(
			function ( $call ) {
				return $call[1];
			},
			array_filter(
				$GLOBALS['wp_calls'],
				function ( $call ) use ( $name ) {
					return $call[0] === $name;
				}
			)
		)
	);
}
function esc_attr( $text ) {
	return htmlspecialchars( (string) $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' );
}
function esc_html__( $text, $domain = 'default' ) {
	return htmlspecialchars( $text, ENT_QUOTES | ENT_SUBSTITUTE, 'UTF-8' );
}
function __( $text, $domain = 'default' ) {
	return $text;
}
function plugins_url( $path, $plugin ) {
	return 'http://127.0.0.1/wp-content/plugins/' . basename( dirname( $plugin ) ) . '/' . ltrim( $path, '/' );
}
function add_action( $hook, $callback, $priority = 10, $args = 1 ) {
	record( 'add_action', array( $hook, $callback ) );
}
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) {
	record( 'add_filter', array( $hook, $callback, $args ) );
}
function add_shortcode( $tag, $callback ) {
	record( 'add_shortcode', array( $tag, $callback ) );
}
function shortcode_atts( $pairs, $atts, $shortcode = '' ) {
	$out = array();
	foreach ( $pairs as $name => $default ) {
		$out[ $name ] = array_key_exists( $name, (array) $atts ) ? $atts[ $name ] : $default;
	}
	record( 'shortcode_atts', array( $shortcode ) );
	return $out;
}
function wp_register_script( $handle, $src, $deps = array(), $ver = false, $in_footer = false ) {
	record( 'wp_register_script', array( $handle, $src, $deps, $ver, $in_footer ) );
	return true;
}
function wp_enqueue_script( $handle ) {
	record( 'wp_enqueue_script', array( $handle ) );
}
function wp_set_script_translations( $handle, $domain ) {
	record( 'wp_set_script_translations', array( $handle, $domain ) );
}
function wp_add_inline_script( $handle, $data, $position = 'after' ) {
	record( 'wp_add_inline_script', array( $handle, $data, $position ) );
}
function wp_json_encode( $data ) {
	return json_encode( $data );
}
function register_block_type( $path, $args = array() ) {
	record( 'register_block_type', array( $path, $args ) );
}
function get_block_wrapper_attributes() {
	return 'class="wp-block-compute-threshold-calculator-calculator alignwide"';
}
function is_admin() {
	return false;
}
if ( '--modules' === $mode ) {
	function wp_register_script_module( $id, $src, $deps = array(), $version = false ) {
		record( 'wp_register_script_module', array( $id, $src, $deps, $version ) );
	}
	function wp_enqueue_script_module( $id ) {
		record( 'wp_enqueue_script_module', array( $id ) );
	}
}

// ---------------------------------------------------------------------------------------------------------------
// The plugin, from a temporary copy that has (or, with --no-assets, lacks) a stand-in for the built script.

$source = dirname( __DIR__ ) . '/compute-threshold-calculator';
$copy   = sys_get_temp_dir() . '/ctcalc-test-' . getmypid() . '-' . bin2hex( random_bytes( 4 ) );
function copy_tree( $from, $to ) {
	mkdir( $to, 0700, true );
	foreach ( scandir( $from ) as $entry ) {
		if ( '.' === $entry || '..' === $entry ) {
			continue;
		}
		is_dir( "$from/$entry" ) ? copy_tree( "$from/$entry", "$to/$entry" ) : copy( "$from/$entry", "$to/$entry" );
	}
}
function remove_tree( $dir ) {
	foreach ( scandir( $dir ) as $entry ) {
		if ( '.' !== $entry && '..' !== $entry ) {
			is_dir( "$dir/$entry" ) && ! is_link( "$dir/$entry" ) ? remove_tree( "$dir/$entry" ) : unlink( "$dir/$entry" );
		}
	}
	rmdir( $dir );
}
copy_tree( $source, $copy );
register_shutdown_function( 'remove_tree', $copy );
if ( '--no-assets' === $mode ) {
	if ( is_dir( "$copy/assets" ) ) {
		remove_tree( "$copy/assets" );
	}
} else {
	if ( ! is_dir( "$copy/assets" ) ) {
		mkdir( "$copy/assets" );
	}
	file_put_contents( "$copy/assets/compute-threshold-calculator.js", "// stand-in\n" );
}
require $copy . '/compute-threshold-calculator.php';

// ---------------------------------------------------------------------------------------------------------------
// A tiny harness.

$passed   = 0;
$failures = array();
function check( $name, $condition, $detail = '' ) {
	global $passed, $failures;
	if ( $condition ) {
		$passed++;
	} else {
		$failures[] = $name . ( '' !== $detail ? ": $detail" : '' );
	}
}
function same( $name, $expected, $actual ) {
	check( $name, $expected === $actual, 'expected ' . var_export( $expected, true ) . ', got ' . var_export( $actual, true ) );
}
function show( $value ) {
	return is_string( $value ) ? json_encode( $value, JSON_INVALID_UTF8_SUBSTITUTE | JSON_UNESCAPED_UNICODE ) : var_export( $value, true );
}

/** The markup's exact shape: the element with known attributes of safe values, then the noscript. */
function well_formed( $html ) {
	$attr = '(?: (?:chip|rule-set|layout|lang|heading-level|theme|as-of|view|compare)="[A-Za-z0-9.~,-]*")';
	$wrap = '(?: class="wp-block-compute-threshold-calculator-calculator alignwide")?';
	return 1 === preg_match( '#^<compute-threshold-calculator' . $wrap . $attr . '*></compute-threshold-calculator><noscript>[^<>]*</noscript>$#D', $html );
}

// ---------------------------------------------------------------------------------------------------------------
// Each attribute alone: [input, expected output or null for dropped].

$long_id = str_repeat( 'a', 100 );
$cases   = array(
	'chip'          => array(
		array( 'nvidia-h20', 'nvidia-h20' ),
		array( '  nvidia-h20 ', 'nvidia-h20' ),
		array( "nvidia-h20\n", 'nvidia-h20' ),
		array( 'NVIDIA-H20', 'nvidia-h20' ),
		array( 'a.b~c-1', 'a.b~c-1' ),
		array( '0-9', '0-9' ),
		array( $long_id, $long_id ),
		array( $long_id . 'a', null ),
		array( str_repeat( 'a', 100000 ), null ),
		array( '', null ),
		array( '   ', null ),
		array( '-nvidia', null ),
		array( '.hidden', null ),
		array( '~home', null ),
		array( '../../etc/passwd', null ),
		array( 'a/b', null ),
		array( 'nvidia h20', null ),
		array( "nvidia\nh20", null ),
		array( "nvidia\0h20", null ),
		array( 'nvidia_h20', null ),
		array( '"><script>alert(1)</script>', null ),
		array( 'nvidia-h20" onmouseover="alert(1)', null ),
		array( "nvidia-h20' autofocus onfocus='alert(1)", null ),
		array( 'javascript:alert(1)', null ),
		array( 'data:text/html,<b>x</b>', null ),
		array( '&quot;', null ),
		array( '&#x3C;script', null ),
		array( "nvidia\u{2010}h20", null ),   // unicode hyphen
		array( "\u{FF4E}vidia", null ),       // fullwidth n
		array( "nvidi\u{0430}-h20", null ),   // Cyrillic a
		array( "caf\u{00E9}", null ),
		array( "nvidia-h20\u{200B}", null ),  // zero-width space
		array( "\xC3\x28", null ),            // invalid UTF-8
		array( array( 'nvidia-h20' ), null ),
		array( array( 'chip' => 'x' ), null ),
		array( 42, null ),
		array( 4.2, null ),
		array( true, null ),
		array( false, null ),
		array( null, null ),
	),
	'rule-set'      => array(
		array( 'bis-3a090-2023', 'bis-3a090-2023' ),
		array( 'bis-china-review-2026', 'bis-china-review-2026' ),
		array( 'BIS-3A090C-2024', 'bis-3a090c-2024' ),
		array( 'my.rules~v2', 'my.rules~v2' ),
		array( 'bis-3a090-2023"><script>', null ),
		array( 'bis 3a090', null ),
		array( str_repeat( 'r', 101 ), null ),
		array( array(), null ),
	),
	'layout'        => array(
		array( 'card', 'card' ),
		array( 'full', 'full' ),
		array( 'CARD', 'card' ),
		array( ' full ', 'full' ),
		array( 'compact', null ),
		array( 'card full', null ),
		array( 'card"', null ),
		array( 'cards', null ),
		array( '', null ),
		array( 1, null ),
	),
	'theme'         => array(
		array( 'light', 'light' ),
		array( 'dark', 'dark' ),
		array( 'auto', 'auto' ),
		array( 'Dark', 'dark' ),
		array( 'blue', null ),
		array( 'light dark', null ),
		array( 'dark;color:red', null ),
		array( 'javascript:alert(1)', null ),
		array( str_repeat( 'dark', 1000 ), null ),
	),
	'view'          => array(
		array( 'calculator', 'calculator' ),
		array( 'compare', 'compare' ),
		array( 'catalog', 'catalog' ),
		array( 'training', 'training' ),
		array( 'admin', null ),
		array( 'catalog<', null ),
		array( '', null ),
	),
	'lang'          => array(
		array( 'en', 'en' ),
		array( 'zh-Hans', 'zh-Hans' ),
		array( 'zh-hans', 'zh-Hans' ),
		array( 'ZH-HANS', 'zh-Hans' ),
		array( 'ja', 'ja' ),
		array( 'ko', 'ko' ),
		array( 'de', 'de' ),
		array( 'FR', 'fr' ),
		array( 'pt-BR', 'pt-BR' ),
		array( 'sr-Latn-RS', 'sr-Latn-RS' ),
		array( 'zh-Hans-CN', 'zh-Hans-CN' ),
		array( 'es-419', 'es-419' ),
		array( 'de-DE-1996', 'de-DE-1996' ),
		array( 'en-US-x-twain', 'en-US-x-twain' ),
		array( 'en-a-bbb-x-a-ccc', 'en-a-bbb-x-a-ccc' ),
		array( 'x-klingon', 'x-klingon' ),
		array( 'zh-yue-HK', 'zh-yue-HK' ),
		array( 'en_US', null ),
		array( 'en-', null ),
		array( '-en', null ),
		array( 'e', null ),
		array( 'en--US', null ),
		array( 'en-US-', null ),
		array( 'toolonglanguage', null ),
		array( 'en-a', null ),
		array( 'en-x', null ),
		array( 'en-US-abcdefghi', null ),
		array( 'en-' . str_repeat( 'abcdefgh-', 4 ), null ),
		array( 'en-abcdefgh-abcdefgh-abcdefgh-abcde', 'en-abcdefgh-abcdefgh-abcdefgh-abcde' ), // 35 characters
		array( 'en-abcdefgh-abcdefgh-abcdefgh-abcdef', null ),                                // 36
		array( 'en"><script>alert(1)</script>', null ),
		array( 'javascript:alert(1)', null ),
		array( "en\u{2011}US", null ),
		array( "\u{0435}n", null ),
		array( 'en US', null ),
		array( '', null ),
		array( array( 'en' ), null ),
	),
	'heading-level' => array(
		array( 1, '1' ),
		array( 6, '6' ),
		array( '2', '2' ),
		array( ' 3 ', '3' ),
		array( 0, null ),
		array( 7, null ),
		array( -1, null ),
		array( '0', null ),
		array( '7', null ),
		array( '2x', null ),
		array( 'x2', null ),
		array( '02', null ),
		array( '2.0', null ),
		array( '+2', null ),
		array( '-1', null ),
		array( '1e0', null ),
		array( '0x2', null ),
		array( "2\n3", null ),
		array( "\u{FF12}", null ), // fullwidth 2
		array( "\u{0662}", null ), // Arabic-Indic 2
		array( 2.0, null ),
		array( true, null ),
		array( '', null ),
		array( 'h2', null ),
		array( array( 2 ), null ),
		array( PHP_INT_MAX, null ),
	),
	'as-of'         => array(
		array( '2024-01-01', '2024-01-01' ),
		array( '2024-02-29', '2024-02-29' ),
		array( '2026-01-15', '2026-01-15' ),
		array( ' 2023-11-17 ', '2023-11-17' ),
		array( '2023-02-29', null ),
		array( '2024-13-01', null ),
		array( '2024-00-10', null ),
		array( '2024-04-31', null ),
		array( '2024-01-00', null ),
		array( '2024-1-1', null ),
		array( '24-01-01', null ),
		array( '0999-01-01', null ),
		array( '0000-01-01', null ),
		array( '12024-01-01', null ),
		array( '2024/01/01', null ),
		array( '2024-01-01T00:00:00Z', null ),
		array( '2024-01-01 ', '2024-01-01' ),
		array( "2024-01-01\nx", null ),
		array( '01/02/2024', null ),
		array( 'today', null ),
		array( "\u{FF12}024-01-01", null ),
		array( '2024-01-01"><script>', null ),
		array( 20240101, null ),
		array( '', null ),
	),
	'compare'       => array(
		array( 'nvidia-h20,amd-mi300x', 'nvidia-h20,amd-mi300x' ),
		array( 'nvidia-h20, amd-mi300x', 'nvidia-h20,amd-mi300x' ),
		array( ' nvidia-h20  amd-mi300x ', 'nvidia-h20,amd-mi300x' ),
		array( "a\nb,,c", 'a,b,c' ),
		array( 'a,A,a', 'a' ),
		array( '"><script>,nvidia-h20', 'nvidia-h20' ),
		array( 'javascript:alert(1)', null ),
		array( ',,,', null ),
		array( '', null ),
		array( array( 'nvidia-h20', 'amd-mi300x' ), 'nvidia-h20,amd-mi300x' ),
		array( array( 'nvidia-h20', array( 'x' ), 3, '<b>' ), 'nvidia-h20' ),
		array( implode( ',', array_map( function ( $i ) { return "chip-$i"; }, range( 1, 30 ) ) ), implode( ',', array_map( function ( $i ) { return "chip-$i"; }, range( 1, 20 ) ) ) ),
		array( str_repeat( 'a,', 100000 ), null ),
		array( 42, null ),
	),
);

foreach ( $cases as $name => $list ) {
	foreach ( $list as $case ) {
		same( "$name " . show( $case[0] ), $case[1], ctcalc_sanitize_attribute( $name, $case[0] ) );
		// The same value through the whole pipeline: present exactly when valid.
		$out = ctcalc_sanitize_attributes( array( $name => $case[0] ) );
		same( "$name " . show( $case[0] ) . ' (all attributes)', null === $case[1] ? array() : array( $name => $case[1] ), $out );
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Keys: spellings, order, unknown and positional keys.

same(
	'every attribute, written out in the widget\'s order',
	array(
		'chip'          => 'nvidia-h20',
		'rule-set'      => 'bis-3a090-2023',
		'layout'        => 'card',
		'lang'          => 'ja',
		'heading-level' => '3',
		'theme'         => 'dark',
		'as-of'         => '2024-06-01',
		'view'          => 'compare',
		'compare'       => 'nvidia-h20,nvidia-h100-sxm5',
	),
	ctcalc_sanitize_attributes(
		array(
			'compare'       => 'nvidia-h20 nvidia-h100-sxm5',
			'view'          => 'compare',
			'as-of'         => '2024-06-01',
			'theme'         => 'dark',
			'heading-level' => '3',
			'lang'          => 'ja',
			'layout'        => 'card',
			'rule-set'      => 'bis-3a090-2023',
			'chip'          => 'nvidia-h20',
		)
	)
);
same(
	'block attribute names (camelCase)',
	array( 'chip' => 'nvidia-h20', 'rule-set' => 'bis-3a090-2024', 'heading-level' => '2', 'as-of' => '2025-01-01' ),
	ctcalc_sanitize_attributes( array( 'chip' => 'nvidia-h20', 'ruleSet' => 'bis-3a090-2024', 'headingLevel' => 2, 'asOf' => '2025-01-01' ) )
);
same(
	'underscore spellings',
	array( 'rule-set' => 'bis-3a090-2022', 'heading-level' => '4', 'as-of' => '2022-10-07' ),
	ctcalc_sanitize_attributes( array( 'rule_set' => 'bis-3a090-2022', 'heading_level' => '4', 'as_of' => '2022-10-07' ) )
);
same(
	'the first valid spelling wins; an invalid one does not block a valid one',
	array( 'rule-set' => 'bis-3a090-2023' ),
	ctcalc_sanitize_attributes( array( 'rule-set' => 'bad value!', 'rule_set' => 'bis-3a090-2023', 'ruleSet' => 'bis-3a090-2022' ) )
);
same(
	'unknown, dangerous and positional keys are dropped',
	array( 'chip' => 'nvidia-h20' ),
	ctcalc_sanitize_attributes(
		array(
			0            => 'nvidia-h100-sxm5',
			'onload'     => 'alert(1)',
			'style'      => 'display:none',
			'class'      => 'x',
			'id'         => 'y',
			'spec'       => '{"name":"x"}',
			'sync-url'   => '',
			'src'        => 'https://example.com/x.js',
			'chip"><x'   => 'nvidia-a100-sxm4-80gb',
			'chip'       => 'nvidia-h20',
			'className'  => 'alignwide',
			'align'      => 'wide',
			str_repeat( 'c', 1000 ) => 'x',
		)
	)
);
same( 'no attributes (a shortcode without any passes "")', array(), ctcalc_sanitize_attributes( '' ) );
same( 'not an array', array(), ctcalc_sanitize_attributes( 'chip=nvidia-h20' ) );

// ---------------------------------------------------------------------------------------------------------------
// Markup.

$noscript = '<noscript>The export-control calculator needs JavaScript.</noscript>';
same(
	'shortcode markup',
	'<compute-threshold-calculator chip="nvidia-h20" rule-set="bis-3a090-2023" layout="card"></compute-threshold-calculator>' . $noscript,
	ctcalc_shortcode( array( 'chip' => 'nvidia-h20', 'rule-set' => 'bis-3a090-2023', 'layout' => 'card' ) )
);
same( 'shortcode without attributes', '<compute-threshold-calculator></compute-threshold-calculator>' . $noscript, ctcalc_shortcode( '' ) );
same(
	'shortcode with only invalid values: the bare element, nothing echoed',
	'<compute-threshold-calculator></compute-threshold-calculator>' . $noscript,
	ctcalc_shortcode(
		array(
			'chip'          => '"><script>alert(1)</script>',
			'rule-set'      => "' onfocus='alert(1)",
			'layout'        => 'javascript:alert(1)',
			'lang'          => '<img src=x onerror=alert(1)>',
			'heading-level' => '7',
			'theme'         => 'dark" style="x',
			'as-of'         => '2024-02-30',
			'view'          => '</compute-threshold-calculator><script>',
			'compare'       => '<script>',
		)
	)
);
check( 'shortcode_atts is applied (its filter can adjust the attributes)', count( calls( 'shortcode_atts' ) ) > 0 && 'compute_threshold_calculator' === calls( 'shortcode_atts' )[0][0] );
same(
	'block markup: the wrapper attributes on the element',
	'<compute-threshold-calculator class="wp-block-compute-threshold-calculator-calculator alignwide" chip="nvidia-h20" rule-set="bis-3a090-2023" heading-level="3"></compute-threshold-calculator>' . $noscript,
	ctcalc_render_block( array( 'chip' => 'nvidia-h20', 'ruleSet' => 'bis-3a090-2023', 'headingLevel' => 3, 'className' => '"><script>' ) )
);
same(
	'block with broken attributes',
	'<compute-threshold-calculator class="wp-block-compute-threshold-calculator-calculator alignwide"></compute-threshold-calculator>' . $noscript,
	ctcalc_render_block( null )
);
// The escaping itself: esc_attr is applied even to values the patterns already restrict.
$escaped = ctcalc_render( array( 'chip' => 'a.b~c' ) );
check( 'esc_attr-escaped attribute values', false !== strpos( $escaped, 'chip="a.b~c"' ), $escaped );

// Random input, including bytes that are not UTF-8: the markup keeps its exact shape.
mt_srand( 3090 );
$alphabet = array( '"', "'", '<', '>', '&', '=', ' ', "\n", "\0", '/', ':', ';', '-', '.', '~', ',', 'a', 'Z', '0', '7', 'x', "\xC3", "\xA9", "\u{202E}", 'script', 'javascript:', 'card', 'dark', 'en', '-Hans', '2024-02-29' );
$names    = array( 'chip', 'rule-set', 'layout', 'lang', 'heading-level', 'theme', 'as-of', 'view', 'compare', 'ruleSet', 'headingLevel', 'asOf', 'on' . 'click' );
$shape_failures = 0;
for ( $i = 0; $i < 3000; $i++ ) {
	$atts = array();
	foreach ( $names as $attr ) {
		if ( mt_rand( 0, 2 ) ) {
			$value = '';
			for ( $n = mt_rand( 0, 12 ); $n > 0; $n-- ) {
				$value .= $alphabet[ mt_rand( 0, count( $alphabet ) - 1 ) ];
			}
			$atts[ $attr ] = 0 === mt_rand( 0, 9 ) ? mt_rand( -3, 9 ) : $value;
		}
	}
	$html = ctcalc_shortcode( $atts );
	if ( ! well_formed( $html ) ) {
		$shape_failures++;
		if ( $shape_failures <= 3 ) {
			check( 'random attributes keep the markup\'s shape', false, show( $atts ) . ' => ' . show( $html ) );
		}
	}
}
check( '3000 random attribute sets keep the markup\'s shape', 0 === $shape_failures, "$shape_failures failed" );

// ---------------------------------------------------------------------------------------------------------------
// Registration and script loading.

$hooks = calls( 'add_action' );
foreach ( $hooks as $hook ) {
	if ( 'init' === $hook[0] ) {
		call_user_func( $hook[1] );
	}
}
$shortcodes = calls( 'add_shortcode' );
same( 'one shortcode, compute_threshold_calculator', array( array( 'compute_threshold_calculator', 'ctcalc_shortcode' ) ), $shortcodes );
$blocks = calls( 'register_block_type' );
check( 'the block is registered from block.json with a render callback', 1 === count( $blocks ) && is_file( $blocks[0][0] . '/block.json' ) && 'ctcalc_render_block' === $blocks[0][1]['render_callback'] );

$block = json_decode( file_get_contents( "$copy/block/block.json" ), true );
same( 'block.json name', 'compute-threshold-calculator/calculator', $block['name'] );
$editor = array_filter(
	calls( 'wp_register_script' ),
	function ( $args ) use ( $block ) {
		return $args[0] === $block['editorScript'];
	}
);
check( 'block.json\'s editorScript is a registered handle', 1 === count( $editor ) );
$known = ctcalc_attribute_names();
foreach ( array_keys( $block['attributes'] ) as $attribute ) {
	check( "block attribute $attribute is one the sanitiser knows", isset( $known[ str_replace( array( '-', '_' ), '', strtolower( $attribute ) ) ] ) );
}
same( 'block.json declares every widget attribute', count( $known ), count( $block['attributes'] ) );

$filters = calls( 'add_filter' );
check( 'the script_loader_tag filter is added', in_array( array( 'script_loader_tag', 'ctcalc_module_tag', 2 ), $filters, true ) );

$entry = 'http://127.0.0.1/wp-content/plugins/' . basename( $copy ) . '/assets/compute-threshold-calculator.js';
$classic = array_values(
	array_filter(
		calls( 'wp_register_script' ),
		function ( $args ) {
			return 'compute-threshold-calculator' === $args[0];
		}
	)
);
$enqueued        = calls( 'wp_enqueue_script' );
$modules         = calls( 'wp_register_script_module' );
$enqueued_module = calls( 'wp_enqueue_script_module' );

if ( '--no-assets' === $mode ) {
	same( 'without assets/ no script is registered', array(), $classic );
	same( 'without assets/ no script is enqueued', array(), $enqueued );
} else {
	check( 'the classic script is registered from the plugin\'s folder, in the footer', 1 === count( $classic ) && $entry === $classic[0][1] && true === $classic[0][4], show( $classic ) );
	check( 'its version changes with the file', 1 === count( $classic ) && 1 === preg_match( '/^[0-9][0-9A-Za-z.+-]*\.[0-9a-f]+$/D', $classic[0][3] ) );
	if ( '--modules' === $mode ) {
		check( 'WordPress 6.5+: the script module is registered from the plugin\'s folder', 1 === count( $modules ) && 'compute-threshold-calculator' === $modules[0][0] && $entry === $modules[0][1] );
		check( 'WordPress 6.5+: rendering enqueues the module', count( $enqueued_module ) > 0 && array( 'compute-threshold-calculator' ) === $enqueued_module[0] );
		same( 'WordPress 6.5+: no classic script is enqueued', array(), $enqueued );
	} else {
		check( 'before 6.5: rendering enqueues the classic script', count( $enqueued ) > 0 && array( 'compute-threshold-calculator' ) === $enqueued[0] );
		same( 'before 6.5: every enqueue is of the one handle (WordPress prints it once)', array( array( 'compute-threshold-calculator' ) ), array_values( array_unique( $enqueued, SORT_REGULAR ) ) );
	}
}

// The script tag filter.
same(
	'type="module" replaces type=\'text/javascript\'',
	"<script type=\"module\" src='http://x/assets/compute-threshold-calculator.js?ver=1' id='compute-threshold-calculator-js'></script>\n",
	ctcalc_module_tag( "<script type='text/javascript' src='http://x/assets/compute-threshold-calculator.js?ver=1' id='compute-threshold-calculator-js'></script>\n", 'compute-threshold-calculator' )
);
same(
	'type="module" is added where WordPress writes no type (html5 themes)',
	"<script type=\"module\" src='http://x/a.js?ver=1' id='compute-threshold-calculator-js'></script>\n",
	ctcalc_module_tag( "<script src='http://x/a.js?ver=1' id='compute-threshold-calculator-js'></script>\n", 'compute-threshold-calculator' )
);
same(
	'an inline script attached to the handle stays classic',
	"<script id='compute-threshold-calculator-js-before'>var a = 1;</script>\n<script type=\"module\" src='http://x/a.js' id='compute-threshold-calculator-js'></script>\n",
	ctcalc_module_tag( "<script id='compute-threshold-calculator-js-before'>var a = 1;</script>\n<script type=\"text/javascript\" src='http://x/a.js' id='compute-threshold-calculator-js'></script>\n", 'compute-threshold-calculator' )
);
$other = "<script type='text/javascript' src='http://x/jquery.js' id='jquery-js'></script>\n";
same( 'other handles are untouched', $other, ctcalc_module_tag( $other, 'jquery' ) );

// ---------------------------------------------------------------------------------------------------------------

foreach ( $failures as $failure ) {
	echo "FAIL $failure\n";
}
printf( "%d passed, %d failed (%s)\n", $passed, count( $failures ), ltrim( $mode, '-' ) );
exit( $failures ? 1 : 0 );
