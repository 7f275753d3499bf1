/**
 * The block's editor side, in plain JavaScript against the wp.* globals (no build step).
 *
 * The inspector sets the chip, the rule set and the layout (and, under "More settings", the other attributes); the
 * block shows the server-rendered widget as its preview. The post stores only the attributes: the server renders
 * the widget (ctcalc_render_block in compute-threshold-calculator.php), sanitising every value again.
 */
( function ( wp, options ) {
	'use strict';

	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var __ = wp.i18n.__;
	var blockEditor = wp.blockEditor;
	var c = wp.components;
	var ServerSideRender = wp.serverSideRender;
	var NAME = 'compute-threshold-calculator/calculator';
	var DOMAIN = 'compute-threshold-calculator';
	var KEYS = [ 'chip', 'ruleSet', 'layout', 'lang', 'headingLevel', 'theme', 'asOf', 'view', 'compare' ];

	/** SelectControl options: a "default" entry, the known values, and the current value if it is not among them. */
	function choices( list, current, defaultLabel ) {
		var result = [ { value: '', label: defaultLabel } ];
		var seen = false;
		list.forEach( function ( item ) {
			result.push( { value: item.id, label: item.label } );
			if ( item.id === current ) {
				seen = true;
			}
		} );
		if ( current && ! seen ) {
			result.push( { value: current, label: current } );
		}
		return result;
	}

	/** A drop-down when the build gave the widget's ids, else a text field. */
	function idControl( label, help, list, value, onChange, defaultLabel ) {
		if ( list && list.length ) {
			return el( c.SelectControl, {
				label: label,
				help: help,
				value: value || '',
				options: choices( list, value, defaultLabel ),
				onChange: onChange,
			} );
		}
		return el( c.TextControl, { label: label, help: help, value: value || '', onChange: onChange } );
	}

	function enumControl( label, value, values, onChange ) {
		return el( c.SelectControl, {
			label: label,
			value: value || '',
			options: [ { value: '', label: __( 'Default', DOMAIN ) } ].concat(
				values.map( function ( v ) {
					return { value: v[ 0 ], label: v[ 1 ] };
				} )
			),
			onChange: onChange,
		} );
	}

	function Edit( props ) {
		var a = props.attributes;
		/** Sets one attribute; an empty value removes it, so that the widget's default applies. */
		function set( key ) {
			return function ( value ) {
				var change = {};
				change[ key ] = value === '' || value === null ? undefined : value;
				props.setAttributes( change );
			};
		}
		var shown = {};
		KEYS.forEach( function ( key ) {
			if ( a[ key ] !== undefined && a[ key ] !== '' ) {
				shown[ key ] = a[ key ];
			}
		} );

		var main = el(
			c.PanelBody,
			{ title: __( 'Calculator', DOMAIN ) },
			idControl(
				__( 'Chip', DOMAIN ),
				__( 'The chip the calculator opens with (a catalog id such as nvidia-h20); none leaves the form to the reader.', DOMAIN ),
				options && options.chips,
				a.chip,
				set( 'chip' ),
				__( 'None (the reader picks)', DOMAIN )
			),
			idControl(
				__( 'Rule set', DOMAIN ),
				__( 'The export-control rule the chip is checked against.', DOMAIN ),
				options && options.ruleSets,
				a.ruleSet,
				set( 'ruleSet' ),
				__( 'Default', DOMAIN )
			),
			enumControl( __( 'Layout', DOMAIN ), a.layout, [
				[ 'card', __( 'Card (compact)', DOMAIN ) ],
				[ 'full', __( 'Full', DOMAIN ) ],
			], set( 'layout' ) )
		);

		var more = el(
			c.PanelBody,
			{ title: __( 'More settings', DOMAIN ), initialOpen: false },
			enumControl( __( 'View', DOMAIN ), a.view, [
				[ 'calculator', __( 'Calculator', DOMAIN ) ],
				[ 'compare', __( 'Compare', DOMAIN ) ],
				[ 'catalog', __( 'Catalog', DOMAIN ) ],
				[ 'training', __( 'Training', DOMAIN ) ],
			], set( 'view' ) ),
			el( c.TextControl, {
				label: __( 'Chips to compare', DOMAIN ),
				help: __( 'Catalog ids separated by commas.', DOMAIN ),
				value: a.compare || '',
				onChange: set( 'compare' ),
			} ),
			el( c.TextControl, {
				label: __( 'Rules as of', DOMAIN ),
				help: __( 'A date (YYYY-MM-DD): use the rule set in force that day.', DOMAIN ),
				type: 'date',
				value: a.asOf || '',
				onChange: set( 'asOf' ),
			} ),
			enumControl( __( 'Theme', DOMAIN ), a.theme, [
				[ 'auto', __( 'Auto (follows the reader)', DOMAIN ) ],
				[ 'light', __( 'Light', DOMAIN ) ],
				[ 'dark', __( 'Dark', DOMAIN ) ],
			], set( 'theme' ) ),
			el( c.TextControl, {
				label: __( 'Language', DOMAIN ),
				help: __( 'en, zh-Hans, ja, ko, de or fr; empty follows the page.', DOMAIN ),
				value: a.lang || '',
				onChange: set( 'lang' ),
			} ),
			el( c.SelectControl, {
				label: __( 'Heading level', DOMAIN ),
				value: a.headingLevel ? String( a.headingLevel ) : '',
				options: [ { value: '', label: __( 'Default', DOMAIN ) } ].concat(
					[ 1, 2, 3, 4, 5, 6 ].map( function ( n ) {
						return { value: String( n ), label: 'H' + n };
					} )
				),
				onChange: function ( value ) {
					props.setAttributes( { headingLevel: value ? parseInt( value, 10 ) : undefined } );
				},
			} )
		);

		var preview = ServerSideRender
			? el( c.Disabled, null, el( ServerSideRender, { block: NAME, attributes: shown } ) )
			: el( c.Placeholder, {
				icon: 'calculator',
				label: __( 'Export-control threshold calculator', DOMAIN ),
				instructions: a.chip ? a.chip : __( 'Pick a chip in the block settings.', DOMAIN ),
			} );

		return el(
			Fragment,
			null,
			el( blockEditor.InspectorControls, null, main, more ),
			el( 'div', blockEditor.useBlockProps(), preview )
		);
	}

	wp.blocks.registerBlockType( NAME, {
		// Title, attributes and supports come from block.json, which WordPress passes to the editor.
		title: __( 'Export-control threshold calculator', DOMAIN ),
		category: 'widgets',
		icon: 'calculator',
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp, window.ctcalcBlockOptions || null );
