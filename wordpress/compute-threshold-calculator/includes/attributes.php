<?php
/**
 * Sanitising of the shortcode's and the block's attributes.
 *
 * Plain PHP with no WordPress function, so that wordpress/tests/sanitize-test.php can run it with php-cli alone.
 * Every value is checked against an allow-list or a strict pattern; an invalid value is dropped (the widget then
 * uses its default), never repaired into something the editor did not write and never echoed.
 *
 * @package ComputeThresholdCalculator
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** Longest chip or rule-set id accepted. */
const CTCALC_MAX_ID_LENGTH = 100;

/** Longest language tag accepted. */
const CTCALC_MAX_LANG_LENGTH = 35;

/** Most chips a `compare` list may name; more are dropped. */
const CTCALC_MAX_COMPARE = 20;

/**
 * The widget's attributes in the order they are written out, and the spellings accepted for each: the key is
 * lower-cased and stripped of `-` and `_`, so `rule-set`, `rule_set`, `ruleset` and the block's `ruleSet` all
 * name `rule-set`.
 *
 * @return array<string, string> Normalised key => attribute name.
 */
function ctcalc_attribute_names() {
	return array(
		'chip'         => 'chip',
		'ruleset'      => 'rule-set',
		'layout'       => 'layout',
		'lang'         => 'lang',
		'headinglevel' => 'heading-level',
		'theme'        => 'theme',
		'asof'         => 'as-of',
		'view'         => 'view',
		'compare'      => 'compare',
	);
}

/**
 * The languages the widget ships, lower-cased => as the widget spells them.
 *
 * @return array<string, string>
 */
function ctcalc_known_languages() {
	return array(
		'en'      => 'en',
		'zh-hans' => 'zh-Hans',
		'ja'      => 'ja',
		'ko'      => 'ko',
		'de'      => 'de',
		'fr'      => 'fr',
	);
}

/**
 * A string value trimmed of ASCII white space, or null for anything that is not a string (arrays, objects, numbers,
 * booleans from a block's JSON).
 *
 * @param mixed $value The raw value.
 * @return string|null
 */
function ctcalc_string( $value ) {
	if ( ! is_string( $value ) ) {
		return null;
	}
	return trim( $value, " \t\n\r\0\x0B\x0C" );
}

/**
 * A chip or rule-set id: lower-case ASCII letters, digits, `-`, `.` and `~`, starting with a letter or digit, at most
 * 100 characters. Upper-case ASCII letters are lower-cased (catalog ids are lower-case); anything else is invalid.
 *
 * @param mixed $value The raw value.
 * @return string|null The id, or null when invalid.
 */
