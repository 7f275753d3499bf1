<?php
/**
 * Writes the verification's posts as an Author and as a Contributor, through wp_insert_post under
 * wp_set_current_user, so that kses filters them as it filters the block editor's saves. Checks what was saved and
 * prints the posts' ids as JSON on stdout for the browser checks (scripts/wordpress/verify-browser.mjs).
 *
 * @package ComputeThresholdCalculator
 */

require __DIR__ . '/bootstrap.php';

/**
 * Saves a post as the given user and returns its id and saved content.
 *
 * @param string $login   User login.
 * @param string $title   Post title.
 * @param string $content Post content as the editor sends it.
 * @param string $status  publish, or pending for a Contributor.
 * @return array{id: int, saved: string}
 */
function ctc_verify_post( $login, $title, $content, $status ) {
	$user = get_user_by( 'login', $login );
	wp_set_current_user( $user->ID );
	ctc_verify_check( "$login: no unfiltered_html, kses filters the content", ! current_user_can( 'unfiltered_html' ) && false !== has_filter( 'content_save_pre', 'wp_filter_post_kses' ) );
	$id = wp_insert_post(
		wp_slash(
			array(
				'post_title'   => $title,
				'post_content' => $content,
				'post_status'  => $status,
				'post_author'  => $user->ID,
			)
		),
		true
	);
	ctc_verify_check( "$login: saved \"$title\"", ! is_wp_error( $id ), is_wp_error( $id ) ? $id->get_error_message() : '' );
	return array(
		'id'    => (int) $id,
		'saved' => get_post( $id )->post_content,
	);
}

$ctc_shortcodes = "<!-- wp:paragraph -->\n<p>The H20 was designed for the Chinese market after the October 2023 rule.</p>\n<!-- /wp:paragraph -->\n\n"
	. "<!-- wp:shortcode -->\n[compute_threshold_calculator chip=\"nvidia-h20\" rule-set=\"bis-3a090-2023\" layout=\"card\"]\n<!-- /wp:shortcode -->\n\n"
	. "<!-- wp:paragraph -->\n<p>Compare the H100, which the same rule controls:</p>\n<!-- /wp:paragraph -->\n\n"
	. "<!-- wp:paragraph -->\n<p>[compute_threshold_calculator chip=\"nvidia-h100-sxm5\" theme=\"light\" heading-level=\"3\"]</p>\n<!-- /wp:paragraph -->";

$ctc_block = "<!-- wp:paragraph -->\n<p>Where does the H20 stand?</p>\n<!-- /wp:paragraph -->\n\n"
	. '<!-- wp:compute-threshold-calculator/calculator {"chip":"nvidia-h20"} /-->';

$ctc_raw = "<!-- wp:html -->\n"
	. "<script type=\"module\" src=\"/wp-content/plugins/compute-threshold-calculator/assets/compute-threshold-calculator.js\"></script>\n"
	. "<compute-threshold-calculator chip=\"nvidia-h20\" rule-set=\"bis-3a090-2023\"></compute-threshold-calculator>\n"
	. "<iframe src=\"/wp-content/plugins/compute-threshold-calculator/frame.html?chip=nvidia-h20\" title=\"Calculator\"></iframe>\n"
	. '<!-- /wp:html -->';

$ctc_hostile = "<!-- wp:shortcode -->\n"
	. "[compute_threshold_calculator chip='\"><script>alert(1)</script>' rule-set=\"javascript:alert(1)\" layout=\"card\" lang=\"en\" heading-level=\"7\" theme=\"dark\" style=\"color:red\" onclick=\"alert(1)\" as-of=\"2023-02-29\" view=\"admin\" compare=\"nvidia-h20,&quot;&gt;x\"]\n"
	. "<!-- /wp:shortcode -->\n\n"
	. '<!-- wp:compute-threshold-calculator/calculator {"chip":"\u0022\u003e\u003cscript\u003ealert(1)\u003c/script\u003e","ruleSet":"bis-3a090-2023","headingLevel":0,"theme":"javascript:alert(1)","lang":"zh-hans","asOf":"2024-01-01"} /-->';

$ctc_posts = array(
	'shortcodes'  => ctc_verify_post( 'author', 'Two calculators by shortcode (Author)', $ctc_shortcodes, 'publish' ),
	'block'       => ctc_verify_post( 'author', 'The calculator block (Author)', $ctc_block, 'publish' ),
	'raw'         => ctc_verify_post( 'author', 'The plain HTML embed (Author)', $ctc_raw, 'publish' ),
	'hostile'     => ctc_verify_post( 'author', 'Hostile attributes (Author)', $ctc_hostile, 'publish' ),
	'contributor' => ctc_verify_post( 'contributor', 'Shortcode and block (Contributor)', $ctc_shortcodes . "\n\n" . $ctc_block, 'pending' ),
);

ctc_verify_check( 'Author: the shortcodes are saved as written', $ctc_shortcodes === $ctc_posts['shortcodes']['saved'], $ctc_posts['shortcodes']['saved'] );
ctc_verify_check( 'Author: the block is saved as written', $ctc_block === $ctc_posts['block']['saved'], $ctc_posts['block']['saved'] );
ctc_verify_check( 'Contributor: the shortcodes and the block are saved as written', $ctc_shortcodes . "\n\n" . $ctc_block === $ctc_posts['contributor']['saved'], $ctc_posts['contributor']['saved'] );
$ctc_saved_raw = $ctc_posts['raw']['saved'];
ctc_verify_check(
	'Author: the plain HTML embed loses its script, element and iframe (the issue this plugin answers)',
	false === stripos( $ctc_saved_raw, '<script' ) && false === stripos( $ctc_saved_raw, '<compute-threshold-calculator' ) && false === stripos( $ctc_saved_raw, '<iframe' ),
	$ctc_saved_raw
);
ctc_verify_check( 'Author: the hostile shortcode and block survive as text', false !== strpos( $ctc_posts['hostile']['saved'], '[compute_threshold_calculator' ) && false !== strpos( $ctc_posts['hostile']['saved'], 'wp:compute-threshold-calculator/calculator' ), $ctc_posts['hostile']['saved'] );

// The front page of a post without the widget, to check that the script stays away.
$ctc_posts['none'] = array(
	'id'    => 1,
	'saved' => get_post( 1 )->post_content,
);

echo wp_json_encode(
	array(
		'wordpress' => get_bloginfo( 'version' ),
		'theme'     => wp_get_theme()->get( 'Name' ) . ' ' . wp_get_theme()->get( 'Version' ),
		'php'       => PHP_VERSION,
		'posts'     => $ctc_posts,
	),
	JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES
) . "\n";
exit( empty( $GLOBALS['ctc_verify_failures'] ) ? 0 : 1 );