function ctcalc_sanitize_id( $value ) {
	$value = ctcalc_string( $value );
	if ( null === $value || '' === $value || strlen( $value ) > CTCALC_MAX_ID_LENGTH ) {
		return null;
	}
	$value = strtr( $value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' );
	return preg_match( '/^[a-z0-9][a-z0-9.~-]*$/D', $value ) ? $value : null;
}

/**
 * One value of a fixed list, compared without regard to ASCII case.
 *
 * @param mixed    $value   The raw value.
 * @param string[] $allowed The allowed values, lower-case.
 * @return string|null
 */
function ctcalc_sanitize_enum( $value, array $allowed ) {
	$value = ctcalc_string( $value );
	if ( null === $value || strlen( $value ) > 20 ) {
		return null;
	}
	$value = strtr( $value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' );
	return in_array( $value, $allowed, true ) ? $value : null;
}

/**
 * A language tag: one the widget ships (any case, written as the widget spells it), or any other well-formed BCP 47
 * tag (RFC 5646 langtag or private use, ASCII only) of at most 35 characters, passed through as written.
 *
 * @param mixed $value The raw value.
 * @return string|null
 */
function ctcalc_sanitize_lang( $value ) {
	$value = ctcalc_string( $value );
	if ( null === $value || '' === $value || strlen( $value ) > CTCALC_MAX_LANG_LENGTH ) {
		return null;
	}
	$known = ctcalc_known_languages();
	$lower = strtr( $value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' );
	if ( isset( $known[ $lower ] ) ) {
		return $known[ $lower ];
	}
	$langtag = '(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})' // language, with up to three extlangs
		. '(?:-[a-z]{4})?'                                   // script
		. '(?:-(?:[a-z]{2}|[0-9]{3}))?'                      // region
		. '(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*'         // variants
		. '(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*'              // extensions
		. '(?:-x(?:-[a-z0-9]{1,8})+)?';                      // private use
	$private = 'x(?:-[a-z0-9]{1,8})+';
	return preg_match( '/^(?:' . $langtag . '|' . $private . ')$/iD', $value ) ? $value : null;
}

/**
 * A heading level from 1 to 6, as an integer or a string of one digit.
 *
 * @param mixed $value The raw value.
 * @return string|null The level as a string.
 */
function ctcalc_sanitize_heading_level( $value ) {
	if ( is_int( $value ) ) {
		return $value >= 1 && $value <= 6 ? (string) $value : null;
	}
	$value = ctcalc_string( $value );
	return null !== $value && preg_match( '/^[1-6]$/D', $value ) ? $value : null;
}

/**
 * A calendar date written YYYY-MM-DD that exists (no 2025-02-30), years 1000 to 9999.
 *
 * @param mixed $value The raw value.
 * @return string|null
 */
function ctcalc_sanitize_date( $value ) {
	$value = ctcalc_string( $value );
	if ( null === $value || ! preg_match( '/^([0-9]{4})-([0-9]{2})-([0-9]{2})$/D', $value, $m ) ) {
		return null;
	}
	$year = (int) $m[1];
	return $year >= 1000 && checkdate( (int) $m[2], (int) $m[3], $year ) ? $value : null;
}

/**
 * A list of chip ids to compare: a string separated by commas or white space, or an array of strings. Invalid
 * entries and repeats are dropped, and so is everything after the first 20; the list is written comma-separated.
 *
 * @param mixed $value The raw value.
 * @return string|null
 */
function ctcalc_sanitize_id_list( $value ) {
	if ( is_string( $value ) ) {
		if ( strlen( $value ) > ( CTCALC_MAX_ID_LENGTH + 1 ) * CTCALC_MAX_COMPARE * 2 ) {
			return null;
		}
		$items = preg_split( '/[\s,]+/', $value, -1, PREG_SPLIT_NO_EMPTY );
	} elseif ( is_array( $value ) ) {
		$items = array_slice( array_values( $value ), 0, CTCALC_MAX_COMPARE * 2 );
	} else {
		return null;
	}
	$ids = array();
	foreach ( (array) $items as $item ) {
		$id = ctcalc_sanitize_id( $item );
		if ( null !== $id && ! in_array( $id, $ids, true ) ) {
			$ids[] = $id;
		}
		if ( count( $ids ) >= CTCALC_MAX_COMPARE ) {
			break;
		}
	}
	return $ids ? implode( ',', $ids ) : null;
}

/**
 * Sanitises one attribute given its attribute name.
 *
 * @param string $name  An attribute name from ctcalc_attribute_names().
 * @param mixed  $value The raw value.
 * @return string|null The value to write, or null to leave the attribute out.
 */
function ctcalc_sanitize_attribute( $name, $value ) {
	switch ( $name ) {
		case 'chip':
		case 'rule-set':
			return ctcalc_sanitize_id( $value );
		case 'layout':
			return ctcalc_sanitize_enum( $value, array( 'card', 'full' ) );
		case 'theme':
			return ctcalc_sanitize_enum( $value, array( 'light', 'dark', 'auto' ) );
		case 'view':
			return ctcalc_sanitize_enum( $value, array( 'calculator', 'compare', 'catalog', 'training' ) );
		case 'lang':
			return ctcalc_sanitize_lang( $value );
		case 'heading-level':
			return ctcalc_sanitize_heading_level( $value );
		case 'as-of':
			return ctcalc_sanitize_date( $value );
		case 'compare':
			return ctcalc_sanitize_id_list( $value );
	}
	return null;
}

/**
 * Maps raw shortcode or block attributes onto the widget's attributes. Unknown keys, positional shortcode values
 * and invalid values are dropped; when one attribute is given under two spellings, the first valid one wins.
 *
 * @param mixed $raw Attributes as WordPress passes them (an array, or '' for a shortcode without any).
 * @return array<string, string> Attribute name => value, in the widget's order; values are not yet escaped.
 */
function ctcalc_sanitize_attributes( $raw ) {
	if ( ! is_array( $raw ) ) {
		return array();
	}
	$names  = ctcalc_attribute_names();
	$picked = array();
	foreach ( $raw as $key => $value ) {
		if ( ! is_string( $key ) || strlen( $key ) > 40 ) {
			continue;
		}
		$normal = str_replace( array( '-', '_' ), '', strtr( $key, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz' ) );
		if ( ! isset( $names[ $normal ] ) || isset( $picked[ $names[ $normal ] ] ) ) {
			continue;
		}
		$clean = ctcalc_sanitize_attribute( $names[ $normal ], $value );
		if ( null !== $clean ) {
			$picked[ $names[ $normal ] ] = $clean;
		}
	}
	$ordered = array();
	foreach ( $names as $name ) {
		if ( isset( $picked[ $name ] ) ) {
			$ordered[ $name ] = $picked[ $name ];
		}
	}
	return $ordered;
}
